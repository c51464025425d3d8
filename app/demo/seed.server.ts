import { randomUUID } from "node:crypto";
import { hashPassword } from "~/auth/password.server";
import { recordAudit } from "~/audit/audit.server";
import { allocateReference } from "~/submissions/references.server";
import { eq } from "drizzle-orm";
import { type Database, onlyRow, type Transaction, schema } from "#db/client.server";
import { demoOrganisations, demoThemes, openConsultation, pastConsultation, type SeedConsultation } from "./content";
import { demoSubmissions } from "./submissions";
import { type PastInput, pastInput, pastOrganisations, pastSummaries, pastThemeKeys } from "./past-input";
import { chooseDraft } from "~/summaries/draft";
import { queueDemoMail } from "./mail.server";

const DAY = 86_400_000;

export const demoAccounts = [
  {
    role: "contributor",
    email: "contributor@demo.masukan.test",
    password: "contributor-demo-2026",
    name: "Siti Rahmawati",
    organisation: 0,
  },
  {
    role: "moderator",
    email: "moderator@demo.masukan.test",
    password: "moderator-demo-2026",
    name: "Nguyen Thi Lan",
    organisation: null,
  },
  {
    role: "admin",
    email: "admin@demo.masukan.test",
    password: "admin-demo-2026",
    name: "Arief Wicaksono",
    organisation: null,
  },
] as const;

export type SeedResult = { seeded: boolean };

/** Builds the demo consultation once per database; a second call changes nothing. */
export async function seedDemo(database: Database, now: Date = new Date()): Promise<SeedResult> {
  const accounts = await Promise.all(
    demoAccounts.map(async (account) => ({ ...account, passwordHash: await hashPassword(account.password) })),
  );
  return database.transaction(async (tx) => {
    const claimed = await tx.insert(schema.seedRuns).values({ name: "demo" }).onConflictDoNothing().returning();
    if (claimed.length === 0) return { seeded: false };

    const organisationIds = await insertOrganisations(tx, now);
    for (const account of accounts) {
      const id = `demo-${account.role}`;
      await tx.insert(schema.users).values({
        id,
        email: account.email,
        name: account.name,
        passwordHash: account.passwordHash,
        role: account.role,
        preferredLanguage: account.role === "moderator" ? "en" : "id",
        emailLanguage: account.role === "moderator" ? "en" : "id",
        // The demo moderator takes the daily digest, so the dev outbox shows one after the first start.
        emailDigest: account.role === "moderator",
      });
      const organisationId = account.organisation === null ? undefined : organisationIds[account.organisation];
      if (organisationId) {
        await tx
          .insert(schema.organisationMembers)
          .values({ userId: id, organisationId, manages: true, confirmedAt: now, confirmedBy: null });
      }
    }
    // The demo's input is the contributor's, on behalf of their organisation.
    const contributor = demoAccounts[0];
    const contributorOrganisation = organisationIds[contributor.organisation] ?? null;

    const open = await insertConsultation(tx, openConsultation, {
      phase: "open",
      opensAt: new Date(now.getTime() - 3 * DAY),
      closesAt: new Date(now.getTime() + 30 * DAY),
    });
    const past = await insertConsultation(tx, pastConsultation, {
      phase: "published",
      opensAt: new Date(now.getTime() - 200 * DAY),
      closesAt: new Date(now.getTime() - 140 * DAY),
    });

    await tx.insert(schema.themes).values(
      demoThemes.map((theme, position) => ({
        consultationId: open.consultationId,
        key: theme.key,
        position,
        labelEn: theme.label.en,
        labelId: theme.label.id,
        descriptionEn: theme.description.en,
        descriptionId: theme.description.id,
        keywordsEn: theme.keywords.en,
        keywordsId: theme.keywords.id,
      })),
    );

    const referenced = [];
    for (const submission of demoSubmissions) {
      const reference = await allocateReference(
        tx,
        {
          id: open.consultationId,
          referencePrefix: openConsultation.referencePrefix,
          timeZone: openConsultation.timeZone,
        },
        now,
      );
      referenced.push({ ...submission, reference });
    }
    await tx.insert(schema.submissions).values(
      referenced.map(({ reference, ...submission }, index) => ({
        reference,
        consultationId: open.consultationId,
        sectionId: open.sectionIds.get(submission.section) ?? null,
        authorId: `demo-${contributor.role}`,
        organisationId: contributorOrganisation,
        kind: submission.kind,
        stance: submission.stance,
        body: submission.body,
        language: submission.language,
        consent: submission.consent,
        status: submission.status,
        decidedAt: submission.status === "approved" ? new Date(now.getTime() - DAY / 2) : null,
        createdAt: new Date(now.getTime() - (2 - index / demoSubmissions.length) * DAY),
      })),
    );

    await queueDemoMail(tx, openConsultation, { id: `demo-${contributor.role}`, name: contributor.name }, referenced);
    await seedPastReport(tx, past, now);

    await recordAudit(tx, {
      actorId: null,
      action: "seed.demo",
      subjectType: "database",
      details: { consultations: 2, themes: demoThemes.length, accounts: demoAccounts.length },
    });
    return { seeded: true };
  });
}

