import { and, desc, eq } from "drizzle-orm";
import { db, type Executor, schema } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { effectivePhase } from "~/consultations/phase";
import { whereTextIsNow } from "~/consultations/version-history.server";
import { queueNearDuplicateFiling } from "~/duplicates/duplicates.server";
import { nudgeNearDuplicateFiler } from "~/duplicates/filer.server";
import { signature } from "~/duplicates/minhash";
import { ok, type Result, refuse } from "~/result";
import { findOwnAttachment, forgetUnsentAttachment } from "./attachments.server";
import { type Author, checkAuthorRights } from "./rights.server";
import type { SubmissionData, SubmissionLanguage } from "./schema";

const { amendmentDecisions, consultations, documentVersions, sections, submissions, submissionRevisions } = schema;

const ownColumns = {
  id: submissions.id,
  reference: submissions.reference,
  kind: submissions.kind,
  stance: submissions.stance,
  status: submissions.status,
  body: submissions.body,
  quotedPassage: submissions.quotedPassage,
  proposedText: submissions.proposedText,
  language: submissions.language,
  consent: submissions.consent,
  organisationId: submissions.organisationId,
  rejectionReason: submissions.rejectionReason,
  decisionNote: submissions.decisionNote,
  createdAt: submissions.createdAt,
  updatedAt: submissions.updatedAt,
  idempotencyKey: submissions.idempotencyKey,
  attachmentId: submissions.attachmentId,
  consultationSlug: consultations.slug,
  consultationTitleEn: consultations.titleEn,
  consultationTitleId: consultations.titleId,
  consultationPhase: consultations.phase,
  opensAt: consultations.opensAt,
  closesAt: consultations.closesAt,
  timeZone: consultations.timeZone,
  sectionId: submissions.sectionId,
  // Input stays on the version it was written on (decision 033).
  versionLabel: documentVersions.label,
  sectionNumber: sections.number,
  sectionHeadingEn: sections.headingEn,
  sectionHeadingId: sections.headingId,
  // The secretariat's answer to an approved amendment, once given.
  amendmentDecision: amendmentDecisions.decision,
  amendmentReason: amendmentDecisions.reason,
};

/** Input with the consultation and section it is on, as its author reads it. */
function selectOwn(executor: Executor) {
  return executor
    .select(ownColumns)
    .from(submissions)
    .innerJoin(consultations, eq(consultations.id, submissions.consultationId))
    .leftJoin(sections, eq(sections.id, submissions.sectionId))
    .leftJoin(documentVersions, eq(documentVersions.id, sections.versionId))
    .leftJoin(amendmentDecisions, eq(amendmentDecisions.submissionId, submissions.id));
}

/** Every submission of one author, newest first: the "My input" page. */
export async function listOwnSubmissions(authorId: string) {
  return selectOwn(await db())
    .where(eq(submissions.authorId, authorId))
    .orderBy(desc(submissions.createdAt));
}

/** One submission, only if it belongs to this author (a forgotten check cannot leak another's). */
export async function findOwnSubmission(authorId: string, reference: string) {
  const database = await db();
  const [row] = await selectOwn(database)
    .where(and(eq(submissions.authorId, authorId), eq(submissions.reference, reference)))
    .limit(1);
  if (!row) return null;
  const [revisions, attachment, textNow] = await Promise.all([
    database
      .select({ body: submissionRevisions.body, replacedAt: submissionRevisions.replacedAt })
      .from(submissionRevisions)
      .where(eq(submissionRevisions.submissionId, row.id))
      .orderBy(desc(submissionRevisions.replacedAt)),
    row.attachmentId ? findOwnAttachment(authorId, row.attachmentId) : null,
    row.sectionId ? whereTextIsNow(row.sectionId) : null,
  ]);
  return { ...row, revisions, attachment, textNow };
}
export type OwnSubmission = NonNullable<Awaited<ReturnType<typeof findOwnSubmission>>>;

/** Whether the author may still change or withdraw it: pending, and the consultation still open. */
export function isChangeable(
  submission: Pick<OwnSubmission, "status" | "consultationPhase" | "opensAt" | "closesAt">,
  now: Date,
) {
  return (
    submission.status === "pending" &&
    effectivePhase(
      { phase: submission.consultationPhase, opensAt: submission.opensAt, closesAt: submission.closesAt },
      now,
    ) === "open"
  );
}

async function lockOwnChangeable(executor: Executor, authorId: string, reference: string, now: Date) {
  const [row] = await executor
    .select({ submission: submissions, consultation: consultations })
    .from(submissions)
    .innerJoin(consultations, eq(consultations.id, submissions.consultationId))
    .where(and(eq(submissions.authorId, authorId), eq(submissions.reference, reference)))
    .for("update", { of: submissions })
    .limit(1);
  if (!row) return refuse("validation.submissionUnknown");
  if (effectivePhase(row.consultation, now) !== "open") return refuse("validation.consultationClosed");
  if (row.submission.status !== "pending") return refuse("validation.submissionNotPending");
  return ok(row);
}

/** The author rewrites pending input; the text it replaces is kept in its history. */
export async function editOwnSubmission(
  author: Author,
  reference: string,
  data: SubmissionData & { language: SubmissionLanguage },
  now: Date = new Date(),
): Promise<Result> {
  const edited = await (await db()).transaction(async (tx) => {
    const locked = await lockOwnChangeable(tx, author.id, reference, now);
    if (!locked.ok) return locked;
    const { submission, consultation } = locked.value;
    const rights = await checkAuthorRights(tx, author, { consultation, section: null, phase: "open" }, data);
    if (!rights.ok) return rights;
    await tx.insert(submissionRevisions).values({
      submissionId: submission.id,
      kind: submission.kind,
      stance: submission.stance,
      body: submission.body,
      quotedPassage: submission.quotedPassage,
      proposedText: submission.proposedText,
      language: submission.language,
      consent: submission.consent,
      replacedAt: now,
    });
    await tx
      .update(submissions)
      .set({
        stance: data.stance,
        body: data.body,
        quotedPassage: submission.kind === "general" ? null : (data.quotedPassage ?? null),
        proposedText: submission.kind === "amendment" ? (data.proposedText ?? submission.proposedText) : null,
        language: data.language,
        consent: data.consent,
        organisationId: rights.value.organisationId,
        attachmentId: data.attachmentId ?? null,
        minhash: signature(data.body),
        updatedAt: now,
      })
      .where(eq(submissions.id, submission.id));
    await queueNearDuplicateFiling(tx, submission.id);
    const replacedFile = submission.attachmentId;
    if (replacedFile && replacedFile !== (data.attachmentId ?? null))
      await forgetUnsentAttachment(author.id, replacedFile, tx);
    await recordAudit(tx, {
      actorId: author.id,
      action: "submission.edited",
      subjectType: "submission",
      subjectId: submission.id,
    });
    return ok();
  });
  if (edited.ok) nudgeNearDuplicateFiler();
  return edited;
}

export async function withdrawOwnSubmission(
  author: Author,
  reference: string,
  now: Date = new Date(),
): Promise<Result> {
  return (await db()).transaction(async (tx) => {
    const locked = await lockOwnChangeable(tx, author.id, reference, now);
    if (!locked.ok) return locked;
    await tx
      .update(submissions)
      .set({ status: "withdrawn", withdrawnAt: now, updatedAt: now })
      .where(eq(submissions.id, locked.value.submission.id));
    await recordAudit(tx, {
      actorId: author.id,
      action: "submission.withdrawn",
      subjectType: "submission",
      subjectId: locked.value.submission.id,
    });
    return ok();
  });
}
