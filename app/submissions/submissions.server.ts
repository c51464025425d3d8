import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { db, type Executor, schema } from "#db/client.server";
import { effectivePhase } from "~/consultations/phase";
import type { InputTarget } from "~/consultations/lookups.server";
import { recordAudit } from "~/audit/audit.server";
import { fileNearDuplicates } from "~/duplicates/duplicates.server";
import { detectAttachmentKind } from "./file-type";
import { allocateReference } from "./references.server";
import { INDIVIDUAL, type SubmissionData, type SubmissionLanguage } from "./schema";

const {
  consultations,
  sections,
  submissions,
  organisations,
  organisationMembers,
  attachments,
  submissionRevisions,
  users,
} = schema;

export type Author = { id: string; name: string };
type Failure = { ok: false; errors: Record<string, string>; status: number };

export async function organisationsOf(userId: string) {
  return (await db())
    .select({
      id: organisations.id,
      name: organisations.name,
      type: organisations.type,
      country: organisations.country,
    })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(asc(organisations.name));
}

export type StoredAttachment = { id: string; fileName: string; kind: string; byteSize: number };

/** Keeps an uploaded file, after checking by its content that it is a PDF, DOCX or ODT. */
export async function storeAttachment(
  ownerId: string,
  file: { name: string; bytes: Uint8Array },
): Promise<{ ok: true; attachment: StoredAttachment } | { ok: false; error: string }> {
  const kind = detectAttachmentKind(file.bytes);
  if (!kind) return { ok: false, error: "validation.attachmentType" };
  const fileName = file.name.replace(/[\\/\r\n"]/g, "_").slice(-200) || `attachment.${kind}`;
  const [row] = await (await db())
    .insert(attachments)
    .values({ ownerId, fileName, kind, byteSize: file.bytes.byteLength, content: Buffer.from(file.bytes) })
    .returning({
      id: attachments.id,
      fileName: attachments.fileName,
      kind: attachments.kind,
      byteSize: attachments.byteSize,
    });
  return { ok: true, attachment: row! };
}

export async function findOwnAttachment(ownerId: string, attachmentId: string): Promise<StoredAttachment | null> {
  const [row] = await (await db())
    .select({
      id: attachments.id,
      fileName: attachments.fileName,
      kind: attachments.kind,
      byteSize: attachments.byteSize,
    })
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.ownerId, ownerId)))
    .limit(1);
  return row ?? null;
}

/** The checks every write shares: the consultation takes input now, and the author may speak for whom they claim. */
async function checkAuthorRights(
  executor: Executor,
  author: Author,
  target: InputTarget,
  data: Pick<SubmissionData, "onBehalfOf" | "attachmentId">,
): Promise<Failure | { ok: true; organisationId: string | null }> {
  if (target.phase !== "open") return { ok: false, errors: { form: "validation.consultationClosed" }, status: 403 };
  let organisationId: string | null = null;
  if (data.onBehalfOf !== INDIVIDUAL) {
    const [membership] = await executor
      .select({ id: organisationMembers.organisationId })
      .from(organisationMembers)
      .where(and(eq(organisationMembers.userId, author.id), eq(organisationMembers.organisationId, data.onBehalfOf)))
      .limit(1);
    if (!membership) return { ok: false, errors: { onBehalfOf: "validation.onBehalfOfUnknown" }, status: 400 };
    organisationId = membership.id;
  }
  if (data.attachmentId) {
    const [owned] = await executor
      .select({ id: attachments.id })
      .from(attachments)
      .where(and(eq(attachments.id, data.attachmentId), eq(attachments.ownerId, author.id)))
      .limit(1);
    if (!owned) return { ok: false, errors: { attachment: "validation.attachmentUnknown" }, status: 400 };
  }
  return { ok: true, organisationId };
}

function targetMatches(target: InputTarget, data: SubmissionData): Failure | null {
  if (data.kind === "general" && target.section)
    return { ok: false, errors: { kind: "validation.generalNeedsNoSection" }, status: 400 };
  if (data.kind !== "general" && !target.section)
    return { ok: false, errors: { kind: "validation.sectionRequired" }, status: 400 };
  return null;
}

/**
 * Sends a contributor's input. Sending the same form twice (double click, resent request) stores
 * one submission: the idempotency key is unique per author, and the second call gets the first
 * call's reference back.
 */
