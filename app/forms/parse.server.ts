import type { z } from "zod";

export type FormValues = Record<string, string>;
export type FormErrors = Record<string, string>;
export type FormFailure = { ok: false; errors: FormErrors; values: FormValues };
export type FormSuccess<T> = { ok: true; data: T; values: FormValues };

// Passwords are never sent back into a page, as on every well-run public form.
const NEVER_ECHOED = /password/i;

/**
 * Reads a posted form and checks it against the same zod schema the browser used. A body that
 * is not a form at all (tampered or truncated) comes back as a form-level error, not a crash.
 */
export async function parseForm<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<FormSuccess<z.output<S>> | FormFailure> {
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return { ok: false, errors: { form: "validation.malformedForm" }, values: {} };
  }
  const raw: FormValues = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !(key in raw)) raw[key] = value;
  }
  const values = Object.fromEntries(Object.entries(raw).filter(([key]) => !NEVER_ECHOED.test(key)));
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data, values };
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "form";
    errors[field] ??= issue.message.startsWith("validation.") ? issue.message : "validation.invalidValue";
  }
  return { ok: false, errors, values };
}
