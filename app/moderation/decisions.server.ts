import { eq, sql } from "drizzle-orm";
import { db, isAnyOf, schema, type Transaction } from "#db/client.server";
import type { RejectionReason, submissionStatuses } from "#db/schema/values";
import { queueForUsers } from "~/notifications/outbox.server";
import { decisionMail } from "~/notifications/templates/decision.server";
import { ok, type Result } from "~/result";
import { type ActionOutcome, changeReviewable, inConsultation, type Moderator } from "./changes.server";
import type { Decision } from "./intents";

const { submissions } = schema;
type Status = (typeof submissionStatuses)[number];
type StatusChange = {
  status: Status;
  rejectionReason: RejectionReason | null;
  decisionNote: string | null;
  decidedAt: Date | null;
};

const eventActions = {
  approve: "submission.approved",
  reject: "submission.rejected",
  undo: "submission.decision_undone",
} as const;

/** A decision is taken on input waiting for review; undone on input approved or rejected. */
function appliesTo(decision: Decision, status: Status): boolean {
  return decision.intent === "undo" ? status === "approved" || status === "rejected" : status === "pending";
}

function statusChange(decision: Decision, now: Date): StatusChange {
  if (decision.intent === "approve")
    return { status: "approved", rejectionReason: null, decisionNote: null, decidedAt: now };
  if (decision.intent === "reject") {
    const { reason, note } = decision;
    return { status: "rejected", rejectionReason: reason, decisionNote: note || null, decidedAt: now };
  }
  return { status: "pending", rejectionReason: null, decisionNote: null, decidedAt: null };
}

/**
 * Approves, rejects or undoes a decision on many submissions at once, each change with its audit
 * event in the same transaction. Submissions of another consultation are never touched.
 */
export async function decide(
  moderator: Moderator,
  consultationId: string,
  ids: string[],
  decision: Decision,
  now = new Date(),
): Promise<Result<ActionOutcome>> {
  return (await db()).transaction(async (tx) => {
    // Locked, so the statuses read here are still the ones being replaced when the update runs.
    const rows = await tx
      .select({ id: submissions.id, status: submissions.status })
      .from(submissions)
      .where(inConsultation(consultationId, ids))
      .for("update");
    const outcome = await changeReviewable(tx, moderator, ids, rows, async (reviewable) => {
      const allowed = reviewable.filter((row) => appliesTo(decision, row.status));
      if (allowed.length === 0) return [];
      const change = statusChange(decision, now);
      const changedIds = allowed.map((row) => row.id);
      await tx.update(submissions).set(change).where(isAnyOf(submissions.id, changedIds));
      if (decision.intent !== "undo") await queueDecisionMail(tx, consultationId, changedIds, decision);
      const note = decision.intent === "reject" && decision.note ? { note: decision.note } : {};
      return allowed.map((row) => ({
        id: row.id,
        action: eventActions[decision.intent],
        reason: decision.intent === "reject" ? decision.reason : null,
        details: { from: row.status, to: change.status, ...note },
      }));
    });
    return ok(outcome);
  });
}

/**
 * Each author hears of the decision on their input, in one statement however many were decided
 * (an undo sends nothing: the input only waits again). Authors who turned decisions off get none.
 */
async function queueDecisionMail(
  tx: Transaction,
  consultationId: string,
  ids: string[],
  decision: Exclude<Decision, { intent: "undo" }>,
) {
  const [consultation] = await tx
    .select({ en: schema.consultations.titleEn, id: schema.consultations.titleId })
    .from(schema.consultations)
    .where(eq(schema.consultations.id, consultationId));
  if (!consultation) return;
  const params = {
    consultationTitle: consultation,
    decision:
      decision.intent === "approve"
        ? { intent: "approve" as const }
        : { intent: "reject" as const, reason: decision.reason, note: decision.note || null },
  };
  await tx.execute(
    queueForUsers(decisionMail, params, {
      users: sql`select s.author_id as user_id, s.reference as slot_reference, a.name as slot_name
        from submissions s join users a on a.id = s.author_id where s.id = any(${sql.param(ids)}::uuid[])`,
      slots: ["reference", "name"],
    }),
  );
}
