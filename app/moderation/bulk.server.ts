import { db } from "#db/client.server";
import { errorsFrom, firstError } from "~/forms/parse.server";
import { expandToGroups } from "~/duplicates/duplicates.server";
import { ok, type Result, refuse } from "~/result";
import type { ActionOutcome } from "./changes.server";
import { decide } from "./decisions.server";
import { bulkActionSchema } from "./intents";
import { countMatching, idsMatching } from "./queue/counts.server";
import type { QueueFilter } from "./queue/filters";
import { byHand, setTheme } from "./tags.server";

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

/** Done, with what changed; or, for everything matching, the count the moderator must confirm first. */
export type BulkOutcome =
  | ({ kind: "done"; intent: string } & ActionOutcome)
  | { kind: "confirm"; intent: string; count: number };

/**
 * Runs a moderator's action on the selection or on everything the filter matches. For "everything",
 * the count is shown first and the moderator must send it back; a changed count asks again.
 */
export async function runBulk(
  moderatorId: string,
  consultationId: string,
  filter: QueueFilter,
  request: BulkRequest,
): Promise<Result<BulkOutcome>> {
  // With one row per group, each row stands for its whole group: act on every member.
  const wholeGroups = filter.groups === "collapse" || request.wholeGroups === true;
  const expand = async (ids: string[]) => (wholeGroups ? expandToGroups(await db(), consultationId, ids) : ids);
  let ids: string[];
  if (request.scope === "all") {
    const count = wholeGroups
      ? (await expand(await idsMatching(consultationId, filter, BULK_MAX + 1))).length
      : await countMatching(consultationId, filter);
    if (request.confirmedCount !== count) return ok({ kind: "confirm", intent: request.intent, count });
    if (count > BULK_MAX) return refuse("review.bulkTooLarge");
    ids = await expand(await idsMatching(consultationId, filter, BULK_MAX));
  } else if (request.ids.length > BULK_CONFIRM_ABOVE) {
    return refuse("review.bulkNeedsConfirmation");
  } else {
    ids = await expand(request.ids);
  }
  if (ids.length === 0) return refuse("review.nothingSelected");
  const { intent, reason, note, theme } = request;
  const action = bulkActionSchema.safeParse({ intent, reason, note, theme });
  if (!action.success) return refuse(firstError(errorsFrom(action.error.issues, "review.unknownAction")));
  const moderator = { id: moderatorId };
  const { data } = action;
  const outcome =
    data.intent === "tag" || data.intent === "untag"
      ? await setTheme(moderator, consultationId, ids, data.theme, byHand(data.intent))
      : await decide(moderator, consultationId, ids, data);
  return outcome.ok ? ok({ kind: "done", intent, ...outcome.value }) : outcome;
}
