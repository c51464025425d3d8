import { highlightPassages } from "~/consultations/highlight.server";
import { publishedInputForSection } from "./submissions.server";
import { type DiffSegment, replacedText, wordDiff } from "./word-diff";

type Bodies = { en: string | null; id: string | null };

/**
 * What a section page shows of the input on it: approved input as consent allows, counts per
 * stance, each amendment as a word diff, and the quoted passages marked in the section's text.
 */
export async function sectionInput(
  section: { id: string; source: Bodies; html: Bodies },
  passageLabel: (count: number) => string,
) {
  const published = await publishedInputForSection(section.id);
  const items = published.items.map((item) => ({
    ...item,
    createdAt: item.createdAt.toISOString(),
    diff: (item.kind === "amendment" && item.proposedText
      ? wordDiff(replacedText(item.quotedPassage, section.source, item.language), item.proposedText)
      : null) as DiffSegment[] | null,
  }));
  const passageCounts = new Map<string, number>();
  for (const item of items) {
    const text = item.quotedPassage?.trim();
    if (text) passageCounts.set(text, (passageCounts.get(text) ?? 0) + 1);
  }
  const passages = [...passageCounts].map(([text, count]) => ({ text, count }));
  const mark = (html: string | null) =>
    html === null ? { html: null, unplaced: passages } : highlightPassages(html, passages, passageLabel);
  const en = mark(section.html.en);
  const id = mark(section.html.id);
  return {
    total: published.total,
    privateCount: published.privateCount,
    stanceCounts: published.stanceCounts,
    items,
    html: { en: en.html, id: id.html },
    passages,
  };
}