export async function createSubmission(
  author: Author,
  target: InputTarget,
  data: SubmissionData & { language: SubmissionLanguage },
  now: Date = new Date(),
): Promise<{ ok: true; reference: string; duplicate: boolean } | Failure> {
  const mismatch = targetMatches(target, data);
  if (mismatch) return mismatch;
  const database = await db();
  const existing = await findByIdempotencyKey(database, author.id, data.idempotencyKey);
  if (existing) return { ok: true, reference: existing, duplicate: true };

  try {
    return await database.transaction(async (tx) => {
      const rights = await checkAuthorRights(tx, author, target, data);
      if (!rights.ok) return rights;
      const reference = await allocateReference(tx, target.consultation, now);
      const inserted = await tx
        .insert(submissions)
        .values({
          reference,
          consultationId: target.consultation.id,
          sectionId: target.section?.id ?? null,
          authorId: author.id,
          organisationId: rights.organisationId,
          kind: data.kind,
          stance: data.stance,
          body: data.body,
          quotedPassage: data.kind === "general" ? null : (data.quotedPassage ?? null),
          proposedText: data.kind === "amendment" ? (data.proposedText ?? null) : null,
          language: data.language,
          consent: data.consent,
          idempotencyKey: data.idempotencyKey,
          attachmentId: data.attachmentId ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: [submissions.authorId, submissions.idempotencyKey] })
        .returning({ id: submissions.id });
      if (inserted.length === 0) throw new DuplicateSend();
      await fileNearDuplicates(tx, { id: inserted[0]!.id, consultationId: target.consultation.id, text: data.body });
      return { ok: true as const, reference, duplicate: false };
    });
  } catch (error) {
    // Another request with the same key committed first; its number went back to the counter.
    if (error instanceof DuplicateSend) {
      const reference = await findByIdempotencyKey(database, author.id, data.idempotencyKey);
      if (reference) return { ok: true, reference, duplicate: true };
    }
    throw error;
  }
}

class DuplicateSend extends Error {}

async function findByIdempotencyKey(executor: Executor, authorId: string, key: string): Promise<string | null> {
  const [row] = await executor
    .select({ reference: submissions.reference })
    .from(submissions)
    .where(and(eq(submissions.authorId, authorId), eq(submissions.idempotencyKey, key)))
    .limit(1);
  return row?.reference ?? null;
}

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
  sectionNumber: sections.number,
  sectionHeadingEn: sections.headingEn,
  sectionHeadingId: sections.headingId,
};

/** Every submission of one author, newest first: the "My input" page. */
export async function listOwnSubmissions(authorId: string) {
  return (await db())
    .select(ownColumns)
    .from(submissions)
    .innerJoin(consultations, eq(consultations.id, submissions.consultationId))
    .leftJoin(sections, eq(sections.id, submissions.sectionId))
    .where(eq(submissions.authorId, authorId))
    .orderBy(desc(submissions.createdAt));
}

/** One submission, only if it belongs to this author (a forgotten check cannot leak another's). */
export async function findOwnSubmission(authorId: string, reference: string) {
  const database = await db();
  const [row] = await database
    .select(ownColumns)
    .from(submissions)
    .innerJoin(consultations, eq(consultations.id, submissions.consultationId))
    .leftJoin(sections, eq(sections.id, submissions.sectionId))
    .where(and(eq(submissions.authorId, authorId), eq(submissions.reference, reference)))
    .limit(1);
  if (!row) return null;
  const [revisions, attachment] = await Promise.all([
    database
      .select({ body: submissionRevisions.body, replacedAt: submissionRevisions.replacedAt })
      .from(submissionRevisions)
      .where(eq(submissionRevisions.submissionId, row.id))
      .orderBy(desc(submissionRevisions.replacedAt)),
    row.attachmentId ? findOwnAttachment(authorId, row.attachmentId) : null,
  ]);
  return { ...row, revisions, attachment };
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
  if (!row) return { ok: false as const, errors: { form: "validation.submissionUnknown" }, status: 404 };
  if (effectivePhase(row.consultation, now) !== "open") {
    return { ok: false as const, errors: { form: "validation.consultationClosed" }, status: 403 };
  }
  if (row.submission.status !== "pending") {
    return { ok: false as const, errors: { form: "validation.submissionNotPending" }, status: 409 };
  }
  return { ok: true as const, ...row };
}

/** The author rewrites pending input; the text it replaces is kept in its history. */
export async function editOwnSubmission(
  author: Author,
  reference: string,
  data: SubmissionData & { language: SubmissionLanguage },
  now: Date = new Date(),
): Promise<{ ok: true } | Failure> {
  return (await db()).transaction(async (tx) => {
    const locked = await lockOwnChangeable(tx, author.id, reference, now);
    if (!locked.ok) return locked;
    const { submission, consultation } = locked;
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
        organisationId: rights.organisationId,
        attachmentId: data.attachmentId ?? null,
        updatedAt: now,
      })
      .where(eq(submissions.id, submission.id));
    await fileNearDuplicates(tx, { id: submission.id, consultationId: consultation.id, text: data.body });
    await recordAudit(tx, {
      actorId: author.id,
      action: "submission.edited",
      subjectType: "submission",
      subjectId: submission.id,
    });
    return { ok: true as const };
  });
}

