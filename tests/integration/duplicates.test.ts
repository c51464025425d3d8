import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, db, queryRows, schema } from "#db/client.server";
import { seedDemo } from "~/demo/seed.server";
import { queueFilterSchema } from "~/moderation/queue/filters";
import { reviewQueue } from "~/moderation/queue/pages.server";
import { runBulk } from "~/moderation/bulk.server";
import { INDIVIDUAL } from "~/submissions/schema";
import { createSubmission } from "~/submissions/intake.server";
import { editOwnSubmission } from "~/submissions/own-input.server";
import { filingBacklog, fileWaitingSubmissions } from "~/duplicates/duplicates.server";
import { findInputTarget } from "~/consultations/lookups.server";

const letter =
  "We, members of the Mekong Youth Network, call on the working group to guarantee youth representation in every ASCC sectoral body, to fund national youth councils, and to report every year on how young people were consulted.";
const author = { id: "demo-contributor", name: "Siti" };
let consultationId: string;

beforeEach(async () => {
  await seedDemo((await database()).db);
  consultationId = (await findInputTarget("ascc-post-2025", null, new Date()))!.consultation.id;
});

/** What the app server's background filer does, run to the end: nothing waits afterwards. */
async function fileAll() {
  while ((await fileWaitingSubmissions()) > 0);
}

/** Connections of this database waiting for a lock another holds. */
async function waitingBackends(): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    await db(),
    sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
  );
  return rows[0]!.n;
}

async function rowOf(id: string) {
  const [row] = await (await database()).db.select().from(schema.submissions).where(eq(schema.submissions.id, id));
  return row!;
}

async function send(body: string, { filed = true } = {}) {
  const target = (await findInputTarget("ascc-post-2025", "2.5", new Date()))!;
  const result = await createSubmission(author, target, {
    kind: "comment",
    stance: "support",
    body,
    consent: "public_anonymous",
    onBehalfOf: INDIVIDUAL,
    section: "2.5",
    idempotencyKey: randomUUID(),
    language: "en",
  } as never);
  if (!result.ok) throw new Error("send failed");
  if (filed) await fileAll();
  const [row] = await (await database()).db
    .select()
    .from(schema.submissions)
    .where(eq(schema.submissions.reference, result.value.reference));
  return row!;
}

const filter = (query: string) => queueFilterSchema.parse(Object.fromEntries(new URLSearchParams(query)));

