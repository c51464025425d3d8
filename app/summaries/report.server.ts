// "What we heard": the published summaries of a consultation in its published phase, their figures,
// and the input they cite as each author allowed it to be shown.
import type { Language } from "#db/schema/values";
import { findInputTarget } from "~/consultations/lookups.server";
import { renderMarkdown } from "~/consultations/markdown.server";
import { citationAnchor, citedReferences, linkCitations } from "./citations";
import { figuresFor, themeFilter } from "./figures.server";
import { citedInputForReaders } from "./coverage.server";
import { publishedSummaries } from "./publishing.server";

export async function whatWeHeard(slug: string, now = new Date()) {
  const target = await findInputTarget(slug, null, now);
  if (!target || target.phase !== "published") return null;
  const { consultation } = target;
  const summaries = await publishedSummaries(consultation.id);
  const cited = await citedInputForReaders(
    consultation.id,
    citedReferences(...summaries.flatMap((summary) => [summary.bodyEn, summary.bodyId])),
  );
  const readable = new Set(cited.map((item) => item.reference));
  const render = (markdown: string) =>
    renderMarkdown(
      linkCitations(markdown, (reference) => (readable.has(reference) ? `#${citationAnchor(reference)}` : null)),
    );
  const published = await Promise.all(
    summaries.map(async (summary) => ({
      themeKey: summary.themeKey,
      label: { en: summary.labelEn, id: summary.labelId },
      summary: {
        section: summary.section,
        html: {
          en: summary.bodyEn.trim() ? render(summary.bodyEn) : null,
          id: summary.bodyId.trim() ? render(summary.bodyId) : null,
        },
        publishedAt: summary.publishedAt,
        figures: await figuresFor(consultation.id, themeFilter(summary.themeKey, summary.section ?? undefined)),
      },
    })),
  );
  return {
    slug: consultation.slug,
    title: { en: consultation.titleEn, id: consultation.titleId },
    opensAt: consultation.opensAt,
    closesAt: consultation.closesAt,
    timeZone: consultation.timeZone,
    themes: byTheme(published),
    cited,
  };
}
/** Each theme once, in theme order: its own summary, if published, then those narrowed to one of its sections. */
function byTheme<Shown extends { section: string | null }>(
  published: { themeKey: string; label: Record<Language, string>; summary: Shown }[],
) {
  const themes = new Map<
    string,
    { key: string; label: Record<Language, string>; own: Shown | null; sections: Shown[] }
  >();
  for (const { themeKey, label, summary } of published) {
    const theme = themes.get(themeKey) ?? { key: themeKey, label, own: null, sections: [] };
    if (summary.section === null) theme.own = summary;
    else theme.sections.push(summary);
    themes.set(themeKey, theme);
  }
  return [...themes.values()];
}

export type WhatWeHeard = NonNullable<Awaited<ReturnType<typeof whatWeHeard>>>;
