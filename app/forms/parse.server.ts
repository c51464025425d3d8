import type { z } from "zod";
import { type PostedFields, readFormBody } from "./body.server";

/** A translation key, such as "validation.bodyTooShort"; the page renders it in the reader's language. */
export type ErrorKey = string;
/** Errors by field name; "form" holds an error about the form as a whole. */
export type FieldErrors = Record<string, ErrorKey>;
/** What the person typed, sent back into the page so nothing is lost. */
export type FormValues = Record<string, string>;

export type ParsedForm<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; errors: FieldErrors; values: FormValues };

export type CheckOptions = {
  /** Fields posted once per value (checkboxes), given to the schema as a list. */
  lists?: readonly string[];
  /** Values the action knows from elsewhere (the address, a kept file), checked with the form's. */
  extra?: Record<string, unknown>;
  /** The error for a problem the schema gives no key for: a hand-made or truncated request. */
  fallbackError?: ErrorKey;
};

// Our schemas' messages are translation keys (an optional "namespace:", then group, dot, name);
// zod's own are sentences.
const TRANSLATION_KEY = /^(?:[a-z]+:)?[a-z]+\.[A-Za-z.]+$/;

/**
 * The one way an action reads a form: the body (URL-encoded or multipart), then the same zod
 * schema the browser used. A body that is not a form at all comes back as a form-level error,
 * and text the database cannot store as an error on its field, never a crash. A form with a file reads its body with `readFormBody`, then `checkFields`.
 */
export async function parseForm<S extends z.ZodType>(
  request: Request,
  schema: S,
  options: CheckOptions = {},
): Promise<ParsedForm<z.output<S>>> {
  const { fields, values, refused, problem } = await readFormBody(request);
  if (problem === "malformed") return { ok: false, errors: { form: "validation.malformedForm" }, values };
  const checked = checkFields(fields, schema, options);
  if (checked.ok && Object.keys(refused).length === 0) return { ok: true, data: checked.data, values };
  return { ok: false, errors: { ...(checked.ok ? {} : checked.errors), ...refused }, values };
}

/** The schema step alone, for fields already read. */
export function checkFields<S extends z.ZodType>(
  fields: PostedFields,
  schema: S,
  options: CheckOptions = {},
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const raw: Record<string, unknown> = {};
  for (const [name, posted] of Object.entries(fields)) raw[name] = options.lists?.includes(name) ? posted : posted[0];
  for (const name of options.lists ?? []) raw[name] ??= [];
  const result = schema.safeParse({ ...raw, ...options.extra });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: errorsFrom(result.error.issues, options.fallbackError) };
}

/** Zod's issues as one translation key per field (the first issue of each field wins). */
export function errorsFrom(issues: readonly z.core.$ZodIssue[], fallback: ErrorKey = "validation.invalidValue") {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "form";
    errors[field] ??= TRANSLATION_KEY.test(issue.message) ? issue.message : fallback;
  }
  return errors;
}

/** The first error of a form, for actions that answer with one message (a button's request). */
export function firstError(errors: FieldErrors): ErrorKey {
  return Object.values(errors)[0] ?? "validation.invalidValue";
}
