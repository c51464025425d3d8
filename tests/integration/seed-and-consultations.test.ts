import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { pastOrganisations, pastThemeKeys } from "~/demo/past-input";
import { demoAccounts, seedDemo } from "~/demo/seed.server";
import { getConsultationOverview, getSection, listVisibleConsultations } from "~/consultations/consultations.server";

const NOW = new Date("2026-03-01T03:00:00Z");
const DAY = 86_400_000;

async function tally(table: Parameters<ReturnType<Awaited<ReturnType<typeof database>>["db"]["select"]>["from"]>[0]) {
  const { db } = await database();
  const [row] = await db.select({ n: count() }).from(table);
  return row!.n;
}

describe("demo seed", () => {
  it("builds a realistic, bilingual demo once and never twice", async () => {
    const { db } = await database();
    expect(await seedDemo(db, NOW)).toEqual({ seeded: true });
    const before = {
      consultations: await tally(schema.consultations),
      sections: await tally(schema.sections),
      themes: await tally(schema.themes),
      organisations: await tally(schema.organisations),
      users: await tally(schema.users),
      submissions: await tally(schema.submissions),
    };
    expect(await seedDemo(db, NOW)).toEqual({ seeded: false });
    expect({
      consultations: await tally(schema.consultations),
      sections: await tally(schema.sections),
      themes: await tally(schema.themes),
      organisations: await tally(schema.organisations),
      users: await tally(schema.users),
      submissions: await tally(schema.submissions),
    }).toEqual(before);

    const [open] = await db.select().from(schema.consultations).where(eq(schema.consultations.slug, "ascc-post-2025"));
    expect(open!.titleEn).toBe("ASCC Post-2025 Strategic Plan — stakeholder consultation");
    expect(open!.phase).toBe("open");
    expect(open!.closesAt.getTime() - NOW.getTime()).toBe(30 * DAY);
    const openThemes = await db.select().from(schema.themes).where(eq(schema.themes.consultationId, open!.id));
    expect(openThemes.length).toBeGreaterThanOrEqual(10);
    expect(openThemes.length).toBeLessThanOrEqual(12);
    expect(before.themes).toBe(openThemes.length + pastThemeKeys.length);
    expect(before.organisations).toBe(4 + pastOrganisations.length);
    const types = await db.selectDistinct({ type: schema.organisations.type }).from(schema.organisations);
    const countries = await db.selectDistinct({ country: schema.organisations.country }).from(schema.organisations);
    expect(types.length).toBeGreaterThan(1);
    expect(countries.length).toBeGreaterThan(1);
    const roles = (await db.selectDistinct({ role: schema.users.role }).from(schema.users)).map((u) => u.role).sort();
    expect(roles).toEqual(["admin", "contributor", "moderator"]);
    const audit = await db.select().from(schema.auditEvents).where(eq(schema.auditEvents.action, "seed.demo"));
    expect(audit).toHaveLength(1);
  });

  it("writes at least eight sections in both English and Bahasa Indonesia", async () => {
    const { db } = await database();
    await seedDemo(db, NOW);
    const overview = await getConsultationOverview("ascc-post-2025", NOW);
    const bilingual = await db
      .select({ n: count() })
      .from(schema.sections)
      .innerJoin(schema.documentVersions, eq(schema.documentVersions.id, schema.sections.versionId))
      .innerJoin(schema.consultations, eq(schema.consultations.id, schema.documentVersions.consultationId))
      .where(
        sql`${schema.consultations.slug} = 'ascc-post-2025' and ${schema.sections.bodyEn} is not null and ${schema.sections.bodyId} is not null`,
      );
    expect(overview!.sections.length).toBeGreaterThanOrEqual(8);
    expect(bilingual[0]!.n).toBeGreaterThanOrEqual(8);
  });

  it("lists demo accounts the README can promise", () => {
    expect(demoAccounts.map((a) => a.role)).toEqual(["contributor", "moderator", "admin"]);
    for (const account of demoAccounts) expect(account.password.length).toBeGreaterThanOrEqual(12);
  });
});

