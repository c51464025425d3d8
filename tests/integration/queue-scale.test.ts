import { randomUUID } from "node:crypto";
import { and, count, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, queryRows, schema } from "#db/client.server";
import { countryCodes, organisationTypes } from "#db/schema/values";
import { decide } from "~/moderation/decisions.server";
import { setTheme } from "~/moderation/tags.server";
import { type QueueFilter, queueFilterSchema, UNTAGGED } from "~/moderation/queue/filters";
import { countSubmissionsPerFacet, facetCounts, SEARCH_COUNTING } from "~/moderation/queue/counts.server";
import { queuePage, reviewQueue, SEARCH_WINDOW } from "~/moderation/queue/pages.server";
import { warmQueueTotals } from "~/moderation/queue/totals.server";
import { withdrawOwnSubmission } from "~/submissions/own-input.server";
import { seededReview } from "../helpers/demo";

// The queue's counts come from totals the database keeps per combination of filter values
// (migration 0007). Whatever happens to the submissions, they must equal a count of the
// submissions themselves, for every filter a moderator can choose.

/** A small deterministic PRNG (mulberry32): the same data and filters on every run. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, pick };
}

let consultationId: string;
let moderatorId: string;
let sections: { id: string; number: string }[];
let sectionNumbers: string[];
let themeKeys: string[];

beforeEach(async () => {
  ({ consultationId, moderatorId } = await seededReview());
  const { db } = await database();
  sections = await db
    .select({ id: schema.sections.id, number: schema.sections.number })
    .from(schema.sections)
    .innerJoin(schema.documentVersions, eq(schema.documentVersions.id, schema.sections.versionId))
    .where(eq(schema.documentVersions.consultationId, consultationId));
  sectionNumbers = sections.map((section) => section.number);
  themeKeys = (
    await db
      .select({ key: schema.themes.key })
      .from(schema.themes)
      .where(eq(schema.themes.consultationId, consultationId))
  ).map((t) => t.key);
});

const FILTERED_FACETS = [
  "status",
  "section",
  "theme",
  "language",
  "stance",
  "kind",
  "organisationType",
  "country",
  "attachment",
] as const;

function randomFilters(seed: number, count: number): QueueFilter[] {
  const { next, pick } = random(seed);
  const values: Record<(typeof FILTERED_FACETS)[number], () => string> = {
    status: () => pick(["pending", "approved", "rejected", "withdrawn", "all"]),
    section: () => pick(sectionNumbers),
    theme: () => pick([...themeKeys.slice(0, 4), UNTAGGED]),
    language: () => pick(["id", "en", "other"]),
    stance: () => pick(["support", "support_with_changes", "oppose", "neutral"]),
    kind: () => pick(["comment", "amendment", "general"]),
    organisationType: () => pick([...organisationTypes, "individual"]),
    country: () => pick(countryCodes),
    attachment: () => pick(["yes", "no"]),
  };
  const filters = [queueFilterSchema.parse({}), queueFilterSchema.parse({ status: "all" })];
  while (filters.length < count) {
    const raw: Record<string, string> = {};
    for (const facet of FILTERED_FACETS) if (next() < 0.3) raw[facet] = values[facet]();
    if (next() < 0.3) raw.q = pick(["tallied", "number", '"input number"', "nomor"]);
    filters.push(queueFilterSchema.parse(raw));
  }
  return filters;
}

// Every search these tests make is counted: the last pages are looked through, but show a search
// too broad only above what is counted.
const COUNTING_EVERY_SEARCH = { ...SEARCH_COUNTING, probeAbove: SEARCH_COUNTING.count };

async function expectKeptCountsToMatchSubmissions(seed: number) {
  for (const filter of randomFilters(seed, 20)) {
    expect({ filter, counts: await facetCounts(consultationId, filter, COUNTING_EVERY_SEARCH) }).toEqual({
      filter,
      counts: await countSubmissionsPerFacet(consultationId, filter),
    });
  }
}

async function insertSubmissions(count: number, seed: number) {
  const { db } = await database();
  const { next, pick } = random(seed);
  const organisations = await db
    .insert(schema.organisations)
    .values(
      organisationTypes.map((type, index) => ({
        name: `Counted ${type} ${seed}`,
        type,
        country: countryCodes[(index * 3) % countryCodes.length]!,
      })),
    )
    .returning({ id: schema.organisations.id });
  await db
    .insert(schema.users)
    .values({ id: `author-${seed}`, email: `author-${seed}@example.org`, name: "Author", passwordHash: "-" });
  const [attachment] = await db
    .insert(schema.attachments)
    .values({
      ownerId: `author-${seed}`,
      fileName: "paper.pdf",
      kind: "pdf",
      byteSize: 4,
      content: Buffer.from("%PDF"),
    })
    .returning({ id: schema.attachments.id });
  const rows = Array.from({ length: count }, (_, index) => {
    const general = next() < 0.15;
    return {
      reference: `COUNT-${seed}-${index}`,
      consultationId,
      sectionId: general ? null : pick(sections).id,
      authorId: `author-${seed}`,
      organisationId: next() < 0.25 ? null : pick(organisations).id,
      kind: general ? ("general" as const) : pick(["comment", "amendment"] as const),
      stance: pick(["support", "support_with_changes", "oppose", "neutral"] as const),
      // A word the demo's own input never uses, so a search finds only these.
      body: `Tallied input number ${index}`,
      language: pick(["id", "en", "other"] as const),
      consent: "private" as const,
      attachmentId: next() < 0.1 ? attachment!.id : null,
      idempotencyKey: randomUUID(),
    };
  });
  return db
    .insert(schema.submissions)
    .values(rows)
    .returning({ id: schema.submissions.id, organisationId: schema.submissions.organisationId });
}

describe("the queue's counts per filter value", () => {
  it("equal a count of the submissions after input arrives, is tagged, decided, undone, untagged, withdrawn and deleted", async () => {
    const { db } = await database();
    const { next, pick } = random(7);
    const rows = await insertSubmissions(240, 7);
    const ids = rows.map((row) => row.id);
    const some = (share: number) => ids.filter(() => next() < share);
    const moderator = { id: moderatorId };
    await expectKeptCountsToMatchSubmissions(1);

    // Tags one at a time and in bulk, some submissions getting two themes.
    for (const key of themeKeys.slice(0, 4))
      await setTheme(moderator, consultationId, some(0.3), key, { add: true, source: "manual" });
    await setTheme(moderator, consultationId, [pick(ids)], themeKeys[5]!, {
      add: true,
      source: "suggested",
      confidence: 0.8,
    });
    await expectKeptCountsToMatchSubmissions(2);

    await decide(moderator, consultationId, some(0.3), { intent: "approve" });
    await decide(moderator, consultationId, some(0.3), { intent: "reject", reason: "off_topic" });
    await expectKeptCountsToMatchSubmissions(3);

    await decide(moderator, consultationId, some(0.3), { intent: "undo" });
    await setTheme(moderator, consultationId, some(0.5), themeKeys[0]!, { add: false });
    await setTheme(moderator, consultationId, some(0.5), themeKeys[1]!, { add: false });
    await expectKeptCountsToMatchSubmissions(4);

    // The author withdraws; a file is attached later; an organisation changes type and country.
    const [pending] = await queryRows<{ reference: string }>(
      db,
      sql`select reference from submissions where reference like 'COUNT-%' and status = 'pending' limit 1`,
    );
    expect(await withdrawOwnSubmission({ id: "author-7", name: "Author" } as never, pending!.reference)).toEqual({
      ok: true,
    });
    await db.execute(sql`update submissions set attachment_id = null where id = any(${sql.param(some(0.2))}::uuid[])`);
    const moved = rows.find((row) => row.organisationId)!.organisationId!;
    await db
      .update(schema.organisations)
      .set({ type: "think_tank", country: "TL" })
      .where(eq(schema.organisations.id, moved));
    await expectKeptCountsToMatchSubmissions(5);

    // Submissions are never deleted by the app, but an operator may: the counts follow.
    await db.execute(sql`delete from submissions where id = any(${sql.param(some(0.2))}::uuid[])`);
    await db
      .delete(schema.themes)
      .where(and(eq(schema.themes.consultationId, consultationId), eq(schema.themes.key, themeKeys[2]!)));
    themeKeys = themeKeys.filter((key) => key !== themeKeys[2]);
    await expectKeptCountsToMatchSubmissions(6);
    // About 1,300 counting queries: give an embedded database on a busy machine time.
  }, 90_000);

  it("equal a count of the submissions when a server first loads its totals in parts", async () => {
    const rows = await insertSubmissions(240, 9);
    const { pick } = random(9);
    for (const key of themeKeys.slice(0, 3))
      await setTheme({ id: moderatorId }, consultationId, [pick(rows).id, pick(rows).id], key, {
        add: true,
        source: "manual",
      });
    // Parts of 7 rows: a first load of this consultation's combinations in many parts, one cut
    // between a theme's rows and the next.
    await warmQueueTotals(consultationId, 7);
    await expectKeptCountsToMatchSubmissions(8);
  });

  it("count a search on its matches, and say so rather than guess when it matches too many", async () => {
    await insertSubmissions(30, 13);
    const search = queueFilterSchema.parse({ q: "tallied", status: "all" });
    expect((await facetCounts(consultationId, search))!.status.all).toBe(30);
    const narrow = queueFilterSchema.parse({ q: "tallied", language: "id", stance: "oppose" });
    const live = await countSubmissionsPerFacet(consultationId, narrow);
    // Too many found among the table's last pages (all of them here), or, with fewer or none looked
    // through or too few found there, by the text index: the same answer either way.
    for (const probe of [
      { probePages: 1_000, probeAbove: 29 },
      { probePages: 1_000, probeAbove: 30 },
      { probePages: 1, probeAbove: 29 },
      { probePages: 0, probeAbove: 0 },
    ]) {
      const counting = { count: 29, ...probe };
      expect(await facetCounts(consultationId, search, counting)).toBeNull();
      expect(await facetCounts(consultationId, { ...search, kind: "general" }, counting)).toBeNull();
      expect(await facetCounts(consultationId, narrow, counting)).toEqual(live);
    }
  });

  it("say a search matches more than a number only when that many more were found", async () => {
    await insertSubmissions(30, 17);
    const search = queueFilterSchema.parse({ q: "tallied", status: "all" });
    const shown = async (count: number, probePages: number, probeAbove: number) => {
      const page = await queuePage(consultationId, search, { count, probePages, probeAbove, window: 100 });
      return { above: page.uncountedAbove, all: page.counts?.status.all ?? null, rows: page.items.length };
    };
    expect(await shown(30, 1_000, 30)).toEqual({ above: null, all: 30, rows: 30 });
    // 30 read among the last pages; or too few there (or none looked through), 30 from the index.
    expect(await shown(30, 1_000, 29)).toEqual({ above: 29, all: null, rows: 30 });
    expect(await shown(29, 1_000, 100)).toEqual({ above: 29, all: null, rows: 30 });
    expect(await shown(29, 0, 0)).toEqual({ above: 29, all: null, rows: 30 });
  });

  it("count what the filters show: a theme's count is its tagged submissions, untagged those without any", async () => {
    // The demo's own input, some of it tagged, counts too: what it adds is read first.
    const everything = queueFilterSchema.parse({ status: "all" });
    const ofFirstTheme = queueFilterSchema.parse({ theme: themeKeys[0] });
    const demo = (await facetCounts(consultationId, everything))!;
    const demoOfFirstTheme = (await facetCounts(consultationId, ofFirstTheme))!;
    const rows = await insertSubmissions(10, 11);
    const ids = rows.map((row) => row.id);
    const moderator = { id: moderatorId };
    await setTheme(moderator, consultationId, ids.slice(0, 4), themeKeys[0]!, { add: true, source: "manual" });
    await setTheme(moderator, consultationId, ids.slice(2, 6), themeKeys[1]!, { add: true, source: "manual" });
    await decide(moderator, consultationId, ids.slice(0, 3), { intent: "approve" });

    const all = (await facetCounts(consultationId, everything))!;
    const plus = (added: number, counts: Record<string, number>, key: string) => added + (counts[key] ?? 0);
    expect(all.theme).toMatchObject({
      [themeKeys[0]!]: plus(4, demo.theme, themeKeys[0]!),
      [themeKeys[1]!]: plus(4, demo.theme, themeKeys[1]!),
      [UNTAGGED]: plus(4, demo.theme, UNTAGGED),
    });
    expect(all.status.all).toBe(plus(10, demo.status, "all"));
    expect(all).toEqual(await countSubmissionsPerFacet(consultationId, everything));
    const pendingOfFirstTheme = (await facetCounts(consultationId, ofFirstTheme))!;
    expect(pendingOfFirstTheme.status).toMatchObject({
      approved: plus(3, demoOfFirstTheme.status, "approved"),
      pending: plus(1, demoOfFirstTheme.status, "pending"),
      all: plus(4, demoOfFirstTheme.status, "all"),
    });
  });
});

describe("the queue in section order", () => {
  it("pages through whole-draft input first, then section by section, oldest first, each submission once", async () => {
    await insertSubmissions(130, 17);
    const { db } = await database();
    const expected = await queryRows<{ reference: string }>(
      db,
      sql`select s.reference from submissions s left join sections sec on sec.id = s.section_id
          where s.consultation_id = ${consultationId} and s.status = 'pending'
          order by coalesce(sec.position, -1), s.created_at, s.id`,
    );
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await reviewQueue(consultationId, queueFilterSchema.parse({ sort: "section", after }));
      seen.push(...page.items.map((item) => item.reference));
      after = page.next ?? undefined;
    } while (after);
    expect(seen).toEqual(expected.map((row) => row.reference));

    const section = sectionNumbers[3]!;
    const inSection = await reviewQueue(consultationId, queueFilterSchema.parse({ sort: "section", section }));
    expect(inSection.items.length).toBeGreaterThan(0);
    expect(inSection.items.every((item) => item.sectionNumber === section)).toBe(true);
  });

  it("pages newest first without repeating rows sent in the same millisecond", async () => {
    const { db } = await database();
    const [demo] = await db
      .select({ n: count() })
      .from(schema.submissions)
      .where(eq(schema.submissions.consultationId, consultationId));
    await insertSubmissions(120, 19);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await reviewQueue(consultationId, queueFilterSchema.parse({ status: "all", after }));
      seen.push(...page.items.map((item) => item.reference));
      after = page.next ?? undefined;
    } while (after);
    expect(seen).toHaveLength(new Set(seen).size);
    expect(seen).toHaveLength(120 + demo!.n);
  });
});

/** Every reference a view shows, page after page. */
async function references(
  page: (after: string | undefined) => Promise<{ items: { reference: string }[]; next: string | null }>,
) {
  const seen: string[] = [];
  let after: string | undefined;
  do {
    const { items, next } = await page(after);
    seen.push(...items.map((item) => item.reference));
    after = next ?? undefined;
  } while (after);
  return seen;
}

