import { db } from "#db/client.server";
import { type Decision, decide, setTheme } from "./decisions.server";
import { expandToGroups } from "~/duplicates/duplicates.server";
import { decisionSchema } from "./decision-schema";
import { countMatching, idsMatching } from "./queue/counts.server";
import type { QueueFilter } from "./queue/filters";

/** Bulk actions on "everything matching" need the moderator to confirm the count first; past this, always. */
export const BULK_CONFIRM_ABOVE = 10_000;
export const BULK_MAX = 100_000;

export type BulkRequest = {
  intent: string;
  ids: string[];
  scope: "selected" | "all";
  confirmedCount: number | null;
  reason?: string;
  note?: string;
  theme?: string;
  wholeGroups?: boolean;
};

export type BulkResult =
  | { kind: "done"; intent: string; changed: number; conflicts: number; unchanged: number }
  | { kind: "confirm"; intent: string; count: number }
  | { kind: "error"; message: string };

/**
 * Runs a moderator's action on the selection or on everything the filter matches. For "everything",
 * the count is shown first and the moderator must send it back; a changed count asks again.
 */
export async function runBulk(
  moderatorId: string,
  consultationId: string,
  filter: QueueFilter,
  request: BulkRequest,
): Promise<BulkResult> {
  // With one row per group, each row stands for its whole group: act on every member.
  const wholeGroups = filter.groups === "collapse" || request.wholeGroups === true;
  const expand = async (ids: string[]) => (wholeGroups ? expandToGroups(await db(), consultationId, ids) : ids);
  let ids: string[];
  if (request.scope === "all") {
    const count = wholeGroups
      ? (await expand(await idsMatching(consultationId, filter, BULK_MAX + 1))).length
      : await countMatching(consultationId, filter);
    if (request.confirmedCount !== count) return { kind: "confirm", intent: request.intent, count };
    if (count > BULK_MAX) return { kind: "error", message: "review.bulkTooLarge" };
    ids = await expand(await idsMatching(consultationId, filter, BULK_MAX));
  } else if (request.ids.length > BULK_CONFIRM_ABOVE) {
    return { kind: "error", message: "review.bulkNeedsConfirmation" };
  } else {
    ids = await expand(request.ids);
  }
  if (ids.length === 0) return { kind: "error", message: "review.nothingSelected" };
  const moderator = { id: moderatorId };
  if (request.intent === "tag" || request.intent === "untag") {
    if (!request.theme) return { kind: "error", message: "review.themeUnknown" };
    const outcome = await setTheme(
      moderator,
      consultationId,
      ids,
      request.theme,
      request.intent === "tag" ? { add: true, source: "manual" } : { add: false },
    );
    if ("error" in outcome) return { kind: "error", message: outcome.error };
    return { kind: "done", intent: request.intent, ...outcome };
  }
  const parsed = decisionSchema.safeParse({ intent: request.intent, reason: request.reason, note: request.note });
  if (!parsed.success)
    return {
      kind: "error",
      message: parsed.error.issues[0]?.message.startsWith("review.")
        ? parsed.error.issues[0].message
        : "review.unknownAction",
    };
  const outcome = await decide(moderator, consultationId, ids, parsed.data as Decision);
  return { kind: "done", intent: request.intent, ...outcome };
}
