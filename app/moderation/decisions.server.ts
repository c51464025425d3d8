import { and, asc, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { db, isAnyOf, queryRows, schema, type Transaction } from "#db/client.server";
import type { RejectionReason } from "#db/schema/values";
import { recordAudit, recordAuditEvents } from "~/audit/audit.server";
import { groupMembers } from "~/duplicates/duplicates.server";

const {
  submissions,
  organisationMembers,
  themes,
  submissionThemes,
  moderationNotes,
  auditEvents,
  users,
  organisations,
  sections,
  attachments,
  submissionRevisions,
} = schema;

export type Moderator = { id: string };
export type Decision =
  | { intent: "approve" }
  | { intent: "reject"; reason: RejectionReason; note?: string }
  | { intent: "undo" };
export type ActionOutcome = { changed: number; conflicts: number; unchanged: number };

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
): Promise<ActionOutcome> {
  return (await db()).transaction(async (tx) => {
    // Locked, so the statuses read here are still the ones being replaced when the update runs.
    const rows = await tx
      .select({ id: submissions.id, status: submissions.status })
      .from(submissions)
      .where(and(eq(submissions.consultationId, consultationId), isAnyOf(submissions.id, ids)))
      .for("update");
    const conflicts = await conflictsOf(
      tx,
      moderator.id,
      rows.map((r) => r.id),
    );
    const reviewable = rows.filter((row) => !conflicts.has(row.id));
    const allowed = reviewable.filter((row) =>
      decision.intent === "undo" ? row.status === "approved" || row.status === "rejected" : row.status === "pending",
    );
    if (allowed.length > 0) {
      const change =
        decision.intent === "approve"
          ? { status: "approved" as const, rejectionReason: null, decisionNote: null, decidedAt: now }
          : decision.intent === "reject"
            ? {
                status: "rejected" as const,
                rejectionReason: decision.reason,
                decisionNote: decision.note || null,
                decidedAt: now,
              }
            : { status: "pending" as const, rejectionReason: null, decisionNote: null, decidedAt: null };
      await tx
        .update(submissions)
        .set(change)
        .where(
          isAnyOf(
            submissions.id,
            allowed.map((row) => row.id),
          ),
        );
      const action =
        decision.intent === "undo"
          ? "submission.decision_undone"
          : `submission.${decision.intent === "approve" ? "approved" : "rejected"}`;
      const note = decision.intent === "reject" && decision.note ? { note: decision.note } : {};
      await recordAuditEvents(
        tx,
        allowed.map((row) => ({
          actorId: moderator.id,
          action,
          subjectType: "submission",
          subjectId: row.id,
          reason: decision.intent === "reject" ? decision.reason : null,
          details: { from: row.status, to: change.status, ...note },
        })),
      );
    }
    return {
      changed: allowed.length,
      conflicts: conflicts.size,
      unchanged: reviewable.length - allowed.length + ids.length - rows.length,
    };
  });
}

/** Adds or removes one theme of the submission's own consultation, on one or many submissions. */
export async function setTheme(
  moderator: Moderator,
  consultationId: string,
  ids: string[],
  themeKey: string,
  change: { add: true; source: "manual" | "suggested"; confidence?: number } | { add: false },
): Promise<ActionOutcome | { error: "review.themeUnknown" }> {
  return (await db()).transaction(async (tx) => {
    const [theme] = await tx
      .select({ id: themes.id })
      .from(themes)
      .where(and(eq(themes.consultationId, consultationId), eq(themes.key, themeKey)))
      .limit(1);
    if (!theme) return { error: "review.themeUnknown" as const };
    const rows = await tx
      .select({ id: submissions.id })
      .from(submissions)
      .where(and(eq(submissions.consultationId, consultationId), isAnyOf(submissions.id, ids)));
    const conflicts = await conflictsOf(
      tx,
      moderator.id,
      rows.map((r) => r.id),
    );
    const reviewable = rows.filter((row) => !conflicts.has(row.id)).map((row) => row.id);
    // Only the rows really inserted or deleted are changes: the others already were as asked.
    const affected = change.add
      ? await queryRows<{ id: string }>(
          tx,
          sql`insert into ${submissionThemes} (submission_id, theme_id, source, confidence, added_by)
              select submission_id, ${theme.id}, ${change.source}, ${change.confidence ?? null}, ${moderator.id}
              from unnest(${sql.param(reviewable)}::uuid[]) as submission_id
              on conflict do nothing
              returning submission_id as id`,
        )
      : await tx
          .delete(submissionThemes)
          .where(and(isAnyOf(submissionThemes.submissionId, reviewable), eq(submissionThemes.themeId, theme.id)))
          .returning({ id: submissionThemes.submissionId });
    await recordAuditEvents(
      tx,
      affected.map((row) => ({
        actorId: moderator.id,
        action: change.add ? "submission.tagged" : "submission.untagged",
        subjectType: "submission",
        subjectId: row.id,
        details: {
          theme: themeKey,
          ...(change.add ? { source: change.source, confidence: change.confidence ?? null } : {}),
        },
      })),
    );
    return {
      changed: affected.length,
      conflicts: conflicts.size,
      unchanged: reviewable.length - affected.length + ids.length - rows.length,
    };
  });
}