describe("a theme's pages", () => {
  it("show the same submissions, in the same order, as a walk through the queue", async () => {
    const rows = await insertSubmissions(260, 29);
    const { next } = random(31);
    const moderator = { id: moderatorId };
    await setTheme(
      moderator,
      consultationId,
      rows.filter(() => next() < 0.8).map((row) => row.id),
      themeKeys[0]!,
      { add: true, source: "manual" },
    );
    await decide(
      moderator,
      consultationId,
      rows.filter(() => next() < 0.3).map((row) => row.id),
      { intent: "approve" },
    );
    for (const view of [
      { theme: themeKeys[0], status: "all" },
      { theme: themeKeys[0], sort: "oldest" },
      { theme: themeKeys[0], status: "approved", language: "en" },
      { theme: themeKeys[0], status: "all", groups: "collapse", kind: "comment" },
    ]) {
      const shown = await references((after) => queuePage(consultationId, queueFilterSchema.parse({ ...view, after })));
      const walked = await references((after) =>
        reviewQueue(consultationId, queueFilterSchema.parse({ ...view, after })),
      );
      expect(shown.length).toBeGreaterThan(0);
      expect({ view, shown }).toEqual({ view, shown: walked });
    }
  });
});

describe("a search's pages", () => {
  it("show the same submissions, in the same order, as a walk through the queue, counted or not", async () => {
    const rows = await insertSubmissions(130, 23);
    const { next } = random(37);
    for (const key of themeKeys.slice(0, 2)) {
      await setTheme(
        { id: moderatorId },
        consultationId,
        rows.filter(() => next() < 0.5).map((row) => row.id),
        key,
        { add: true, source: "manual" },
      );
    }
    const views = [
      { q: "tallied", status: "all" },
      { q: "tallied", status: "all", theme: themeKeys[0] },
      { q: "tallied", sort: "oldest", theme: themeKeys[0], language: "en" },
      { q: "tallied", sort: "oldest", language: "id" },
      { q: "tallied", sort: "section", status: "all" },
      { q: "tallied", sort: "section", kind: "comment", attachment: "no" },
      { q: "tallied", sort: "oldest", groups: "collapse", stance: "oppose" },
    ];
    // Counted and paged from the matches; too many to count (shown among the table's last pages or
    // by the text index), a page found among the next 100 rows (or not, among the next 30, and
    // then walked for).
    for (const limits of [
      { ...COUNTING_EVERY_SEARCH, window: SEARCH_WINDOW },
      { count: 10, probePages: 1_000, probeAbove: 10, window: 100 },
      { count: 10, probePages: 0, probeAbove: 0, window: 100 },
      { count: 10, probePages: 0, probeAbove: 0, window: 30 },
    ]) {
      for (const view of views) {
        const shown = await references(async (after) => {
          const page = await queuePage(consultationId, queueFilterSchema.parse({ ...view, after }), limits);
          expect(page.counts === null).toBe(limits.count < 130);
          return page;
        });
        const walked = await references((after) =>
          reviewQueue(consultationId, queueFilterSchema.parse({ ...view, after })),
        );
        expect(shown.length).toBeGreaterThan(0);
        expect({ limits, view, shown }).toEqual({ limits, view, shown: walked });
      }
    }
  });
});
