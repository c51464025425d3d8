import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { openInput } from "~/demo/open-input";
import { suggestionsFor } from "~/themes/suggestions.server";
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

  it("gives the open consultation a working day of input: every state, both languages, tags, suggestions and a campaign", async () => {
    const { db } = await database();
    await seedDemo(db, NOW);
    const [open] = await db.select().from(schema.consultations).where(eq(schema.consultations.slug, "ascc-post-2025"));
    const input = await db.select().from(schema.submissions).where(eq(schema.submissions.consultationId, open!.id));
    expect(input.length).toBeGreaterThanOrEqual(100);
    const tally = (of: (row: (typeof input)[number]) => string | null) =>
      Object.fromEntries(
        [...new Set(input.map(of))].map((value) => [value, input.filter((row) => of(row) === value).length]),
      );
    const atLeast = (counts: Record<string, number>, keys: string[], least: number) =>
      expect(
        keys.filter((key) => (counts[key] ?? 0) < least),
        `fewer than ${least} of`,
      ).toEqual([]);
    atLeast(
      tally((row) => row.status),
      ["pending", "approved", "rejected", "withdrawn"],
      3,
    );
    atLeast(
      tally((row) => row.consent),
      ["public_named", "public_anonymous", "private"],
      10,
    );
    atLeast(
      tally((row) => row.language),
      ["en", "id"],
      30,
    );
    atLeast(
      tally((row) => row.kind),
      ["comment", "amendment", "general"],
      10,
    );
    // Every rejection has its reason; withdrawn input its date and no decision.
    expect(input.filter((row) => row.status === "rejected" && !row.rejectionReason)).toEqual([]);
    expect(new Set(input.flatMap((row) => (row.rejectionReason ? [row.rejectionReason] : []))).size).toBeGreaterThan(2);
    for (const row of input.filter((row) => row.status === "withdrawn"))
      expect([row.withdrawnAt !== null, row.decidedAt]).toEqual([true, null]);
    // Amendments quote their section's own text (as a reader selects it) and propose a longer one.
    const sections = new Map(
      (await db.select().from(schema.sections)).map((section) => [
        section.id,
        `${section.bodyEn}\n${section.bodyId}`.replaceAll("**", ""),
      ]),
    );
    for (const row of input.filter((row) => row.kind === "amendment")) {
      expect(sections.get(row.sectionId!)).toContain(row.quotedPassage);
      expect(row.proposedText!.startsWith(row.quotedPassage!.replace(/\.$/, ""))).toBe(true);
    }
    // Sent over the three days it has been open, by many authors and organisations.
    expect(input.every((row) => row.createdAt >= open!.opensAt && row.createdAt <= NOW)).toBe(true);
    expect(new Set(input.map((row) => row.authorId)).size).toBeGreaterThan(20);
    expect(new Set(input.map((row) => row.organisationId)).size).toBeGreaterThan(10);

    // Most approved input is tagged, some of it from accepted suggestions; some is left for the suggestions.
    const tags = await db
      .select()
      .from(schema.submissionThemes)
      .innerJoin(schema.submissions, eq(schema.submissions.id, schema.submissionThemes.submissionId))
      .where(eq(schema.submissions.consultationId, open!.id));
    const tagged = new Set(tags.map((tag) => tag.submissions.id));
    const approved = input.filter((row) => row.status === "approved");
    expect(approved.filter((row) => tagged.has(row.id)).length).toBeGreaterThan(approved.length / 2);
    const untagged = approved.filter((row) => !tagged.has(row.id));
    expect(untagged.length).toBeGreaterThanOrEqual(3);
    const suggested = await Promise.all(untagged.map((row) => suggestionsFor(open!.id, row.id)));
    expect(suggested.filter((found) => found.suggestions.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(tags.some((tag) => tag.submission_themes.source === "suggested")).toBe(true);
    expect(new Set(tags.map((tag) => tag.submission_themes.themeId)).size).toBeGreaterThanOrEqual(10);

    // One campaign: a dozen near-identical letters in one group named after its first copy, with the
    // MinHash bands a new copy is found by.
    const groups = tally((row) => row.duplicateGroupId);
    const campaign = Object.entries(groups).filter(([group]) => group !== "null");
    expect(campaign).toHaveLength(1);
    expect(campaign[0]![1]).toBeGreaterThanOrEqual(10);
    const first = input
      .filter((row) => row.duplicateGroupId !== null)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0]!;
    expect(first.duplicateGroupId).toBe(first.id);
    const [bands] = await db
      .select({ n: count() })
      .from(schema.submissionBands)
      .where(eq(schema.submissionBands.consultationId, open!.id));
    expect(bands!.n).toBe(input.length * 16);

    // Each decision is in the submission's history, by the working group, when it was made.
    const decisions = await db
      .select()
      .from(schema.auditEvents)
      .where(sql`${schema.auditEvents.action} in ('submission.approved', 'submission.rejected')`);
    expect(decisions).toHaveLength(
      input.filter((row) => row.status === "approved" || row.status === "rejected").length,
    );
    const decidedAt = new Map(input.map((row) => [row.id, row.decidedAt?.getTime()]));
    expect(decisions.every((event) => event.occurredAt.getTime() === decidedAt.get(event.subjectId!))).toBe(true);
  });

  it("builds the same working day on every run", async () => {
    expect(openInput()).toEqual(openInput());
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
