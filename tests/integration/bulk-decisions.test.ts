import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, like, max, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, queryRows, schema } from "#db/client.server";
import { seedDemo } from "~/demo/seed.server";
import { decide } from "~/moderation/decisions.server";
import { setTheme } from "~/moderation/tags.server";
import { queueFilterSchema } from "~/moderation/queue/filters";
import { runBulk } from "~/moderation/bulk.server";

// Bulk actions on thousands of submissions: what changes, what is left alone, and what the audit log says.

const moderator = { id: "demo-moderator" };
let consultationId: string;
let otherConsultationId: string;
let moderatorsOrganisationId: string;
let batch = 0;
/** The last audit event the seed wrote: the demo's own decisions and tags come before a test's. */
let seededUpTo = 0;

beforeEach(async () => {
  const { db } = await database();
  await seedDemo(db);
  const consultations = await db
    .select({ id: schema.consultations.id, slug: schema.consultations.slug })
    .from(schema.consultations);
  consultationId = consultations.find((c) => c.slug === "ascc-post-2025")!.id;
  otherConsultationId = consultations.find((c) => c.slug === "ascc-blueprint-2025-review")!.id;
  const [organisation] = await db
    .insert(schema.organisations)
    .values({ name: "The moderator's own network", type: "civil_society", country: "KH" })
    .returning({ id: schema.organisations.id });
  moderatorsOrganisationId = organisation!.id;
  const [last] = await db.select({ id: max(schema.auditEvents.id) }).from(schema.auditEvents);
  seededUpTo = Number(last?.id ?? 0);
  await db
    .insert(schema.organisationMembers)
    .values({ userId: moderator.id, organisationId: moderatorsOrganisationId });
});

type Status = "pending" | "approved" | "rejected";

/**
 * Inserts submissions straight into the table, in one statement: going through the input form
 * thousands of times, or binding a parameter per value, would only slow the tests.
 */
async function submissionsOf(
  count: number,
  options: { status?: Status; consultation?: string; authorId?: string; organisationId?: string | null } = {},
): Promise<string[]> {
  const { db } = await database();
  const status = options.status ?? "pending";
  batch++;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`insert into ${schema.submissions}
          (reference, consultation_id, author_id, organisation_id, kind, stance, body, language, consent, status, rejection_reason, decision_note, decided_at)
        select ${`BULK-${batch}-`} || n, ${options.consultation ?? consultationId}, ${options.authorId ?? "demo-contributor"}, ${options.organisationId ?? null},
          'general', 'neutral', 'Bulk input number ' || n || '.', 'en', 'public_named', ${status},
          ${status === "rejected" ? "off_topic" : null}, ${status === "rejected" ? "Kept from an earlier decision." : null},
          ${status === "pending" ? null : "2026-01-05T10:00:00Z"}
        from generate_series(1, ${count}) as n
        returning id`,
  );
  return rows.map((row) => row.id);
}

/** Every submission's decision, by id: reading them all is cheaper than naming thousands of ids. */
async function decisionsById() {
  const { db } = await database();
  const rows = await db
    .select({
      id: schema.submissions.id,
      status: schema.submissions.status,
      rejectionReason: schema.submissions.rejectionReason,
      decisionNote: schema.submissions.decisionNote,
      decidedAt: schema.submissions.decidedAt,
    })
    .from(schema.submissions);
  return new Map(rows.map(({ id, ...state }) => [id, state]));
}

async function submissionEvents() {
  const { db } = await database();
  return db
    .select()
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.subjectType, "submission"), gt(schema.auditEvents.id, seededUpTo)))
    .orderBy(asc(schema.auditEvents.id));
}

