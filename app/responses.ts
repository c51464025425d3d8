import type { HeadersFunction } from "@remix-run/node";
import { isRouteErrorResponse } from "@remix-run/react";
import type { Refusal } from "~/result";

const statusTexts = {
  400: "Bad request",
  403: "Forbidden",
  404: "Not found",
  413: "Content too large",
  503: "Service unavailable",
} as const;
export type ErrorStatus = keyof typeof statusTexts;

/**
 * Throws an error response unless `condition` holds: the route's error boundary then shows the
 * translated page for that status. Reads as the rule it checks: `invariantResponse(found, 404)`.
 */
export function invariantResponse(condition: unknown, status: ErrorStatus = 404): asserts condition {
  if (!condition) throw errorResponse(status);
}

/** The response a route throws for its error boundary to show the page of that status. */
export function errorResponse(status: ErrorStatus): Response {
  return new Response(statusTexts[status], { status, statusText: statusTexts[status] });
}

export type ErrorKind = "notFound" | "forbidden" | "badRequest" | "tooLarge" | "unavailable" | "serverError";

/** Which translated page an error gets: thrown responses by their status, anything else is ours. */
export function errorKind(error: unknown): ErrorKind {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (status === 404) return "notFound";
  if (status === 403) return "forbidden";
  if (status === 400) return "badRequest";
  if (status === 413) return "tooLarge";
  if (status === 503) return "unavailable";
  return "serverError";
}

// The HTTP status a route answers a refusal with; domain functions never choose one.
const refusalStatuses: Record<string, 403 | 404 | 409> = {
  "validation.consultationClosed": 403,
  "validation.submissionUnknown": 404,
  "validation.submissionNotPending": 409,
  "versions:errors.inputFrozen": 409,
  "account:validation.lastAdmin": 409,
  "people:errors.noLongerAdmin": 403,
};

export function refusalStatus(refusal: Refusal): 400 | 403 | 404 | 409 {
  return refusalStatuses[refusal.error] ?? 400;
}

/** A refusal's status; a limit that lifts is 429, always with the Retry-After header that says when. */
export function refusalInit(refusal: Refusal): ResponseInit {
  if (refusal.retryAfterSeconds === undefined) return { status: refusalStatus(refusal) };
  return { status: 429, headers: { "Retry-After": String(refusal.retryAfterSeconds) } };
}

/**
 * The `headers` of a route whose action can answer 429: a full page load (a form posted without
 * JavaScript) takes its headers from here, not from the action's answer, so Retry-After is copied.
 */
export const headersWithRetryAfter: HeadersFunction = ({ actionHeaders, parentHeaders }) => {
  const headers = new Headers(parentHeaders);
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};
