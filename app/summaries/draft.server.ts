// The draft a theme's summary starts from: the theme's approved input read once, the choices made
// by the pure core (draft.ts), written out as Markdown in both languages.
import { and, eq, sql } from "drizzle-orm";
import { db, schema } from "#db/client.server";
import type { Language } from "#db/schema/values";
import { i18nIn } from "~/i18n/instance";
import { conditions, resolve } from "~/moderation/queue/conditions.server";
import type { QueueFilter } from "~/moderation/queue/filters";
import { chooseDraft, type DraftChoices, type DraftInput } from "./draft";
import { figuresFor, type ThemeFigures } from "./figures.server";

const { submissions, sections, organisations } = schema;

export type Draft = { figures: ThemeFigures; choices: DraftChoices; markdown: Record<Language, string> };

/** The approved input a filter matches, as the draft builder reads it. */
export async function draftInput(consultationId: string, filter: QueueFilter): Promise<DraftInput[]> {
  const resolved = await resolve(consultationId, filter);
  return (await db())
    .select({
      reference: submissions.reference,
      body: submissions.body,
      language: submissions.language,
      stance: submissions.stance,
      organisationType: sql<string>`coalesce(${organisations.type}::text, 'individual')`,
      consent: submissions.consent,
      groupId: submissions.duplicateGroupId,
    })
    .from(submissions)
    .leftJoin(sections, eq(sections.id, submissions.sectionId))
    .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
    .where(and(...conditions(consultationId, resolved)));
}

export async function buildDraft(consultationId: string, filter: QueueFilter): Promise<Draft> {
  const [figures, input] = await Promise.all([figuresFor(consultationId, filter), draftInput(consultationId, filter)]);
  const choices = chooseDraft(input);
  return {
    figures,
    choices,
    markdown: { en: draftMarkdown(figures, choices, "en"), id: draftMarkdown(figures, choices, "id") },
  };
}

/** The draft as the working group's starting text; the quotes stay in the language they were written in. */
export function draftMarkdown(figures: ThemeFigures, choices: DraftChoices, language: Language): string {
  const t = i18nIn(language).getFixedT(language, "summaries");
  const lines = [t("summaries:draft.intro", { count: figures.submissions, organisations: figures.organisations })];
  for (const campaign of figures.campaigns)
    lines.push(t("summaries:draft.campaign", { count: campaign.size, reference: campaign.reference }));
  for (const written of ["en", "id"] as const) {
    const phrases = choices.keyPhrases[written];
    if (phrases.length > 0) lines.push(t(`summaries:draft.keyPhrases_${written}`, { phrases: phrases.join(", ") }));
  }
  if (choices.excerpts.length > 0) {
    lines.push(`### ${t("summaries:draft.excerpts")}`);
    for (const excerpt of choices.excerpts) lines.push(`> ${excerpt.text} [${excerpt.reference}]`);
  }
  return lines.join("\n\n");
}
