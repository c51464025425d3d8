import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { registerAccount } from "~/auth/accounts.server";
import { registerSchema } from "~/auth/schemas";
import { decide } from "~/moderation/decisions.server";
import { setTheme } from "~/moderation/tags.server";
import { parseQueueFilter, queueFilterSchema } from "~/moderation/queue/filters";
import { EmptySearchError } from "~/moderation/queue/conditions.server";
import { countMatching, facetCounts } from "~/moderation/queue/counts.server";
import { reviewQueue } from "~/moderation/queue/pages.server";
import { runBulk } from "~/moderation/bulk.server";
import { action as reviewAction } from "~/routes/review.$slug.$reference";
import { loader as queueLoader } from "~/routes/review.$slug._index";
import { INDIVIDUAL } from "~/submissions/schema";
import { organisationsOf } from "~/auth/organisations.server";
import { createSubmission } from "~/submissions/intake.server";
import { findOwnSubmission } from "~/submissions/own-input.server";
import { findInputTarget } from "~/consultations/lookups.server";
import { action as loginAction } from "~/routes/login";
import { seededReview } from "../helpers/demo";
import { context, cookiesFrom, formRequest, getRequest, settle } from "../helpers/requests";

let consultationId: string;
let moderatorId: string;

beforeEach(async () => {
  ({ consultationId, moderatorId } = await seededReview());
});

const filter = (query = "") => queueFilterSchema.parse(Object.fromEntries(new URLSearchParams(query)));

async function person(email: string, mode: "new" | "individual" = "individual") {
  const result = await registerAccount(
    registerSchema.parse({
      name: email,
      email,
      password: "a long enough passphrase",
      preferredLanguage: "en",
      organisationMode: mode,
      organisationName: `Org ${email}`,
      organisationType: "civil_society",
      organisationCountry: "KH",
    }),
  );
  if (!result.ok) throw new Error("registration failed");
  return { id: result.value.userId, name: email };
}

async function send(author: { id: string; name: string }, body: string, extra: Record<string, unknown> = {}) {
  const target = (await findInputTarget("ascc-post-2025", "2.4", new Date()))!;
  const result = await createSubmission(author, target, {
    kind: "comment",
    stance: "neutral",
    body,
    consent: "public_named",
    onBehalfOf: INDIVIDUAL,
    section: "2.4",
    idempotencyKey: randomUUID(),
    language: "en",
    ...extra,
  } as never);
  if (!result.ok) throw new Error("send failed");
  const { db } = await database();
  const [row] = await db
    .select()
    .from(schema.submissions)
    .where(eq(schema.submissions.reference, result.value.reference));
  return row!;
}

async function auditFor(submissionId: string) {
  const { db } = await database();
  return (
    await db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.subjectType, "submission"), eq(schema.auditEvents.subjectId, submissionId)))
  ).map((e) => [e.action, e.reason]);
}

describe("decisions", () => {
  it("rejects with a reason the author then reads, undoes, approves: each step audited", async () => {
    const author = await person("author@example.org");
    const row = await send(author, "Please add portable social protection for migrant workers.");
    const moderator = { id: moderatorId };
    expect(
      await decide(moderator, consultationId, [row.id], {
        intent: "reject",
        reason: "duplicate",
        note: "Same as ASCC-2026-0005.",
      }),
    ).toEqual({
      ok: true,
      value: { changed: 1, conflicts: 0, unchanged: 0 },
    });
    const mine = await findOwnSubmission(author.id, row.reference);
    expect(mine).toMatchObject({
      status: "rejected",
      rejectionReason: "duplicate",
      decisionNote: "Same as ASCC-2026-0005.",
    });
    expect(await decide(moderator, consultationId, [row.id], { intent: "approve" })).toMatchObject({
      ok: true,
      value: { changed: 0, unchanged: 1 },
    });
    await decide(moderator, consultationId, [row.id], { intent: "undo" });
    await decide(moderator, consultationId, [row.id], { intent: "approve" });
    expect((await findOwnSubmission(author.id, row.reference))!.status).toBe("approved");
    expect(await auditFor(row.id)).toEqual([
      ["submission.rejected", "duplicate"],
      ["submission.decision_undone", null],
      ["submission.approved", null],
    ]);
  });

  it("never touches input of another consultation, even with its id", async () => {
    const author = await person("author2@example.org");
    const row = await send(author, "Input that belongs to the open consultation only.");
    const other = (await findInputTarget("ascc-blueprint-2025-review", null, new Date()))!.consultation.id;
    expect(await decide({ id: moderatorId }, other, [row.id], { intent: "approve" })).toMatchObject({
      ok: true,
      value: { changed: 0, unchanged: 1 },
    });
    expect((await findOwnSubmission(author.id, row.reference))!.status).toBe("pending");
  });

  it("refuses a moderator their own organisation's input, flagged on the page and refused with 403", async () => {
    const { db } = await database();
    const author = await person("colleague@example.org", "new");
    const [organisation] = await organisationsOf(author.id);
    await db.insert(schema.organisationMembers).values({ userId: moderatorId, organisationId: organisation!.id });
    const row = await send(author, "Input from the moderator's own organisation.", { onBehalfOf: organisation!.id });
    expect(await decide({ id: moderatorId }, consultationId, [row.id], { intent: "approve" })).toMatchObject({
      ok: true,
      value: { changed: 0, conflicts: 1 },
    });

    const login = await settle(() =>
      loginAction({
        request: formRequest("/login", { email: "moderator@demo.masukan.test", password: "moderator-demo-2026" }),
        params: {},
        context: context(),
      }),
    );
    const response = await settle(
      async () =>
        (await reviewAction({
          request: formRequest(
            `/review/ascc-post-2025/${row.reference}`,
            { intent: "approve" },
            { cookie: cookiesFrom(login) },
          ),
          params: { slug: "ascc-post-2025", reference: row.reference },
          context: context(),
        })) as Response,
    );
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: string }).error).toBe("review.conflict");
    expect((await findOwnSubmission(author.id, row.reference))!.status).toBe("pending");
  });
});

