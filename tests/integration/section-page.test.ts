import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { seedDemo } from "~/demo/seed.server";
import { findInputTarget } from "~/consultations/lookups.server";
import { loader } from "~/routes/consultations.$slug.sections.$number";
import { sectionPageVersion } from "~/submissions/published-input.server";
import { context, getRequest, jsonBody, settle } from "../helpers/requests";

const NOW = new Date("2026-03-02T05:00:00Z");
const MINUTE = 60_000;
const SECTION = "2.5";
const PASSAGE = "Young people make up a large share of the population";
// 23 shown on 2 pages, 2 private; the oldest quotes the passage, so only page 2 lists it.
const SHOWN = 23;
const PRIVATE = 2;

type Page = {
  section: { body: { en: string | null } };
  input: {
    total: number;
    privateCount: number;
    stanceCounts: Record<string, number>;
    page: number;
    pageCount: number;
    items: { reference: string; diff: unknown }[];
  };
};

function open(query = "") {
  return settle(async () => {
    const result = await loader({
      request: getRequest(`/consultations/ascc-post-2025/sections/${SECTION}${query}`, { language: "en" }),
      params: { slug: "ascc-post-2025", number: SECTION },
      context: context(),
    });
    return result;
  });
}

/**
 * The demo, and the input on 2.5 (every test starts from empty tables), sent after the demo's own:
 * what the demo has published on 2.5 comes after it, on the last page.
 */
async function setup() {
  const { db } = await database();
  await seedDemo(db, NOW);
  const target = (await findInputTarget("ascc-post-2025", SECTION, NOW))!;
  const demo = await db
    .select({ consent: schema.submissions.consent, stance: schema.submissions.stance })
    .from(schema.submissions)
    .where(and(eq(schema.submissions.sectionId, target.section!.id), eq(schema.submissions.status, "approved")));
  const [author] = await db.select({ id: schema.users.id }).from(schema.users).limit(1);
  await db.insert(schema.submissions).values(
    Array.from({ length: SHOWN + PRIVATE }, (_, n) => ({
      reference: `PAGE-${String(n).padStart(3, "0")}`,
      consultationId: target.consultation.id,
      sectionId: target.section!.id,
      authorId: author!.id,
      kind: n === 0 ? ("amendment" as const) : ("comment" as const),
      stance: n % 2 === 0 ? ("oppose" as const) : ("support" as const),
      body: `Input number ${n} on gender equality and youth.`,
      quotedPassage: n === 0 ? PASSAGE : null,
      proposedText: n === 0 ? `${PASSAGE}, and most of them live in cities` : null,
      language: "en" as const,
      consent: n >= SHOWN ? ("private" as const) : ("public_anonymous" as const),
      status: "approved" as const,
      createdAt: new Date(NOW.getTime() + n * MINUTE),
    })),
  );
  return {
    total: demo.length,
    private: demo.filter((row) => row.consent === "private").length,
    oppose: demo.filter((row) => row.stance === "oppose").length,
    support: demo.filter((row) => row.stance === "support").length,
  };
}

describe("a section page with more published input than one page holds", () => {
  it("shows the newest 20, counts all of it exactly, and marks passages quoted on later pages", async () => {
    const demo = await setup();
    const page = await jsonBody<Page>(await open());
    expect(page.input.items.map((item) => item.reference)).toEqual(
      Array.from({ length: 20 }, (_, n) => `PAGE-${String(SHOWN - 1 - n).padStart(3, "0")}`),
    );
    expect(page.input).toMatchObject({
      total: SHOWN + PRIVATE + demo.total,
      privateCount: PRIVATE + demo.private,
      page: 1,
      pageCount: Math.ceil((SHOWN + demo.total - demo.private) / 20),
    });
    expect(page.input.stanceCounts).toMatchObject({ oppose: 13 + demo.oppose, support: 12 + demo.support });
    expect(page.section.body.en).toContain(`<mark class="passage" title="quoted in 1 published response">${PASSAGE}`);
  });

  it("lists the rest, the amendment with its diff, on the next page", async () => {
    const demo = await setup();
    const page = await jsonBody<Page>(await open("?input=2"));
    expect(page.input.items.map((item) => item.reference).slice(0, 3)).toEqual(["PAGE-002", "PAGE-001", "PAGE-000"]);
    expect(page.input.items[2]!.diff).not.toBeNull();
    expect(page.input.total).toBe(SHOWN + PRIVATE + demo.total);
  });

  it("answers 404 for a page past the last and for a page that is not a number", async () => {
    await setup();
    for (const query of ["?input=3", "?input=0", "?input=abc", "?input=1.5"]) {
      expect((await open(query)).status, query).toBe(404);
    }
  });
});

describe("the version of a section page's content", () => {
  const version = () => sectionPageVersion("ascc-post-2025", SECTION, NOW);

  it("changes with every decision on the section's input, and only then", async () => {
    await setup();
    const { db } = await database();
    const approved = await version();
    const [one] = await db
      .update(schema.submissions)
      .set({ status: "pending" })
      .where(eq(schema.submissions.reference, "PAGE-005"))
      .returning({ id: schema.submissions.id });
    const undone = await version();
    expect(undone).not.toBe(approved);
    await db.update(schema.submissions).set({ status: "approved" }).where(eq(schema.submissions.id, one!.id));
    expect(await version()).not.toBe(undone);
    expect(await version()).not.toBe(approved);
    // New input waits for review: nothing a visitor reads has changed.
    const before = await version();
    const [copy] = await db.select().from(schema.submissions).where(eq(schema.submissions.id, one!.id));
    const { id: _id, reference: _reference, idempotencyKey: _key, ...fields } = copy!;
    await db.insert(schema.submissions).values({ ...fields, reference: "PAGE-NEW", status: "pending" });
    expect(await version()).toBe(before);
  });

  it("is still read after the connections are made again", async () => {
    await setup();
    const handle = await database();
    const before = await version();
    handle.reconnect();
    expect(await version()).toBe(before);
  });

  it("changes when input is paused for the next version, and back", async () => {
    await setup();
    const { db } = await database();
    const open = await version();
    const freeze = (inputFrozen: boolean) =>
      db.update(schema.consultations).set({ inputFrozen }).where(eq(schema.consultations.slug, "ascc-post-2025"));
    await freeze(true);
    expect(await version()).not.toBe(open);
    await freeze(false);
    expect(await version()).toBe(open);
  });

  it("is none for a section or consultation that does not exist", async () => {
    await setup();
    expect(await sectionPageVersion("ascc-post-2025", "9.9", NOW)).toBeNull();
    expect(await sectionPageVersion("no-such-consultation", SECTION, NOW)).toBeNull();
  });
});
