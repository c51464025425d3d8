// The summary editor's page: what it reads, and what its buttons do.
import type { Language } from "#db/schema/values";
import { renderMarkdown } from "~/consultations/markdown.server";
import type { ReviewedConsultation } from "~/moderation/reviewed.server";
import { type DiffSegment, wordDiff } from "~/submissions/word-diff";
import { linkCitations } from "./citations";
import { buildDraft } from "./draft.server";
import { themeFilter } from "./figures.server";
import type { SummaryForm } from "./schema";
import { type CitationProblem, coverageOf } from "./coverage.server";
import { sectionIdOf, themesOf } from "./lists.server";
import { publishSummary } from "./publishing.server";
import { findSummary, type SummaryTarget, type SummaryVersion, saveSummary, versionsOf } from "./versions.server";

export type EditorPlace = {
  target: SummaryTarget;
  theme: { key: string; label: Record<Language, string> };
  section: string | null;
};

/** The theme (and section) an editor address names, or null when this consultation has none such. */
export async function editorPlace(
  found: ReviewedConsultation,
  themeKey: string,
  section: string | null,
): Promise<EditorPlace | null> {
  const theme = (await themesOf(found.consultation.id)).find((candidate) => candidate.key === themeKey);
  if (!theme) return null;
  let sectionId: string | null = null;
  if (section) {
    if (!found.sections.includes(section)) return null;
    sectionId = await sectionIdOf(found.consultation.id, section);
    if (!sectionId) return null;
  }
  return {
    target: { consultationId: found.consultation.id, themeId: theme.id, sectionId },
    theme: { key: theme.key, label: { en: theme.labelEn, id: theme.labelId } },
    section,
  };
}

/** The Markdown as the editor previews it: citations link to the cited input's review page. */
export function previewOf(slug: string, markdown: string): string {
  return renderMarkdown(linkCitations(markdown, (reference) => `/review/${slug}/${reference}`));
}

export type Comparison = { from: number; to: number; en: DiffSegment[]; id: DiffSegment[] };

function compare(versions: SummaryVersion[], from: number, to: number): Comparison | null {
  const before = versions.find((version) => version.number === from);
  const after = versions.find((version) => version.number === to);
  if (!before || !after) return null;
  return { from, to, en: wordDiff(before.bodyEn, after.bodyEn), id: wordDiff(before.bodyId, after.bodyId) };
}

/** Everything the editor shows: the draft, the newest version (or the draft's text), coverage, versions, a comparison. */
export async function editorView(
  found: ReviewedConsultation,
  place: EditorPlace,
  compared: { from?: number; to?: number },
) {
  const slug = found.consultation.slug;
  const [draft, stored] = await Promise.all([
    buildDraft(found.consultation.id, themeFilter(place.theme.key, place.section ?? undefined)),
    findSummary(place.target),
  ]);
  const versions = stored ? await versionsOf(stored.id) : [];
  const text = stored?.current
    ? {
        bodyEn: stored.current.bodyEn,
        bodyId: stored.current.bodyId,
        enNotTranslated: stored.current.enNotTranslated,
        idNotTranslated: stored.current.idNotTranslated,
      }
    : { bodyEn: draft.markdown.en, bodyId: draft.markdown.id, enNotTranslated: false, idNotTranslated: false };
  const newest = versions[0]?.number ?? 0;
  const comparison = compared.from !== undefined ? compare(versions, compared.from, compared.to ?? newest) : null;
  return {
    draft,
    text,
    baseNumber: stored?.current?.number ?? 0,
    state: stored?.state ?? ("none" as const),
    publishedNumber: stored?.publishedNumber ?? null,
    publishedAt: stored?.publishedAt ?? null,
    coverage: await coverageOf(place.target, [text.bodyEn, text.bodyId]),
    preview: { en: previewOf(slug, text.bodyEn), id: previewOf(slug, text.bodyId) },
    versions,
    comparison,
  };
}

export type EditorAnswer =
  | { done: "preview"; preview: Record<Language, string> }
  | { done: "saved"; number: number }
  | { done: "published"; number: number }
  | { refused: "citations"; citations: Record<Language, CitationProblem[]> }
  | { refused: "conflict"; theirs: SummaryVersion }
  | { refused: "publish"; error: string; field?: Language };

/** What the editor's buttons do: preview what was typed, save it as a new version, or publish the newest. */
export async function actOnSummary(
  memberId: string,
  found: ReviewedConsultation,
  place: EditorPlace,
  form: SummaryForm,
): Promise<EditorAnswer> {
  if (form.intent === "preview")
    return {
      done: "preview",
      preview: {
        en: previewOf(found.consultation.slug, form.bodyEn),
        id: previewOf(found.consultation.slug, form.bodyId),
      },
    };
  if (form.intent === "save") {
    const saved = await saveSummary(memberId, place.target, form);
    if (saved.saved) return { done: "saved", number: saved.number };
    return "conflict" in saved
      ? { refused: "conflict", theirs: saved.conflict }
      : { refused: "citations", citations: saved.citations };
  }
  const published = await publishSummary(memberId, place.target, found.consultation, form.baseNumber);
  if (published.ok) return { done: "published", number: published.value.number };
  return {
    refused: "publish",
    error: published.error,
    ...("field" in published && published.field ? { field: published.field as Language } : {}),
  };
}