export async function addNote(
  moderator: Moderator,
  consultationId: string,
  submissionId: string,
  body: string,
): Promise<boolean> {
  return (await db()).transaction(async (tx) => {
    const [row] = await tx
      .select({ id: submissions.id })
      .from(submissions)
      .where(and(eq(submissions.id, submissionId), eq(submissions.consultationId, consultationId)))
      .limit(1);
    if (!row) return false;
    await tx.insert(moderationNotes).values({ submissionId, authorId: moderator.id, body });
    await recordAudit(tx, {
      actorId: moderator.id,
      action: "submission.note_added",
      subjectType: "submission",
      subjectId: submissionId,
    });
    return true;
  });
}

/** Everything the working group sees of one submission. */
export async function reviewSubmission(consultationId: string, reference: string, moderatorId: string) {
  const database = await db();
  const [row] = await database
    .select({
      submission: submissions,
      authorName: users.name,
      authorEmail: users.email,
      organisationName: organisations.name,
      organisationType: organisations.type,
      country: organisations.country,
      sectionNumber: sections.number,
      sectionHeadingEn: sections.headingEn,
      sectionHeadingId: sections.headingId,
      sectionBodyEn: sections.bodyEn,
      sectionBodyId: sections.bodyId,
      attachmentName: attachments.fileName,
      attachmentSize: attachments.byteSize,
    })
    .from(submissions)
    .innerJoin(users, eq(users.id, submissions.authorId))
    .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
    .leftJoin(sections, eq(sections.id, submissions.sectionId))
    .leftJoin(attachments, eq(attachments.id, submissions.attachmentId))
    .where(and(eq(submissions.consultationId, consultationId), eq(submissions.reference, reference)))
    .limit(1);
  if (!row) return null;
  const id = row.submission.id;
  const [tags, allThemes, notes, events, revisions, otherInput, conflict, group] = await Promise.all([
    database
      .select({
        key: themes.key,
        source: submissionThemes.source,
        confidence: submissionThemes.confidence,
        addedBy: users.name,
      })
      .from(submissionThemes)
      .innerJoin(themes, eq(themes.id, submissionThemes.themeId))
      .leftJoin(users, eq(users.id, submissionThemes.addedBy))
      .where(eq(submissionThemes.submissionId, id))
      .orderBy(asc(themes.position)),
    database
      .select({ key: themes.key, labelEn: themes.labelEn, labelId: themes.labelId })
      .from(themes)
      .where(eq(themes.consultationId, consultationId))
      .orderBy(asc(themes.position)),
    database
      .select({ body: moderationNotes.body, createdAt: moderationNotes.createdAt, author: users.name })
      .from(moderationNotes)
      .innerJoin(users, eq(users.id, moderationNotes.authorId))
      .where(eq(moderationNotes.submissionId, id))
      .orderBy(asc(moderationNotes.createdAt)),
    database
      .select({
        action: auditEvents.action,
        occurredAt: auditEvents.occurredAt,
        reason: auditEvents.reason,
        actor: users.name,
        details: auditEvents.details,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(and(eq(auditEvents.subjectType, "submission"), eq(auditEvents.subjectId, id)))
      .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.id)),
    database
      .select({ body: submissionRevisions.body, replacedAt: submissionRevisions.replacedAt })
      .from(submissionRevisions)
      .where(eq(submissionRevisions.submissionId, id))
      .orderBy(desc(submissionRevisions.replacedAt)),
    database
      .select({ reference: submissions.reference, status: submissions.status, kind: submissions.kind })
      .from(submissions)
      .where(
        and(
          eq(submissions.consultationId, consultationId),
          eq(submissions.authorId, row.submission.authorId),
          ne(submissions.id, id),
        ),
      )
      .orderBy(desc(submissions.createdAt))
      .limit(20),
    hasConflict(moderatorId, id),
    groupMembers(database, row.submission),
  ]);
  return { ...row, tags, allThemes, notes, events, revisions, otherInput, conflict, group };
}

/** The file of a submission, for the working group to download. */
export async function submissionAttachment(consultationId: string, reference: string) {
  const [row] = await (await db())
    .select({ fileName: attachments.fileName, kind: attachments.kind, content: attachments.content })
    .from(submissions)
    .innerJoin(attachments, eq(attachments.id, submissions.attachmentId))
    .where(and(eq(submissions.consultationId, consultationId), eq(submissions.reference, reference)))
    .limit(1);
  return row ?? null;
}
