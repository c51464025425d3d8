import { and, eq, inArray, or, type SQL } from "drizzle-orm";
import { db, isAnyOf, schema, type Transaction } from "#db/client.server";
import { type AuditEntry, recordAuditEvents } from "~/audit/audit.server";

const { submissions, organisationMembers } = schema;

export type Moderator = { id: string };
/** What a change asked on many submissions did: how many changed, were the moderator's own, or stayed as they were. */
export type ActionOutcome = { changed: number; conflicts: number; unchanged: number };
/** One submission a change really changed, with what its audit event says. */
export type Changed = { id: string } & Pick<AuditEntry, "action" | "reason" | "details">;

/** Ids among these that the moderator must not review: their own input, or their organisation's. */
async function conflictsOf(tx: Transaction, moderatorId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const ownOrganisations = tx
    .select({ id: organisationMembers.organisationId })
    .from(organisationMembers)
    .where(eq(organisationMembers.userId, moderatorId));
  const rows = await tx
    .select({ id: submissions.id })
    .from(submissions)
    .where(
      and(
        isAnyOf(submissions.id, ids),
        or(eq(submissions.authorId, moderatorId), inArray(submissions.organisationId, ownOrganisations)),
      ),
    );
  return new Set(rows.map((row) => row.id));
}

/** Whether this moderator may review this submission (not their own, not their organisation's). */
export async function hasConflict(moderatorId: string, submissionId: string): Promise<boolean> {
  return (await db()).transaction(async (tx) => (await conflictsOf(tx, moderatorId, [submissionId])).has(submissionId));
}

/** The consultation's submissions among these ids: another consultation's are never touched, even by id. */
export function inConsultation(consultationId: string, ids: string[]): SQL | undefined {
  return and(eq(submissions.consultationId, consultationId), isAnyOf(submissions.id, ids));
}

/**
 * What every moderator's change on many submissions shares. Of the rows read (the consultation's
 * among the ids asked), the moderator's own organisation's are skipped; `apply` changes the others
 * that need it and says which it changed; each change gets its audit event in the same transaction.
 */
export async function changeReviewable<Row extends { id: string }>(
  tx: Transaction,
  moderator: Moderator,
  asked: string[],
  rows: Row[],
  apply: (reviewable: Row[]) => Promise<Changed[]>,
): Promise<ActionOutcome> {
  const conflicts = await conflictsOf(
    tx,
    moderator.id,
    rows.map((row) => row.id),
  );
  const reviewable = rows.filter((row) => !conflicts.has(row.id));
  const changed = await apply(reviewable);
  await recordAuditEvents(
    tx,
    changed.map(({ id, ...event }) => ({ actorId: moderator.id, subjectType: "submission", subjectId: id, ...event })),
  );
  return {
    changed: changed.length,
    conflicts: conflicts.size,
    unchanged: reviewable.length - changed.length + asked.length - rows.length,
  };
}