describe("bulk decisions", () => {
  it("approves 3,000 selected submissions, each with exactly one audit event from pending to approved", async () => {
    const ids = await submissionsOf(3_000);
    const result = await runBulk(moderator.id, consultationId, queueFilterSchema.parse({}), {
      intent: "approve",
      ids,
      scope: "selected",
      confirmedCount: null,
    });
    expect(result).toEqual({
      ok: true,
      value: { kind: "done", intent: "approve", changed: 3_000, conflicts: 0, unchanged: 0 },
    });

    const states = await decisionsById();
    expect(ids.every((id) => states.get(id)!.status === "approved" && states.get(id)!.decidedAt !== null)).toBe(true);
    const events = await submissionEvents();
    // As many events as submissions, and every submission among them: exactly one each.
    expect(events).toHaveLength(3_000);
    expect(new Set(events.map((event) => event.subjectId))).toEqual(new Set(ids));
    for (const event of events) {
      expect(event).toMatchObject({
        actorId: moderator.id,
        action: "submission.approved",
        reason: null,
        details: { from: "pending", to: "approved" },
      });
    }
  });

  it("takes a selection larger than PostgreSQL's 65,535 parameters in one go, and audits every change", async () => {
    const existing = await submissionsOf(11_000);
    const unknown = Array.from({ length: 59_000 }, () => randomUUID());
    const outcome = await decide(moderator, consultationId, [...existing, ...unknown], {
      intent: "reject",
      reason: "duplicate",
      note: "Form letter.",
    });
    expect(outcome).toEqual({ ok: true, value: { changed: 11_000, conflicts: 0, unchanged: 59_000 } });
    const events = await submissionEvents();
    expect(events).toHaveLength(11_000);
    expect(new Set(events.map((event) => event.subjectId))).toEqual(new Set(existing));
    for (const event of events) {
      expect(event).toMatchObject({
        action: "submission.rejected",
        reason: "duplicate",
        details: { from: "pending", to: "rejected", note: "Form letter." },
      });
    }
    // Creating and deciding 11,000 submissions takes several seconds on the embedded database.
  }, 60_000);

  it("on a mixed selection changes only the allowed rows, counts the rest, and audits only what changed", async () => {
    const pending = await submissionsOf(40);
    const approved = await submissionsOf(5, { status: "approved" });
    const rejected = await submissionsOf(5, { status: "rejected" });
    const otherConsultation = await submissionsOf(7, { consultation: otherConsultationId });
    const ownInput = await submissionsOf(3, { authorId: moderator.id });
    const ownOrganisation = await submissionsOf(4, { organisationId: moderatorsOrganisationId });
    const unknown = [randomUUID(), randomUUID()];
    const untouched = [...approved, ...rejected, ...otherConsultation, ...ownInput, ...ownOrganisation];
    const before = await decisionsById();

    const outcome = await decide(moderator, consultationId, [...pending, ...untouched, ...unknown], {
      intent: "reject",
      reason: "off_topic",
    });
    // Conflicts are counted apart; already decided input, another consultation's input and unknown ids are unchanged.
    expect(outcome).toEqual({ ok: true, value: { changed: 40, conflicts: 7, unchanged: 5 + 5 + 7 + 2 } });

    const after = await decisionsById();
    for (const id of pending)
      expect(after.get(id)).toMatchObject({ status: "rejected", rejectionReason: "off_topic", decisionNote: null });
    for (const id of untouched) expect(after.get(id)).toEqual(before.get(id));
    const events = await submissionEvents();
    expect(new Set(events.map((event) => event.subjectId))).toEqual(new Set(pending));
    expect(events).toHaveLength(40);
    for (const event of events) {
      // Without a note, the details say only where the submission came from and went to.
      expect(event).toMatchObject({ action: "submission.rejected", reason: "off_topic" });
      expect(event.details).toEqual({ from: "pending", to: "rejected" });
    }
  });

  it("undoes approvals and rejections in bulk, back to pending, and leaves pending input alone", async () => {
    const approved = await submissionsOf(20, { status: "approved" });
    const rejected = await submissionsOf(30, { status: "rejected" });
    const pending = await submissionsOf(10);
    const conflicting = await submissionsOf(2, { status: "approved", authorId: moderator.id });

    const outcome = await decide(moderator, consultationId, [...approved, ...rejected, ...pending, ...conflicting], {
      intent: "undo",
    });
    expect(outcome).toEqual({ ok: true, value: { changed: 50, conflicts: 2, unchanged: 10 } });

    const states = await decisionsById();
    for (const id of [...approved, ...rejected]) {
      expect(states.get(id)).toEqual({ status: "pending", rejectionReason: null, decisionNote: null, decidedAt: null });
    }
    for (const id of conflicting) expect(states.get(id)!.status).toBe("approved");
    const from = new Map((await submissionEvents()).map((event) => [event.subjectId, event]));
    expect(from.size).toBe(50);
    for (const id of approved)
      expect(from.get(id)).toMatchObject({
        action: "submission.decision_undone",
        reason: null,
        details: { from: "approved", to: "pending" },
      });
    for (const id of rejected)
      expect(from.get(id)).toMatchObject({
        action: "submission.decision_undone",
        reason: null,
        details: { from: "rejected", to: "pending" },
      });
  });

  it("writes the same audit events in bulk as one at a time", async () => {
    const ids = await submissionsOf(2);
    await decide(moderator, consultationId, [ids[0]!], {
      intent: "reject",
      reason: "duplicate",
      note: "Same as BULK-1.",
    });
    await decide(moderator, consultationId, [ids[1]!], {
      intent: "reject",
      reason: "duplicate",
      note: "Same as BULK-1.",
    });
    const alone = await submissionEvents();
    const more = await submissionsOf(2);
    await decide(moderator, consultationId, more, { intent: "reject", reason: "duplicate", note: "Same as BULK-1." });
    const together = (await submissionEvents()).slice(2);
    const content = (event: (typeof alone)[number]) => [
      event.actorId,
      event.action,
      event.subjectType,
      event.reason,
      event.details,
    ];
    expect(together.map(content)).toEqual(alone.map(content));
  });
});

