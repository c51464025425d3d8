import type { ErrorKey } from "~/forms/parse.server";

/**
 * What a domain function that can refuse returns: its value, or why not as a translation key,
 * with the field the reason belongs to when there is one. Routes choose the HTTP status.
 */
export type Result<T = undefined> = { ok: true; value: T } | Refusal;
export type Refusal = {
  ok: false;
  error: ErrorKey;
  field?: string;
  /** Set when the refusal is a limit that lifts: the seconds until it may be tried again. */
  retryAfterSeconds?: number;
};

export function ok(): Result;
export function ok<T>(value: T): Result<T>;
export function ok<T>(value?: T): Result<T | undefined> {
  return { ok: true, value };
}

export function refuse(error: ErrorKey, field?: string): Refusal {
  return field ? { ok: false, error, field } : { ok: false, error };
}

/** A refusal as a form's errors: on its field, or on the form as a whole. */
export function refusalErrors(refusal: Refusal): Record<string, ErrorKey> {
  return { [refusal.field ?? "form"]: refusal.error };
}