export async function withdrawOwnSubmission(
  author: Author,
  reference: string,
  now: Date = new Date(),
): Promise<{ ok: true } | Failure> {
  return (await db()).transaction(async (tx) => {
    const locked = await lockOwnChangeable(tx, author.id, reference, now);
    if (!locked.ok) return locked;
    await tx
      .update(submissions)
      .set({ status: "withdrawn", withdrawnAt: now, updatedAt: now })
      .where(eq(submissions.id, locked.submission.id));
    await recordAudit(tx, {
      actorId: author.id,
      action: "submission.withdrawn",
      subjectType: "submission",
      subjectId: locked.submission.id,
    });
    return { ok: true as const };
  });
}

export type PublishedInput = {
  reference: string;
  kind: string;
  stance: string;
  body: string;
  quotedPassage: string | null;
  proposedText: string | null;
  language: string;
  createdAt: Date;
  /** Shown only with public_named consent. */
  authorName: string | null;
  organisationName: string | null;
  /** Shown with public_named and public_anonymous consent. */
  organisationType: string | null;
  country: string | null;
  individualExpert: boolean;
};

/**
 * Approved input on a section as its authors allowed: named, anonymous (organisation type and
 * country only) or not at all. Private input is counted, never shown.
 */
export async function publishedInputForSection(sectionId: string) {
  const database = await db();
  const rows = await database
    .select({
      reference: submissions.reference,
      kind: submissions.kind,
      stance: submissions.stance,
      body: submissions.body,
      quotedPassage: submissions.quotedPassage,
      proposedText: submissions.proposedText,
      language: submissions.language,
      consent: submissions.consent,
      createdAt: submissions.createdAt,
      authorName: users.name,
      organisationName: organisations.name,
      organisationType: organisations.type,
      country: organisations.country,
    })
    .from(submissions)
    .innerJoin(users, eq(users.id, submissions.authorId))
    .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
    .where(and(eq(submissions.sectionId, sectionId), eq(submissions.status, "approved")))
    .orderBy(asc(submissions.createdAt));
  const stanceCounts: Record<string, number> = { support: 0, support_with_changes: 0, oppose: 0, neutral: 0 };
  for (const row of rows) stanceCounts[row.stance] = (stanceCounts[row.stance] ?? 0) + 1;
  const visible: PublishedInput[] = rows
    .filter((row) => row.consent !== "private")
    .map((row) => {
      const named = row.consent === "public_named";
      return {
        reference: row.reference,
        kind: row.kind,
        stance: row.stance,
        body: row.body,
        quotedPassage: row.quotedPassage,
        proposedText: row.proposedText,
        language: row.language,
        createdAt: row.createdAt,
        authorName: named ? row.authorName : null,
        organisationName: named ? row.organisationName : null,
        organisationType: row.organisationType,
        country: row.country,
        individualExpert: row.organisationType === null,
      };
    });
  return { total: rows.length, privateCount: rows.length - visible.length, stanceCounts, items: visible };
}

/** Removes uploads nobody sent within a day: the author chose a file, then never confirmed. */
export async function forgetUnsentAttachments(now: Date = new Date()): Promise<void> {
  const database = await db();
  const unsent = database
    .select({ id: attachments.id })
    .from(attachments)
    .leftJoin(submissions, eq(submissions.attachmentId, attachments.id))
    .where(
      and(
        isNull(submissions.id),
        sql`${attachments.uploadedAt} < ${new Date(now.getTime() - 86_400_000).toISOString()}`,
      ),
    );
  const ids = (await unsent).map((row) => row.id);
  if (ids.length > 0) await database.delete(attachments).where(inArray(attachments.id, ids));
}

/** What the input form needs to show: where the input goes, and whom the author may speak for. */
export async function inputFormPage(
  target: InputTarget,
  author: { id: string },
  form: { idempotencyKey: string; quote: string },
) {
  const { consultation, section } = target;
  return {
    consultation: {
      slug: consultation.slug,
      title: { en: consultation.titleEn, id: consultation.titleId },
      phase: target.phase,
      closesAt: consultation.closesAt.toISOString(),
      timeZone: consultation.timeZone,
    },
    section: section
      ? {
          number: section.number,
          heading: { en: section.headingEn, id: section.headingId },
          body: { en: section.bodyEn, id: section.bodyId },
        }
      : null,
    organisations: await organisationsOf(author.id),
    idempotencyKey: form.idempotencyKey,
    quote: form.quote,
    draftOwner: author.id,
  };
}