async function youthThemeId(): Promise<string> {
  const { db } = await database();
  const [theme] = await db
    .select({ id: schema.themes.id })
    .from(schema.themes)
    .where(and(eq(schema.themes.consultationId, consultationId), eq(schema.themes.key, "youth")));
  return theme!.id;
}

/** The "youth" tag of each of the tests' own submissions (the demo's input has some too), by submission. */
async function youthTags() {
  const { db } = await database();
  const rows = await db
    .select({ tag: schema.submissionThemes })
    .from(schema.submissionThemes)
    .innerJoin(schema.submissions, eq(schema.submissions.id, schema.submissionThemes.submissionId))
    .where(
      and(eq(schema.submissionThemes.themeId, await youthThemeId()), like(schema.submissions.reference, "BULK-%")),
    );
  return new Map(rows.map(({ tag }) => [tag.submissionId, tag]));
}

describe("bulk tags", () => {
  it("tags many submissions keeping source and confidence, skips those already tagged, then untags them all", async () => {
    const fresh = await submissionsOf(2_000);
    const alreadyTagged = await submissionsOf(10);
    const conflicting = await submissionsOf(3, { organisationId: moderatorsOrganisationId });
    const otherConsultation = await submissionsOf(4, { consultation: otherConsultationId });
    expect(await setTheme(moderator, consultationId, alreadyTagged, "youth", { add: true, source: "manual" })).toEqual({
      ok: true,
      value: { changed: 10, conflicts: 0, unchanged: 0 },
    });

    const selection = [...fresh, ...alreadyTagged, ...conflicting, ...otherConsultation];
    expect(
      await setTheme(moderator, consultationId, selection, "youth", {
        add: true,
        source: "suggested",
        confidence: 0.7,
      }),
    ).toEqual({
      ok: true,
      value: { changed: 2_000, conflicts: 3, unchanged: 10 + 4 },
    });
    const tags = await youthTags();
    expect(tags.size).toBe(2_010);
    for (const id of fresh) {
      expect(tags.get(id)).toMatchObject({ source: "suggested", addedBy: moderator.id });
      expect(tags.get(id)!.confidence).toBeCloseTo(0.7);
    }
    // A tag already there keeps how it was made: the bulk action does not overwrite it.
    for (const id of alreadyTagged) expect(tags.get(id)).toMatchObject({ source: "manual", confidence: null });

    const tagged = (await submissionEvents()).filter((event) => event.action === "submission.tagged");
    expect(tagged).toHaveLength(2_010);
    expect(new Set(tagged.map((event) => event.subjectId))).toEqual(new Set([...fresh, ...alreadyTagged]));
    expect(tagged.find((event) => event.subjectId === fresh[0])!.details).toEqual({
      theme: "youth",
      source: "suggested",
      confidence: 0.7,
    });
    expect(tagged.find((event) => event.subjectId === alreadyTagged[0])!.details).toEqual({
      theme: "youth",
      source: "manual",
      confidence: null,
    });

    expect(await setTheme(moderator, consultationId, selection, "youth", { add: false })).toEqual({
      ok: true,
      value: { changed: 2_010, conflicts: 3, unchanged: 4 },
    });
    expect((await youthTags()).size).toBe(0);
    const untagged = (await submissionEvents()).filter((event) => event.action === "submission.untagged");
    expect(new Set(untagged.map((event) => event.subjectId))).toEqual(new Set([...fresh, ...alreadyTagged]));
    expect(untagged).toHaveLength(2_010);
    for (const event of untagged) expect(event.details).toEqual({ theme: "youth" });

    expect(await setTheme(moderator, consultationId, selection, "youth", { add: false })).toEqual({
      ok: true,
      value: { changed: 0, conflicts: 3, unchanged: 2_014 },
    });
  });

  it("leaves a conflicting submission's existing tag in place when untagging in bulk", async () => {
    const [conflicting] = await submissionsOf(1, { authorId: moderator.id });
    const others = await submissionsOf(5);
    const { db } = await database();
    await db
      .insert(schema.submissionThemes)
      .values({ submissionId: conflicting!, themeId: await youthThemeId(), source: "manual", addedBy: "demo-admin" });
    await setTheme(moderator, consultationId, others, "youth", { add: true, source: "manual" });

    expect(await setTheme(moderator, consultationId, [conflicting!, ...others], "youth", { add: false })).toEqual({
      ok: true,
      value: { changed: 5, conflicts: 1, unchanged: 0 },
    });
    expect([...(await youthTags()).keys()]).toEqual([conflicting]);
  });
});
