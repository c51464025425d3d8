import { hashPassword } from "~/auth/password.server";
import { recordAudit } from "~/audit/audit.server";
import { type Database, onlyRow, type Transaction, schema } from "#db/client.server";
import { demoOrganisations, demoThemes, openConsultation, pastConsultation, type SeedConsultation } from "./content";
import { queueDemoMail } from "./mail.server";
import { seedOpenInput } from "./open-seed.server";
import { seedPastReport } from "./past-seed.server";

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

    // The past consultation's people write the open consultation's input too.
    const { organisationIds: pastOrganisationIds } = await seedPastReport(tx, past, now);
    const contributorsOwn = await seedOpenInput(
      tx,
      open,
      { id: `demo-${contributor.role}`, organisationId: contributorOrganisation },
      pastOrganisationIds,
      now,
    );
    await queueDemoMail(
      tx,
      openConsultation,
      { id: `demo-${contributor.role}`, name: contributor.name },
      contributorsOwn,
    );

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
