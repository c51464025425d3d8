import type { Refusal } from "~/result";

/**
 * The HTTP status a route answers a refused write of input with. Domain functions never choose
 * one: only the send, edit and withdraw routes read this.
 */
export function refusalStatus(refusal: Refusal): 400 | 403 | 404 | 409 {
  if (refusal.error === "validation.consultationClosed") return 403;
  if (refusal.error === "validation.submissionUnknown") return 404;
  if (refusal.error === "validation.submissionNotPending") return 409;
  return 400;
}
