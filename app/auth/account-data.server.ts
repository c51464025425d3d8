// "Download my data" (issue 15, item 6): everything the app holds about one person, as they may
// read it, in one JSON file. The shape is versioned and described in decision 036; a new field is
// added without changing what the old ones mean, and a change of meaning is a new version.
import { asc, eq } from "drizzle-orm";
import { db, schema } from "#db/client.server";
import type {
  Consent,
  CountryCode,
  Language,
  OrganisationType,
  RejectionReason,
  Role,
  Stance,
  SubmissionKind,
  SubmissionLanguage,
  SubmissionStatus,
} from "#db/schema/values";
import { mailTo } from "~/notifications/personal.server";

const {
  amendmentDecisions,
  attachments,
  consultations,
  organisationMembers,
  organisations,
  sections,
  submissionRevisions,
  submissions,
  users,
} = schema;

export const ACCOUNT_DATA_FORMAT = "masukan-account-data";
export const ACCOUNT_DATA_VERSION = 1;

type Revision = {
  replacedAt: Date;
  kind: SubmissionKind;
  stance: Stance;
  language: SubmissionLanguage;
  consent: Consent;
  body: string;
  quotedPassage: string | null;
  proposedText: string | null;
};

export type AccountData = {
  format: typeof ACCOUNT_DATA_FORMAT;
  version: typeof ACCOUNT_DATA_VERSION;
  exportedAt: Date;
  account: {
    name: string;
    email: string;
    preferredLanguage: Language;
    role: Role;
    individualExpert: boolean;
    createdAt: Date;
  };
  organisations: {
    name: string;
    type: OrganisationType;
    country: CountryCode;
    website: string | null;
    joinedAt: Date;
  }[];
  submissions: (Omit<Revision, "replacedAt"> & {
    reference: string;
    consultation: { slug: string; titleEn: string; titleId: string };
    /** Null for input on the whole draft. */
    section: string | null;
    /** The organisation it was sent on behalf of; null when sent as an individual expert. */
    onBehalfOf: string | null;
    sentAt: Date;
    updatedAt: Date;
    status: SubmissionStatus;
    /** The working group's decision as the author reads it under "My input". */
    decision: { decidedAt: Date | null; rejectionReason: RejectionReason | null; note: string | null };
    withdrawnAt: Date | null;
    /** The secretariat's answer to an approved amendment, once given. */
    amendmentAnswer: { answer: "accepted" | "rejected"; reason: string | null; answeredAt: Date } | null;
    /** The file's description; the file itself is not in the download. */
    attachment: { fileName: string; kind: string; byteSize: number; uploadedAt: Date } | null;
    /** Earlier versions the author replaced by editing, oldest first. */
    revisions: Revision[];
  })[];
  /** The e-mails the app queued for the person, oldest first: what each was about, and whether it went. */
  notifications: Awaited<ReturnType<typeof mailTo>>;
};

