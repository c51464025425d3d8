import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { db, schema, type Transaction } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { ok, type Result, refuse } from "~/result";
import type { AmendmentDecisionKind, AmendmentFilter } from "./amendments";

const { amendmentDecisions, consultations, documentVersions, organisations, sections, submissions } = schema;
const { versionAmendmentOutcomes } = schema;

export type Secretariat = { id: string };

/** A consultation as the amendments page needs it (in any phase), with its current sections and their switches. */
export async function consultationForAmendments(slug: string) {
  const database = await db();
  const [consultation] = await database
    .select({
      id: consultations.id,
      slug: consultations.slug,
      titleEn: consultations.titleEn,
      titleId: consultations.titleId,
      timeZone: consultations.timeZone,
      amendmentsOpen: consultations.amendmentsOpen,
    })
    .from(consultations)
    .where(eq(consultations.slug, slug))
    .limit(1);
  if (!consultation) return null;
  const sectionRows = await database
    .select({
      number: sections.number,
      headingEn: sections.headingEn,
      headingId: sections.headingId,
      amendmentsOpen: sections.amendmentsOpen,
    })
    .from(sections)
    .innerJoin(documentVersions, eq(documentVersions.id, sections.versionId))
    .where(and(eq(documentVersions.consultationId, consultation.id), eq(documentVersions.isCurrent, true)))
    .orderBy(asc(sections.position));
  return { consultation, sections: sectionRows };
}

function stateCondition(state: AmendmentFilter["state"]) {
  if (state === "all") return undefined;
  if (state === "undecided") return isNull(amendmentDecisions.submissionId);
  return eq(amendmentDecisions.decision, state);
}

/**
 * The consultation's approved amendments the filter asks for, in the document's order: the text
 * they replace and propose, the author's organisation as the working group sees it (whatever the
 * author's consent for the public), and the secretariat's answer if given.
 */
export async function listAmendments(consultationId: string, filter: AmendmentFilter) {
  return (await db())
    .select({
      reference: submissions.reference,
      language: submissions.language,
      body: submissions.body,
      quotedPassage: submissions.quotedPassage,
      proposedText: sql<string>`coalesce(${submissions.proposedText}, '')`,
      sectionNumber: sections.number,
      sectionBodyEn: sections.bodyEn,
      sectionBodyId: sections.bodyId,
      organisationName: organisations.name,
      organisationType: organisations.type,
      organisationCountry: organisations.country,
      decision: amendmentDecisions.decision,
      reason: amendmentDecisions.reason,
      decidedAt: amendmentDecisions.decidedAt,
    })
    .from(submissions)
    .innerJoin(sections, eq(sections.id, submissions.sectionId))
    .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
    .leftJoin(amendmentDecisions, eq(amendmentDecisions.submissionId, submissions.id))
    .where(
      and(
        eq(submissions.consultationId, consultationId),
        eq(submissions.kind, "amendment"),
        eq(submissions.status, "approved"),
        filter.section ? eq(sections.number, filter.section) : undefined,
        stateCondition(filter.state),
      ),
    )
    .orderBy(asc(sections.position), asc(submissions.createdAt), asc(submissions.id));
}
export type ListedAmendment = Awaited<ReturnType<typeof listAmendments>>[number];

/**
 * The secretariat answers one approved amendment: accepted (a reason optional) or rejected (a
 * reason required, checked by the form's schema), once. The answer and its audit event land in
 * one transaction; a second answer changes nothing and says the first was given.
 */
export async function decideAmendment(
  secretariat: Secretariat,
  consultationId: string,
  answer: { reference: string; decision: AmendmentDecisionKind; reason: string | null },
  now = new Date(),
): Promise<Result> {
  return (await db()).transaction(async (tx) => {
    // Shared with other answers, exclusive of drafting a version (which locks the row for update):
    // an acceptance is either seen by the drafting or sees the version being drafted.
    await tx
      .select({ id: consultations.id })
      .from(consultations)
      .where(eq(consultations.id, consultationId))
      .for("share");
    // Locked, so a moderator cannot undo the approval between this check and the answer.
    const [amendment] = await tx
      .select({ id: submissions.id, status: submissions.status })
      .from(submissions)
      .where(
        and(
          eq(submissions.consultationId, consultationId),
          eq(submissions.reference, answer.reference),
          eq(submissions.kind, "amendment"),
        ),
      )
      .for("update")
      .limit(1);
    if (!amendment) return refuse("amendments:errors.unknown");
    if (amendment.status !== "approved") return refuse("amendments:errors.notApproved");
    const stored = await tx
      .insert(amendmentDecisions)
      .values({
        submissionId: amendment.id,
        decision: answer.decision,
        reason: answer.reason,
        decidedBy: secretariat.id,
        decidedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: amendmentDecisions.submissionId });
    if (stored.length === 0) return refuse("amendments:errors.alreadyDecided");
    if (answer.decision === "accepted") await awaitInVersionBeingDrafted(tx, amendment.id, now);
    await recordAudit(tx, {
      actorId: secretariat.id,
      action: `amendment.${answer.decision}`,
      subjectType: "submission",
      subjectId: amendment.id,
      reason: answer.reason,
    });
    return ok();
  });
}

/**
 * An amendment accepted after the next version was drafted from its version was not applied there:
 * it is listed on that draft as a conflict, so publishing waits until the secretariat settles it.
 */
async function awaitInVersionBeingDrafted(tx: Transaction, submissionId: string, now: Date) {
  await tx.execute(sql`
    insert into ${versionAmendmentOutcomes} (submission_id, version_id, outcome, conflict, updated_at)
    select ${submissions.id}, ${documentVersions.id}, 'conflict', 'acceptedAfterDrafting', ${now.toISOString()}::timestamptz
    from ${submissions}
    join ${sections} on ${sections.id} = ${submissions.sectionId}
    join ${documentVersions} on ${documentVersions.basedOnVersionId} = ${sections.versionId}
      and ${documentVersions.status} = 'drafting'
    where ${submissions.id} = ${submissionId}
    on conflict do nothing`);
}

/**
 * Switches amendments on or off for the whole consultation (`section` null) or one section of its
 * current version, with its audit event. Amendments already sent are not touched.
 */
export async function setAmendmentsOpen(
  secretariat: Secretariat,
  consultationId: string,
  change: { section: string | null; open: boolean },
): Promise<Result> {
  return (await db()).transaction(async (tx) => {
    const { section, open } = change;
    const changed = section
      ? await tx
          .update(sections)
          .set({ amendmentsOpen: open })
          .where(
            and(
              eq(sections.number, section),
              sql`${sections.versionId} = (select ${documentVersions.id} from ${documentVersions}
                where ${documentVersions.consultationId} = ${consultationId} and ${documentVersions.isCurrent})`,
            ),
          )
          .returning({ id: sections.id })
      : await tx
          .update(consultations)
          .set({ amendmentsOpen: open })
          .where(eq(consultations.id, consultationId))
          .returning({ id: consultations.id });
    if (changed.length === 0) return refuse("amendments:errors.unknownSection");
    await recordAudit(tx, {
      actorId: secretariat.id,
      action: open ? "consultation.amendments_opened" : "consultation.amendments_closed",
      subjectType: "consultation",
      subjectId: consultationId,
      details: section ? { section } : {},
    });
    return ok();
  });
}
