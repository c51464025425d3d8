import type { z } from "zod";
import { type CheckOptions, firstError, parseForm } from "~/forms/parse.server";
import { ok, type Result, refuse } from "~/result";

/**
 * Reads a moderator's button form through the form pipeline, as one refusal. Our own forms send
 * nothing a schema can refuse without a key of ours; anything else, a body that is not a form at
 * all included, is a hand-made request: nothing was changed.
 */
export async function parseIntentForm<S extends z.ZodType>(
  request: Request,
  schema: S,
  options: Pick<CheckOptions, "lists"> = {},
): Promise<Result<z.output<S>>> {
  const form = await parseForm(request, schema, { ...options, fallbackError: "review.forgedRequest" });
  if (form.ok) return ok(form.data);
  const error = firstError(form.errors);
  return refuse(error === "validation.malformedForm" ? "review.forgedRequest" : error);
}