describe("tags", () => {
  it("adds and removes a theme, recording who and how, and refuses a theme of another consultation", async () => {
    const author = await person("tags@example.org");
    const row = await send(author, "Youth should sit on the monitoring committees.");
    const moderator = { id: moderatorId };
    expect(
      await setTheme(moderator, consultationId, [row.id], "youth", {
        add: true,
        source: "suggested",
        confidence: 0.82,
      }),
    ).toMatchObject({ ok: true, value: { changed: 1 } });
    const { db } = await database();
    const [tag] = await db
      .select()
      .from(schema.submissionThemes)
      .where(eq(schema.submissionThemes.submissionId, row.id));
    expect(tag).toMatchObject({ source: "suggested", addedBy: moderatorId });
    expect(tag!.confidence).toBeCloseTo(0.82);
    expect(await setTheme(moderator, consultationId, [row.id], "youth", { add: false })).toMatchObject({
      ok: true,
      value: { changed: 1 },
    });
    expect(
      await setTheme(moderator, consultationId, [row.id], "no_such_theme", { add: true, source: "manual" }),
    ).toEqual({ ok: false, error: "review.themeUnknown" });
    const other = (await findInputTarget("ascc-blueprint-2025-review", null, new Date()))!.consultation.id;
    expect(await setTheme(moderator, other, [row.id], "youth", { add: true, source: "manual" })).toEqual({
      ok: false,
      error: "review.themeUnknown",
    });
    expect((await auditFor(row.id)).map(([action]) => action)).toEqual(["submission.tagged", "submission.untagged"]);
  });
});

