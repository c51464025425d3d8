import type { SerializeFrom } from "@remix-run/node";
import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import { db, schema } from "#db/client.server";
import { emailUnlessDeleted, nameUnlessDeleted } from "~/auth/deleted-accounts.server";
import { groupMembers } from "~/duplicates/duplicates.server";
import { replacedText, wordDiff } from "~/submissions/word-diff";
import { suggestionsFor, themeModelStatus } from "~/themes/suggestions.server";
import { hasConflict } from "./changes.server";
import { consultationNamed, type ReviewedConsultation } from "./reviewed.server";

const {
  submissions,
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

/** Everything the working group sees of one submission. */
export async function reviewSubmission(consultationId: string, reference: string, moderatorId: string) {
  const database = await db();
  const [row] = await database
    .select({
      submission: submissions,
      // Null once the author deleted their account: the page says so in the reader's language.
      authorName: nameUnlessDeleted,
      authorEmail: emailUnlessDeleted,
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
        addedBy: nameUnlessDeleted,
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
      .select({ body: moderationNotes.body, createdAt: moderationNotes.createdAt, author: nameUnlessDeleted })
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
        actorDeleted: sql<boolean>`${users.deletedAt} is not null`,
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

/**
 * One submission's review page: the submission as the working group sees it (without the section's
 * text, only its amendment's word diff, and never its idempotency key), the consultation's themes
 * and the themes suggested for it. Null when the consultation has no submission of that reference.
 */
export async function reviewSubmissionView(found: ReviewedConsultation, reference: string, moderatorId: string) {
  const detail = await reviewSubmission(found.consultation.id, reference, moderatorId);
  if (!detail) return null;
  const { sectionBodyEn, sectionBodyId, submission: whole, ...rest } = detail;
  const { idempotencyKey: _idempotencyKey, ...submission } = whole;
  const [{ suggestions, withheld }, model] = await Promise.all([
    suggestionsFor(found.consultation.id, submission.id),
    themeModelStatus(found.consultation.id),
  ]);
  const amended = submission.kind === "amendment" ? submission.proposedText : null;
  const sectionBody = { en: sectionBodyEn, id: sectionBodyId };
  return {
    suggestions,
    withheld,
    model,
    consultation: consultationNamed(found),
    themes: found.themes,
    detail: {
      ...rest,
      submission,
      diff: amended
        ? wordDiff(replacedText(submission.quotedPassage, sectionBody, submission.language), amended)
        : null,
    },
  };
}

/** What a submission's review page and its parts receive. */
export type SubmissionView = SerializeFrom<NonNullable<Awaited<ReturnType<typeof reviewSubmissionView>>>>;
export type SubmissionDetail = SubmissionView["detail"];

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