describe("consultations for visitors", () => {
  it("splits open and past consultations and hides drafts", async () => {
    const { db } = await database();
    await seedDemo(db, NOW);
    await db.insert(schema.consultations).values({
      slug: "secret-draft",
      referencePrefix: "DRF",
      titleEn: "Draft",
      titleId: "Rancangan",
      summaryEn: "s",
      summaryId: "s",
      descriptionEn: "d",
      descriptionId: "d",
      phase: "draft",
      opensAt: NOW,
      closesAt: new Date(NOW.getTime() + DAY),
    });
    const { current, past } = await listVisibleConsultations(NOW);
    expect(current.map((c) => c.slug)).toEqual(["ascc-post-2025"]);
    expect(past.map((c) => c.slug)).toEqual(["ascc-blueprint-2025-review"]);
    expect(await getConsultationOverview("secret-draft", NOW)).toBeNull();
  });

  it("counts only approved input per section", async () => {
    const { db } = await database();
    await seedDemo(db, NOW);
    const overview = await getConsultationOverview("ascc-post-2025", NOW);
    const counts = Object.fromEntries(overview!.sections.map((s) => [s.number, s.approvedInput]));
    const approved = await db
      .select({ number: schema.sections.number, n: count() })
      .from(schema.submissions)
      .innerJoin(schema.sections, eq(schema.sections.id, schema.submissions.sectionId))
      .innerJoin(schema.consultations, eq(schema.consultations.id, schema.submissions.consultationId))
      .where(sql`${schema.consultations.slug} = 'ascc-post-2025' and ${schema.submissions.status} = 'approved'`)
      .groupBy(schema.sections.number);
    for (const row of approved) expect(counts[row.number]).toBe(row.n);
    const pendingOnly = await db
      .select({ number: schema.sections.number })
      .from(schema.submissions)
      .innerJoin(schema.sections, eq(schema.sections.id, schema.submissions.sectionId))
      .where(eq(schema.submissions.status, "pending"));
    expect(pendingOnly.length).toBeGreaterThan(0);
    const total = overview!.sections.reduce((sum, s) => sum + s.approvedInput, 0);
    expect(total).toBe(approved.reduce((sum, r) => sum + r.n, 0));
  });

  it("lists each consultation with its current draft's sections and its published input", async () => {
    const { db } = await database();
    await seedDemo(db, NOW);
    const { current, past } = await listVisibleConsultations(NOW);
    const [open] = current;
    const overview = await getConsultationOverview("ascc-post-2025", NOW);
    expect(open!.sectionCount).toBe(overview!.sections.length);
    expect(open!.sectionCount).toBe(12);
    const [approved] = await db
      .select({ n: count() })
      .from(schema.submissions)
      .innerJoin(schema.consultations, eq(schema.consultations.id, schema.submissions.consultationId))
      .where(sql`${schema.consultations.slug} = 'ascc-post-2025' and ${schema.submissions.status} = 'approved'`);
    expect(approved!.n).toBeGreaterThan(0);
    expect(open!.publishedInput).toBe(approved!.n);
    expect(past[0]!.sectionCount).toBe(3);
    // The past consultation's input is published: a few hundred, a campaign's copies each counted.
    const [pastApproved] = await db
      .select({ n: count() })
      .from(schema.submissions)
      .innerJoin(schema.consultations, eq(schema.consultations.id, schema.submissions.consultationId))
      .where(
        sql`${schema.consultations.slug} = 'ascc-blueprint-2025-review' and ${schema.submissions.status} = 'approved'`,
      );
    expect(pastApproved!.n).toBeGreaterThan(150);
    expect(past[0]!.publishedInput).toBe(pastApproved!.n);
  });

  it("closes by the clock: after closesAt the consultation reads as closed", async () => {
    const { db } = await database();
    await seedDemo(db, NOW);
    const later = new Date(NOW.getTime() + 31 * DAY);
    expect((await getConsultationOverview("ascc-post-2025", NOW))!.phase).toBe("open");
    expect((await getConsultationOverview("ascc-post-2025", later))!.phase).toBe("closed");
  });

  it("returns a section with neighbours and marks a missing translation as null", async () => {
    const { db } = await database();
    await seedDemo(db, NOW);
    const section = await getSection("ascc-post-2025", "2.1", NOW);
    expect(section!.section.body.en).toContain("<p>");
    expect(section!.section.body.id).toContain("<p>");
    expect(section!.previous?.number).toBe("1");
    expect(section!.next?.number).toBe("2.2");
    const annex = await getSection("ascc-post-2025", "4", NOW);
    expect(annex!.section.body.id).toBeNull();
    expect(annex!.section.body.en).not.toBeNull();
    expect(await getSection("ascc-post-2025", "9.9", NOW)).toBeNull();
    expect(await getSection("no-such-consultation", "1", NOW)).toBeNull();
  });
});