describe("the queue", () => {
  it("finds input by words in its own language, stemmed", async () => {
    const author = await person("search@example.org");
    await send(author, "Persons with disabilities need accessible public transport.");
    await send(author, "Pekerja migran membutuhkan perlindungan sosial yang dapat dibawa lintas negara.", {
      language: "id",
    });
    const find = async (q: string) =>
      (await reviewQueue(consultationId, filter(`status=all&q=${encodeURIComponent(q)}`))).items.map((i) =>
        i.excerpt.slice(0, 20),
      );
    // The demo's own input on disabilities matches too; the Indonesian text must not.
    expect(await find("disability")).toEqual(expect.arrayContaining(["Persons with disabil", "The focus on people "]));
    expect(await find("disability")).not.toContain("Pekerja migran membu");
    expect(await find("perlindungan migran")).toContain("Pekerja migran membu");
    expect(await find("perlindungan migran")).not.toContain("Persons with disabil");
    expect(await find('"accessible public" -migran')).toEqual(["Persons with disabil"]);
    await expect(reviewQueue(consultationId, filter("q=%22%22%20-%20!!"))).rejects.toBeInstanceOf(EmptySearchError);
  });

  it("filters by theme, untagged and language, with counts per value", async () => {
    const author = await person("facets@example.org");
    const a = await send(author, "Untagged English input about climate adaptation.");
    const b = await send(author, "Masukan berbahasa Indonesia tentang pemuda.", { language: "id" });
    await setTheme({ id: moderatorId }, consultationId, [b.id], "youth", { add: true, source: "manual" });
    const refs = async (query: string) =>
      (await reviewQueue(consultationId, filter(query))).items.map((i) => i.reference);
    expect(await refs("theme=youth")).toEqual([b.reference]);
    expect(await refs("theme=untagged&language=en")).toContain(a.reference);
    expect(await refs("theme=untagged")).not.toContain(b.reference);
    const counts = (await facetCounts(consultationId, filter("language=id")))!;
    expect(counts.status.pending).toBe((await reviewQueue(consultationId, filter("language=id"))).items.length);
    expect(counts.language.en).toBeGreaterThanOrEqual(1);
    expect(counts.theme.youth).toBe(1);
  });

  it("pages with a keyset cursor: every submission once, in order", async () => {
    const author = await person("pages@example.org");
    for (let i = 0; i < 55; i++) await send(author, `Numbered input for paging, number ${i} of the series.`);
    // Behind the demo's own waiting input, sent before: page until the cursor says there is no more.
    const all: string[] = [];
    let after: string | null = null;
    do {
      const page = await reviewQueue(consultationId, filter(after ? `sort=oldest&after=${after}` : "sort=oldest"));
      expect(page.items.length).toBeLessThanOrEqual(50);
      if (page.next) expect(page.items).toHaveLength(50);
      all.push(...page.items.map((i) => i.reference));
      after = page.next;
    } while (after);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(await countMatching(consultationId, filter("")));
    expect(all.length).toBeGreaterThan(100);
    const numbered = all.filter((reference) => reference.startsWith("ASCC-")).slice(-55);
    expect(numbered).toEqual([...numbered].sort());
  });

  it("refuses unknown filter values with 400 and a message", async () => {
    expect(parseQueueFilter(new URLSearchParams("status=deleted")).success).toBe(false);
    expect(parseQueueFilter(new URLSearchParams("country=XX")).success).toBe(false);
    const login = await settle(() =>
      loginAction({
        request: formRequest("/login", { email: "moderator@demo.masukan.test", password: "moderator-demo-2026" }),
        params: {},
        context: context(),
      }),
    );
    const response = (await queueLoader({
      request: getRequest("/review/ascc-post-2025?stance=furious", { cookie: cookiesFrom(login) }),
      params: { slug: "ascc-post-2025" },
      context: context(),
    })) as Response;
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe("review.unknownFilter");
    // Text the database cannot search (a NUL byte) is refused like any unknown filter, not a 500.
    for (const query of ["theme=no_such_theme", "section=99.9", "q=migrant%00workers", "after=%00"]) {
      const refused = (await queueLoader({
        request: getRequest(`/review/ascc-post-2025?${query}`, { cookie: cookiesFrom(login) }),
        params: { slug: "ascc-post-2025" },
        context: context(),
      })) as Response;
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { error: string }).error).toBe("review.unknownFilter");
    }
  });
});

describe("bulk actions", () => {
  it("shows the count before acting on everything matching, and asks again if it changed", async () => {
    const author = await person("bulk@example.org");
    for (let i = 0; i < 3; i++) await send(author, `Bulk candidate number ${i} for the working group.`);
    const pending = filter("");
    const count = await countMatching(consultationId, pending);
    const request = { intent: "approve", ids: [], scope: "all" as const, confirmedCount: null };
    expect(await runBulk(moderatorId, consultationId, pending, request)).toEqual({
      ok: true,
      value: { kind: "confirm", intent: "approve", count },
    });
    expect(await countMatching(consultationId, pending)).toBe(count);
    expect(await runBulk(moderatorId, consultationId, pending, { ...request, confirmedCount: count - 1 })).toEqual({
      ok: true,
      value: { kind: "confirm", intent: "approve", count },
    });
    expect(await runBulk(moderatorId, consultationId, pending, { ...request, confirmedCount: count })).toMatchObject({
      ok: true,
      value: { kind: "done", changed: count },
    });
    expect(await countMatching(consultationId, pending)).toBe(0);
  });

  it("refuses more than 10,000 selected rows without the confirmation step", async () => {
    const ids = Array.from({ length: 10_001 }, () => randomUUID());
    expect(
      await runBulk(moderatorId, consultationId, filter(""), {
        intent: "approve",
        ids,
        scope: "selected",
        confirmedCount: null,
      }),
    ).toEqual({
      ok: false,
      error: "review.bulkNeedsConfirmation",
    });
  });
});
