import { z } from "zod";
import { rejectionReasons } from "#db/schema/values";

/** A moderator's decision on one submission, as the form sends it; shared with the browser. */
export const decisionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve") }),
  z.object({
    intent: z.literal("reject"),
    reason: z.enum(rejectionReasons, { error: "review.reasonRequired" }),
    note: z.string().trim().max(2000, { error: "review.noteTooLong" }).optional(),
  }),
  z.object({ intent: z.literal("undo") }),
]);
