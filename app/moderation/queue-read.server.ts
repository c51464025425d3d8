import type { SerializeFrom } from "@remix-run/node";
import type { ErrorKey } from "~/forms/parse.server";
import { EmptySearchError } from "./queue/conditions.server";
import { fitsConsultation, parseQueueFilter, type QueueFilter, queueFilterSchema } from "./queue/filters";
import { queuePage } from "./queue/pages.server";
import { consultationNamed, type ReviewedConsultation } from "./reviewed.server";

type QueuePage = Awaited<ReturnType<typeof queuePage>>;
const nothingShown: QueuePage = { items: [], next: null, counts: null, uncountedAbove: null };

/** The view a queue's address asks for, as its filters are read from it. */
export function queueFilterOf(found: ReviewedConsultation, params: URLSearchParams): QueueFilter | null {
  const parsed = parseQueueFilter(params);
  return parsed.success && fitsConsultation(parsed.data, found) ? parsed.data : null;
}

/**
 * The review queue's page for the filters in its address: one page of rows and the counts beside
 * them. A filter we do not know, or a search with no words, shows the error and no rows.
 */
export async function reviewQueueView(found: ReviewedConsultation, params: URLSearchParams) {
  const { themes, sections } = found;
  const shown = (filter: QueueFilter, error: ErrorKey | null, page: QueuePage) => ({
    consultation: consultationNamed(found),
    themes,
    sections,
    filter,
    error,
    ...page,
  });
  const filter = queueFilterOf(found, params);
  if (!filter) return shown(queueFilterSchema.parse({}), "review.unknownFilter", nothingShown);
  try {
    return shown(filter, null, await queuePage(found.consultation.id, filter));
  } catch (error) {
    if (!(error instanceof EmptySearchError)) throw error;
    return shown(filter, "review.searchEmpty", nothingShown);
  }
}

/** What the queue page and its parts receive. */
export type QueueView = SerializeFrom<typeof reviewQueueView>;
export type QueueRow = QueueView["items"][number];
