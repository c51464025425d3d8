import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { decide } from "~/moderation/decisions.server";
import { action as sendAction } from "~/routes/consultations.$slug.send";
import { action as reviewAction } from "~/routes/review.$slug.$reference";
import { INDIVIDUAL } from "~/submissions/schema";
import { minimalPdf } from "../fixtures/documents";
import { seededReview } from "../helpers/demo";
import { context, formRequest, settle } from "../helpers/requests";
import { inputFormBody, loggedInCookie, multipartRequest, newContributorCookie } from "../helpers/sessions";

// On PostgreSQL these run on separate connections at once; on the embedded database they
// interleave at every statement, which is how one app server meets a double click.
const RESENDS = 100;

let consultationId: string;
beforeEach(async () => {
  ({ consultationId } = await seededReview());
});

const MODERATOR = ["moderator@demo.masukan.test", "moderator-demo-2026"] as const;
const ADMIN = ["admin@demo.masukan.test", "admin-demo-2026"] as const;

async function postForm(cookie: string, body: FormData) {
  return settle(() =>
    sendAction({
      request: multipartRequest("/consultations/ascc-post-2025/send?section=2.2", cookie, body),
      params: { slug: "ascc-post-2025" },
      context: context(),
    }),
  );
}

/** A contributor's input, sent through the form: its reference and id. */
async function sentInput(cookie: string) {
  const preview = await postForm(
    cookie,
    inputFormBody({
      intent: "preview",
      kind: "comment",
      stance: "support",
      body: "Regional teacher exchanges should be funded for at least five years.",
      consent: "public_named",
      onBehalfOf: INDIVIDUAL,
      idempotencyKey: randomUUID(),
      section: "2.2",
      attachmentId: "",
    }),
  );
  const { values } = (await preview.json()) as { values: Record<string, string> };
  const sent = await postForm(cookie, inputFormBody({ ...values, intent: "send" }));
  const reference = sent.headers.get("Location")!.match(/ASCC-\d{4}-\d{4}/)![0];
  const { db } = await database();
  const [row] = await db.select().from(schema.submissions).where(eq(schema.submissions.reference, reference));
  return row!;
}

async function decisionEvents(submissionId: string) {
  const { db } = await database();
  const events = await db
    .select({ action: schema.auditEvents.action })
    .from(schema.auditEvents)
    .where(
      and(
        eq(schema.auditEvents.subjectId, submissionId),
        inArray(schema.auditEvents.action, ["submission.approved", "submission.rejected"]),
      ),
    );
  return events.map((event) => event.action);
}

describe("the same form sent many times at once", () => {
  it(`makes one submission from ${RESENDS} resends, and every answer points at it`, async () => {
    const cookie = await newContributorCookie();
    const preview = await postForm(
      cookie,
      inputFormBody(
        {
          intent: "preview",
          kind: "comment",
          stance: "oppose",
          body: "The plan should not drop the regional disaster fund from section 2.2.",
          consent: "public_anonymous",
          onBehalfOf: INDIVIDUAL,
          idempotencyKey: randomUUID(),
          section: "2.2",
          attachmentId: "",
        },
        { name: "position.pdf", bytes: minimalPdf() },
      ),
    );
    const { values } = (await preview.json()) as { values: Record<string, string> };

    const answers = await Promise.all(
      Array.from({ length: RESENDS }, () => postForm(cookie, inputFormBody({ ...values, intent: "send" }))),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(RESENDS).fill(302));
    const locations = new Set(answers.map((answer) => answer.headers.get("Location")));
    expect(locations.size).toBe(1);

    const { db } = await database();
    const stored = await db
      .select()
      .from(schema.submissions)
      .where(eq(schema.submissions.idempotencyKey, values.idempotencyKey!));
    expect(stored).toHaveLength(1);
    expect([...locations][0]).toBe(`/my-input/${stored[0]!.reference}?sent=1`);
    expect(stored[0]!.attachmentId).toBe(values.attachmentId);
    // The numbers the resends took and gave back leave no gap after it.
    const [counter] = await db
      .select()
      .from(schema.referenceCounters)
      .where(eq(schema.referenceCounters.consultationId, consultationId));
    expect(stored[0]!.reference).toBe(`ASCC-${counter!.year}-${String(counter!.last).padStart(4, "0")}`);
  });
});

describe("two moderators deciding the same input at once", () => {
  it("through the domain: one decision is taken, the other changes nothing", async () => {
    const author = await newContributorCookie();
    const { db } = await database();
    const userNamed = async (email: string) =>
      (await db.select().from(schema.users).where(eq(schema.users.email, email)))[0]!;
    const [moderator, admin] = [await userNamed(MODERATOR[0]), await userNamed(ADMIN[0])];
    for (let round = 0; round < 5; round++) {
      const input = await sentInput(author);
      const [approved, rejected] = await Promise.all([
        decide(moderator, consultationId, [input.id], { intent: "approve" }),
        decide(admin, consultationId, [input.id], { intent: "reject", reason: "off_topic" }),
      ]);
      const changed = [approved, rejected].map((result) => (result.ok ? result.value.changed : -1));
      expect([...changed].sort()).toEqual([0, 1]);
      const winner = changed[0] === 1 ? "approved" : "rejected";
      const [after] = await db.select().from(schema.submissions).where(eq(schema.submissions.id, input.id));
      expect(after!.status).toBe(winner);
      expect(await decisionEvents(input.id)).toEqual([`submission.${winner}`]);
    }
  });

  it("through the page: one gets its decision, the other a conflict that says why", async () => {
    const author = await newContributorCookie();
    const cookies = [await loggedInCookie(...MODERATOR), await loggedInCookie(...ADMIN)];
    const input = await sentInput(author);
    const post = (cookie: string, fields: Record<string, string>) =>
      settle(
        async () =>
          (await reviewAction({
            request: formRequest(`/review/ascc-post-2025/${input.reference}`, fields, { cookie }),
            params: { slug: "ascc-post-2025", reference: input.reference },
            context: context(),
          })) as Response,
      );
    const answers = await Promise.all([
      post(cookies[0]!, { intent: "approve" }),
      post(cookies[1]!, { intent: "reject", reason: "off_topic" }),
    ]);
    const [won, lost] = answers[0]!.status === 200 ? answers : [answers[1]!, answers[0]!];
    expect([won!.status, lost!.status]).toEqual([200, 409]);
    expect(((await lost!.json()) as { error: string }).error).toBe("review.notChanged");
    const { db } = await database();
    const [after] = await db.select().from(schema.submissions).where(eq(schema.submissions.id, input.id));
    expect(await decisionEvents(input.id)).toEqual([`submission.${after!.status}`]);
  });
});
