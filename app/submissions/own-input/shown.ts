import type { SerializeFrom } from "@remix-run/node";
import type { OwnSubmission } from "../own-input.server";

/** One's own input as its page shows it: everything but the idempotency key, which stays on the server. */
export type ShownSubmission = SerializeFrom<Omit<OwnSubmission, "idempotencyKey">>;