/** The person's data, or null for an account that does not exist (or no longer does). */
export async function accountData(userId: string, now: Date = new Date()): Promise<AccountData | null> {
  const database = await db();
  const [account] = await database
    .select({
      name: users.name,
      email: users.email,
      preferredLanguage: users.preferredLanguage,
      role: users.role,
      individualExpert: users.individualExpert,
      createdAt: users.createdAt,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!account || account.deletedAt) return null;
  const { deletedAt: _, ...person } = account;

  const [memberships, sent, revisions, notifications] = await Promise.all([
    database
      .select({
        name: organisations.name,
        type: organisations.type,
        country: organisations.country,
        website: organisations.website,
        joinedAt: organisationMembers.joinedAt,
      })
      .from(organisationMembers)
      .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
      .where(eq(organisationMembers.userId, userId))
      .orderBy(asc(organisations.name)),
    ownSubmissions(userId),
    database
      .select({
        submissionId: submissionRevisions.submissionId,
        replacedAt: submissionRevisions.replacedAt,
        kind: submissionRevisions.kind,
        stance: submissionRevisions.stance,
        language: submissionRevisions.language,
        consent: submissionRevisions.consent,
        body: submissionRevisions.body,
        quotedPassage: submissionRevisions.quotedPassage,
        proposedText: submissionRevisions.proposedText,
      })
      .from(submissionRevisions)
      .innerJoin(submissions, eq(submissions.id, submissionRevisions.submissionId))
      .where(eq(submissions.authorId, userId))
      .orderBy(asc(submissionRevisions.replacedAt), asc(submissionRevisions.id)),
    mailTo(database, userId),
  ]);

  const revisionsOf = new Map<string, Revision[]>();
  for (const { submissionId, ...revision } of revisions) {
    revisionsOf.set(submissionId, [...(revisionsOf.get(submissionId) ?? []), revision]);
  }
  return {
    format: ACCOUNT_DATA_FORMAT,
    version: ACCOUNT_DATA_VERSION,
    exportedAt: now,
    account: person,
    organisations: memberships,
    submissions: sent.map(({ id, ...submission }) => ({ ...submission, revisions: revisionsOf.get(id) ?? [] })),
    notifications,
  };
}

/** Every submission of the author, oldest first, with its decision, answer and file description. */
async function ownSubmissions(authorId: string) {
  const rows = await (await db())
    .select({
      id: submissions.id,
      reference: submissions.reference,
      slug: consultations.slug,
      titleEn: consultations.titleEn,
      titleId: consultations.titleId,
      section: sections.number,
      onBehalfOf: organisations.name,
      kind: submissions.kind,
      stance: submissions.stance,
      language: submissions.language,
      consent: submissions.consent,
      body: submissions.body,
      quotedPassage: submissions.quotedPassage,
      proposedText: submissions.proposedText,
      sentAt: submissions.createdAt,
      updatedAt: submissions.updatedAt,
      status: submissions.status,
      decidedAt: submissions.decidedAt,
      rejectionReason: submissions.rejectionReason,
      decisionNote: submissions.decisionNote,
      withdrawnAt: submissions.withdrawnAt,
      answer: amendmentDecisions.decision,
      answerReason: amendmentDecisions.reason,
      answeredAt: amendmentDecisions.decidedAt,
      fileName: attachments.fileName,
      fileKind: attachments.kind,
      fileSize: attachments.byteSize,
      uploadedAt: attachments.uploadedAt,
    })
    .from(submissions)
    .innerJoin(consultations, eq(consultations.id, submissions.consultationId))
    .leftJoin(sections, eq(sections.id, submissions.sectionId))
    .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
    .leftJoin(amendmentDecisions, eq(amendmentDecisions.submissionId, submissions.id))
    .leftJoin(attachments, eq(attachments.id, submissions.attachmentId))
    .where(eq(submissions.authorId, authorId))
    .orderBy(asc(submissions.createdAt), asc(submissions.id));
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    consultation: { slug: row.slug, titleEn: row.titleEn, titleId: row.titleId },
    section: row.section,
    onBehalfOf: row.onBehalfOf,
    kind: row.kind,
    stance: row.stance,
    language: row.language,
    consent: row.consent,
    body: row.body,
    quotedPassage: row.quotedPassage,
    proposedText: row.proposedText,
    sentAt: row.sentAt,
    updatedAt: row.updatedAt,
    status: row.status,
    decision: { decidedAt: row.decidedAt, rejectionReason: row.rejectionReason, note: row.decisionNote },
    withdrawnAt: row.withdrawnAt,
    amendmentAnswer:
      row.answer && row.answeredAt
        ? { answer: row.answer, reason: row.answerReason, answeredAt: row.answeredAt }
        : null,
    attachment:
      row.fileName && row.fileKind && row.fileSize !== null && row.uploadedAt
        ? { fileName: row.fileName, kind: row.fileKind, byteSize: row.fileSize, uploadedAt: row.uploadedAt }
        : null,
  }));
}

/** The download's file name, dated so two downloads on different days do not overwrite each other. */
export function accountDataFileName(now: Date): string {
  return `masukan-my-data-${now.toISOString().slice(0, 10)}.json`;
}
