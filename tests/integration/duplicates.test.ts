import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { seedDemo } from "~/demo/seed.server";
import { queueFilterSchema } from "~/moderation/queue/filters";
import { reviewQueue } from "~/moderation/queue/pages.server";
import { runBulk } from "~/moderation/bulk.server";
import { INDIVIDUAL } from "~/submissions/schema";
import { createSubmission } from "~/submissions/intake.server";
import { editOwnSubmission } from "~/submissions/own-input.server";
import { findInputTarget } from "~/consultations/lookups.server";

const letter =
  "We, members of the Mekong Youth Network, call on the working group to guarantee youth representation in every ASCC sectoral body, to fund national youth councils, and to report every year on how young people were consulted.";
const author = { id: "demo-contributor", name: "Siti" };
let consultationId: string;

beforeEach(async () => {
  await seedDemo((await database()).db);
  consultationId = (await findInputTarget("ascc-post-2025", null, new Date()))!.consultation.id;
});

async function send(body: string) {
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
    const [row] = await (await database()).db
      .select()
      .from(schema.submissions)
      .where(eq(schema.submissions.id, second.id));
    expect(row!.duplicateGroupId).toBeNull();
    expect(first.id).toBeDefined();
  });
});