// The demo contributor's organisation (the first) is verified, so its published input shows the mark.
async function insertOrganisations(tx: Transaction, now: Date): Promise<string[]> {
  const rows = await tx
    .insert(schema.organisations)
    .values(
      demoOrganisations.map((o, index) => ({
        name: o.name,
        type: o.type,
        country: o.country,
        website: o.website,
        verifiedAt: index === 0 ? now : null,
      })),
    )
    .returning({ id: schema.organisations.id });
  return rows.map((row) => row.id);
}

async function insertConsultation(
  tx: Transaction,
  content: SeedConsultation,
  timing: { phase: "open" | "published"; opensAt: Date; closesAt: Date },
) {
  const consultation = onlyRow(
    await tx
      .insert(schema.consultations)
      .values({
        slug: content.slug,
        referencePrefix: content.referencePrefix,
        titleEn: content.title.en,
        titleId: content.title.id,
        summaryEn: content.summary.en,
        summaryId: content.summary.id,
        descriptionEn: content.description.en,
        descriptionId: content.description.id,
        timeZone: content.timeZone,
        ...timing,
      })
      .returning({ id: schema.consultations.id }),
  );
  const version = onlyRow(
    await tx
      .insert(schema.documentVersions)
      .values({
        consultationId: consultation.id,
        label: content.versionLabel,
        titleEn: content.documentTitle.en,
        titleId: content.documentTitle.id,
        isCurrent: true,
      })
      .returning({ id: schema.documentVersions.id }),
  );
  const inserted = await tx
    .insert(schema.sections)
    .values(
      content.sections.map((section, position) => ({
        versionId: version.id,
        position,
        number: section.number,
        headingEn: section.heading.en,
        headingId: section.heading.id,
        bodyEn: section.body.en,
        bodyId: section.body.id,
      })),
    )
    .returning({ id: schema.sections.id, number: schema.sections.number });
  return { consultationId: consultation.id, sectionIds: new Map(inserted.map((s) => [s.number, s.id])) };
}

/**
 * The published past consultation: its organisations and their people (who cannot log in), its
 * themes, a few hundred submissions tagged by theme (one campaign among them, grouped as
 * near-duplicates), and a published summary per theme quoting the excerpts the draft builder picks.
 */
async function seedPastReport(
  tx: Transaction,
  past: { consultationId: string; sectionIds: Map<string, string> },
  now: Date,
) {
  const organisationIds = (
    await tx
      .insert(schema.organisations)
      .values(pastOrganisations.map((o) => ({ name: o.name, type: o.type, country: o.country as "ID" })))
      .returning({ id: schema.organisations.id })
  ).map((row) => row.id);
  const input = pastInput();
  const authorOf = (item: PastInput, index: number) =>
    item.organisation === null ? `demo-past-expert-${index % 12}` : `demo-past-member-${item.organisation}`;
  const people = [
    ...pastOrganisations.map((organisation, index) => ({
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
      // Not a hash of any password: these people exist only to have written the past input.
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

  const numbered = {
    id: past.consultationId,
    referencePrefix: pastConsultation.referencePrefix,
    timeZone: pastConsultation.timeZone,
  };
  // The first reference from the counter, the rest numbered after it in one update: a statement
  // per submission made the seed (run at every fresh start) a second slower.
  const first = await allocateReference(tx, numbered, now);
  const stem = first.slice(0, first.lastIndexOf("-") + 1);
  await tx
    .update(schema.referenceCounters)
    .set({ last: input.length })
    .where(eq(schema.referenceCounters.consultationId, past.consultationId));
  const references = input.map((_, index) => `${stem}${String(index + 1).padStart(4, "0")}`);
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