describe("near-duplicate groups", () => {
  it("groups a form letter's copies as they arrive and leaves different input alone", async () => {
    const first = await send(`${letter} Signed, Dara, Phnom Penh.`);
    const second = await send(`${letter} Signed, Sopheap, Battambang.`);
    const third = await send(`${letter.replace("every year", "each year")} Signed, Vanna.`);
    const other = await send(
      "Youth councils already exist in several member states; build on them rather than creating new bodies.",
    );
    const { db } = await database();
    const rows = await db
      .select()
      .from(schema.submissions)
      .where(eq(schema.submissions.consultationId, consultationId));
    const group = (id: string) => rows.find((r) => r.id === id)!.duplicateGroupId;
    expect(group(first.id)).toBe(first.id);
    expect(group(second.id)).toBe(first.id);
    expect(group(third.id)).toBe(first.id);
    expect(group(other.id)).toBeNull();

    const collapsed = await reviewQueue(consultationId, filter("groups=collapse&section=2.5"));
    const representative = collapsed.items.find((item) => item.id === first.id);
    expect(representative?.groupSize).toBe(3);
    expect(collapsed.items.map((item) => item.id)).not.toContain(second.id);
    expect((await reviewQueue(consultationId, filter(`group=${first.id}`))).items).toHaveLength(3);
  });

  it("applies a decision on one row per group to every copy, counted one by one", async () => {
    const first = await send(`${letter} Signed, Dara.`);
    await send(`${letter} Signed, Sopheap.`);
    const result = await runBulk("demo-moderator", consultationId, filter("groups=collapse"), {
      intent: "reject",
      reason: "duplicate",
      ids: [first.id],
      scope: "selected",
      confirmedCount: null,
    });
    expect(result).toMatchObject({ ok: true, value: { kind: "done", changed: 2 } });
  });

  it("re-files input whose author rewrote it into something else", async () => {
    const first = await send(`${letter} Signed, Dara.`);
    const second = await send(`${letter} Signed, Sopheap.`);
    const edited = await editOwnSubmission(author, second.reference, {
      kind: "comment",
      stance: "support",
      body: "On reflection, our network asks only for a youth seat on the ASCC Council, nothing more.",
      consent: "public_anonymous",
      onBehalfOf: INDIVIDUAL,
      section: "2.5",
      idempotencyKey: second.idempotencyKey,
      language: "en",
    } as never);
    expect(edited).toEqual({ ok: true });
    await fileAll();
    const [row] = await (await database()).db
      .select()
      .from(schema.submissions)
      .where(eq(schema.submissions.id, second.id));
    expect(row!.duplicateGroupId).toBeNull();
    expect(first.id).toBeDefined();
  });

  it("files input in the background: not before the filer runs, and everything once it has", async () => {
    const first = await send(`${letter} Signed, Dara.`, { filed: false });
    const second = await send(`${letter} Signed, Sopheap.`, { filed: false });
    const other = await send("Youth councils exist already; fund the ones there are.", { filed: false });
    const third = await send(`${letter} Signed, Vanna.`, { filed: false });
    expect((await rowOf(second.id)).duplicateGroupId).toBeNull();
    expect(await filingBacklog()).toEqual({ waiting: 4, failed: 0 });
    // All four in one batch: each copy meets the ones sent before it.
    expect(await fileWaitingSubmissions()).toBe(4);
    for (const copy of [first, second, third]) expect((await rowOf(copy.id)).duplicateGroupId).toBe(first.id);
    expect((await rowOf(other.id)).duplicateGroupId).toBeNull();
    expect(await filingBacklog()).toEqual({ waiting: 0, failed: 0 });
  });

  // Several app servers file at once only on PostgreSQL: the embedded database has one connection.
  it.runIf(process.env.DATABASE_URL)(
    "puts copies filed by several servers at the same moment in one group",
    async () => {
      const copies = [];
      for (const name of ["Dara", "Sopheap", "Vanna"])
        copies.push(await send(`${letter} Signed, ${name}.`, { filed: false }));
      const { db } = await database();
      // Holds every filer at its first write until all three have taken a submission, then lets go at once.
      const filers = await db.transaction(async (tx) => {
        await tx.execute(sql`lock table submission_bands in exclusive mode`);
        const started = [0, 1, 2].map(() => fileWaitingSubmissions(1));
        while ((await waitingBackends()) < 3);
        return started;
      });
      await Promise.all(filers);
      const groups = new Set(await Promise.all(copies.map(async (copy) => (await rowOf(copy.id)).duplicateGroupId)));
      expect(await filingBacklog()).toEqual({ waiting: 0, failed: 0 });
      expect(groups.size).toBe(1);
      expect([...groups][0]).not.toBeNull();
    },
  );

  it("keeps retrying a filing that failed without holding up the others, and gives up after a few tries", async () => {
    const first = await send(`${letter} Signed, Dara.`, { filed: false });
    const broken = await send(`${letter} Signed, Sopheap.`, { filed: false });
    const third = await send(`${letter} Signed, Vanna.`, { filed: false });
    const { db } = await database();
    // A row the filing cannot read (as if written by a faulty older server).
    await db
      .update(schema.submissions)
      .set({ minhash: [1, 2] })
      .where(eq(schema.submissions.id, broken.id));
    await fileAll();
    expect((await rowOf(third.id)).duplicateGroupId).toBe(first.id);
    expect(await filingBacklog()).toEqual({ waiting: 1, failed: 0 });
    for (let tries = 0; tries < 5 && (await filingBacklog()).failed === 0; tries++) await fileWaitingSubmissions();
    expect(await filingBacklog()).toEqual({ waiting: 1, failed: 1 });
    expect(await fileWaitingSubmissions()).toBe(0);
    // Once its author saves it again, its signature is made afresh and the filing is done.
    await editOwnSubmission(author, broken.reference, {
      kind: "comment",
      stance: "support",
      body: broken.body,
      consent: "public_anonymous",
      onBehalfOf: INDIVIDUAL,
      section: "2.5",
      idempotencyKey: broken.idempotencyKey,
      language: "en",
    } as never);
    await fileAll();
    expect((await rowOf(broken.id)).duplicateGroupId).toBe(first.id);
    expect(await filingBacklog()).toEqual({ waiting: 0, failed: 0 });
  });

  it("queues no filing for input that was refused", async () => {
    const target = (await findInputTarget("ascc-post-2025", "2.5", new Date()))!;
    const refused = await createSubmission(author, target, {
      kind: "general",
      stance: "support",
      body: letter,
      consent: "public_anonymous",
      onBehalfOf: INDIVIDUAL,
      section: "2.5",
      idempotencyKey: randomUUID(),
      language: "en",
    } as never);
    expect(refused.ok).toBe(false);
    expect(await filingBacklog()).toEqual({ waiting: 0, failed: 0 });
  });
});
