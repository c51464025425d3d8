// The published past consultation's seed: its organisations and their people, its themes, a few
// hundred submissions tagged by theme (one campaign among them) and a published summary per theme.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { type Transaction, schema } from "#db/client.server";
import { chooseDraft } from "~/summaries/draft";
import { demoThemes, pastConsultation } from "./content";
import { type PastInput, pastInput, pastOrganisations, pastSummaries, pastThemeKeys } from "./past-input";
import { numberedReferences } from "./references.server";

const DAY = 86_400_000;

/** Who wrote a past submission, and may write in the open consultation too: a member of its organisation, or an expert. */
export function pastAuthorId(organisation: number | null, expert: number): string {
  return organisation === null ? `demo-past-expert-${expert % 12}` : `demo-past-member-${organisation}`;
}

/**
 * The published past consultation: its organisations and their people (who cannot log in), its
 * themes, a few hundred submissions tagged by theme (one campaign among them, grouped as
 * near-duplicates), and a published summary per theme quoting the excerpts the draft builder picks.
 */
export async function seedPastReport(
  tx: Transaction,
  past: { consultationId: string; sectionIds: Map<string, string> },
  now: Date,
): Promise<{ organisationIds: string[] }> {
  const organisationIds = (
    await tx
      .insert(schema.organisations)
      .values(pastOrganisations.map((o) => ({ name: o.name, type: o.type, country: o.country as "ID" })))
      .returning({ id: schema.organisations.id })
  ).map((row) => row.id);
  const input = pastInput();
  const authorOf = (item: PastInput, index: number) => pastAuthorId(item.organisation, index);
  const people = [
    ...pastOrganisations.map((_, index) => ({
      id: `demo-past-member-${index}`,
      name: pastPeople[index % pastPeople.length] ?? "Demo",
      organisationId: organisationIds[index] ?? null,
    })),
    ...Array.from({ length: 12 }, (_, index) => ({
      id: `demo-past-expert-${index}`,
      name: pastPeople[(index + 5) % pastPeople.length] ?? "Demo",
      organisationId: null,
    })),
  ];
  await tx.insert(schema.users).values(
    people.map((person) => ({
      id: person.id,
      email: `${person.id}@demo.masukan.test`,
      name: person.name,
      // Not a hash of any password: these people exist only to have written the demo's input.
      passwordHash: "!",
      role: "contributor" as const,
      preferredLanguage: "id" as const,
    })),
  );
  await tx
    .insert(schema.organisationMembers)
    .values(
      people.flatMap((p) =>
        p.organisationId ? [{ userId: p.id, organisationId: p.organisationId, confirmedAt: now, manages: true }] : [],
      ),
    );

  const themeRows = await tx
    .insert(schema.themes)
    .values(
      pastThemeKeys.map((key, position) => {
        const theme = demoThemes.find((candidate) => candidate.key === key);
        if (!theme) throw new Error(`no demo theme ${key}`);
        return {
          consultationId: past.consultationId,
          key,
          position,
          labelEn: theme.label.en,
          labelId: theme.label.id,
          descriptionEn: theme.description.en,
          descriptionId: theme.description.id,
          keywordsEn: theme.keywords.en,
          keywordsId: theme.keywords.id,
        };
      }),
    )
    .returning({ id: schema.themes.id, key: schema.themes.key });
  const themeIds = new Map(themeRows.map((row) => [row.key, row.id]));

  const references = await numberedReferences(
    tx,
    { id: past.consultationId, referencePrefix: pastConsultation.referencePrefix, timeZone: pastConsultation.timeZone },
    input.length,
    now,
  );
  const campaignGroup = randomUUID();
  const opened = now.getTime() - 200 * DAY;
  const rows = input.map((item, index) => ({
    id: item.campaign && index === input.findIndex((other) => other.campaign) ? campaignGroup : randomUUID(),
    reference: references[index] ?? "",
    consultationId: past.consultationId,
    sectionId: item.section ? (past.sectionIds.get(item.section) ?? null) : null,
    authorId: authorOf(item, index),
    organisationId: item.organisation === null ? null : (organisationIds[item.organisation] ?? null),
    kind: item.section ? ("comment" as const) : ("general" as const),
    stance: item.stance,
    body: item.body,
    language: item.language,
    consent: item.consent,
    status: item.status,
    rejectionReason: item.rejectionReason,
    // A group is named after its first member.
    duplicateGroupId: item.campaign ? campaignGroup : null,
    decidedAt: item.status === "withdrawn" ? null : new Date(now.getTime() - 130 * DAY),
    withdrawnAt: item.status === "withdrawn" ? new Date(opened + 30 * DAY) : null,
    createdAt: new Date(opened + Math.floor((index / input.length) * 59 * DAY)),
  }));
  await tx.insert(schema.submissions).values(rows);
  await tx.insert(schema.submissionThemes).values(
    rows.map((row, index) => ({
      submissionId: row.id,
      themeId: themeIds.get(input[index]?.theme ?? "") ?? "",
      source: "manual" as const,
      addedBy: "demo-moderator",
    })),
  );

  for (const key of pastThemeKeys) {
    const { excerpts } = chooseDraft(
      rows.flatMap((row, index) => {
        const item = input[index];
        if (item?.theme !== key || row.status !== "approved") return [];
        const organisationType =
          item.organisation === null ? "individual" : (pastOrganisations[item.organisation]?.type ?? "individual");
        return [{ ...row, organisationType, groupId: row.duplicateGroupId }];
      }),
      4,
    );
    const quotes = excerpts.map((excerpt) => `> ${excerpt.text} [${excerpt.reference}]`).join("\n\n");
    const [summary] = await tx
      .insert(schema.themeSummaries)
      .values({ consultationId: past.consultationId, themeId: themeIds.get(key) ?? "" })
      .returning({ id: schema.themeSummaries.id });
    if (!summary) throw new Error("the summary was not made");
    const [version] = await tx
      .insert(schema.themeSummaryVersions)
      .values({
        summaryId: summary.id,
        number: 1,
        bodyEn: `${pastSummaries[key].en}\n\n${quotes}`,
        bodyId: `${pastSummaries[key].id}\n\n${quotes}`,
        authorId: "demo-moderator",
        createdAt: new Date(now.getTime() - 100 * DAY),
      })
      .returning({ id: schema.themeSummaryVersions.id });
    await tx
      .update(schema.themeSummaries)
      .set({
        currentVersionId: version?.id,
        publishedVersionId: version?.id,
        publishedAt: new Date(now.getTime() - 90 * DAY),
        publishedBy: "demo-moderator",
      })
      .where(eq(schema.themeSummaries.id, summary.id));
  }
  return { organisationIds };
}

const pastPeople = [
  "Dewi Anggraini",
  "Tan Wei Ming",
  "Somchai Rattanakul",
  "Nurul Huda binti Ahmad",
  "Khamphone Sisavath",
  "Yohanes Ndun",
  "Maria Teresa Santos",
  "Tran Van Hung",
  "Sokha Chan",
  "Lim Mei Ling",
  "Aung Kyaw Moe",
  "Hajah Siti Zainab",
  "Ana Maria da Costa",
  "Ratna Sari",
  "Rizal Mahendra",
  "Phan Thi Mai",
];
