import { ok, type Result, refuse } from "~/result";
import { suggestedAmong } from "~/themes/suggestions.server";
import { BULK_MAX } from "./bulk.server";
import { idsMatching } from "./queue/counts.server";
import type { QueueFilter } from "./queue/filters";
import { setTheme } from "./tags.server";

export type AcceptSuggestionsOutcome =
  | { kind: "confirm"; count: number; theme: string; minimum: number }
  | { kind: "done"; count: number; theme: string; minimum: number };

/**
 * "Accept every suggestion of theme X with confidence ≥ c in this filter" (decision 024). The
 * moderator first sees how many submissions that is and must send the count back; a changed count
 * asks again. Each submission is then tagged as a suggestion accepted by the moderator, with its
 * own confidence, and audited one by one like any tag.
 */
export async function acceptSuggestionsInFilter(
  moderatorId: string,
  consultationId: string,
  filter: QueueFilter,
  request: { theme: string; minimum: number; confirmedCount?: number },
): Promise<Result<AcceptSuggestionsOutcome>> {
  const ids = await idsMatching(consultationId, filter, BULK_MAX + 1);
  if (ids.length > BULK_MAX) return refuse("review.bulkTooLarge");
  const found = await suggestedAmong(consultationId, ids, request.theme, request.minimum / 100);
  const asked = { count: found.length, theme: request.theme, minimum: request.minimum };
  if (request.confirmedCount !== found.length) return ok({ kind: "confirm", ...asked });
  if (found.length === 0) return ok({ kind: "done", ...asked });
  // One statement per confidence (at most 51 of them, in hundredths from 0.50): each tag keeps its own.
  const byConfidence = new Map<number, string[]>();
  for (const { submissionId, confidence } of found)
    byConfidence.set(confidence, [...(byConfidence.get(confidence) ?? []), submissionId]);
  let changed = 0;
  for (const [confidence, submissionIds] of [...byConfidence].sort((a, b) => b[0] - a[0])) {
    const tagged = await setTheme({ id: moderatorId }, consultationId, submissionIds, request.theme, {
      add: true,
      source: "suggested",
      confidence,
    });
    if (!tagged.ok) return tagged;
    changed += tagged.value.changed;
  }
  return ok({ kind: "done", ...asked, count: changed });
}
