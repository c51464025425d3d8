import { and, count, eq } from "drizzle-orm";
import { db, schema, type Transaction } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { ok, type Result, refuse } from "~/result";
import { mappingKinds, mappingProblems, pairsFromChoices } from "./section-mapping";
import {
  acceptedAmendmentsOn,
  sectionsOfVersion,
  type StoredVersion,
  storedPairs,
  versionsOf,
} from "./version-reads.server";
import { applyAmendments, nextVersionLabel } from "./versions";

// The secretariat's changes to the next version of a document (decision 033). Each is one
// transaction holding the consultation's row, so two admins cannot draft or publish at once,
// and each writes its audit event in that transaction.

const { consultations, documentVersions, sectionMappings, sections, submissions } = schema;
const { versionAmendmentOutcomes } = schema;

export type Secretariat = { id: string };
type Locked = { consultation: typeof consultations.$inferSelect; versions: StoredVersion[] };
type Drafting = Locked & { drafting: StoredVersion; base: StoredVersion };

async function lockConsultation(tx: Transaction, slug: string): Promise<Locked | null> {
  const [consultation] = await tx.select().from(consultations).where(eq(consultations.slug, slug)).for("update");
  if (!consultation) return null;
  return { consultation, versions: await versionsOf(tx, consultation.id) };
}

/** The skeleton of every change to the version being drafted: found, changed, audited, in one transaction. */
async function changeDrafting<T>(
  secretariat: Secretariat,
  slug: string,
  action: string,
  change: (tx: Transaction, found: Drafting) => Promise<Result<{ details: Record<string, unknown>; value: T }>>,
  reason: string | null = null,
): Promise<Result<T>> {
  return (await db()).transaction(async (tx) => {
    const locked = await lockConsultation(tx, slug);
    if (!locked) return refuse("versions:errors.unknownConsultation");
    const drafting = locked.versions.find((version) => version.status === "drafting");
    const base = locked.versions.find((version) => version.id === drafting?.basedOnVersionId);
    if (!drafting || !base) return refuse("versions:errors.noDraft");
    const changed = await change(tx, { ...locked, drafting, base });
    if (!changed.ok) return changed;
    await recordAudit(tx, {
      actorId: secretariat.id,
      action,
      subjectType: "document_version",
      subjectId: drafting.id,
      reason,
      details: { label: drafting.label, ...changed.value.details },
    });
    return ok(changed.value.value);
  });
}

/**
 * Starts the next version from the current one: its sections copied with the accepted amendments
 * applied where their passage still matches, what became of each amendment recorded (conflicts
 * for the secretariat to resolve), and each section mapped to its copy.
 */
export async function draftNewVersion(secretariat: Secretariat, slug: string, now = new Date()) {
  return (await db()).transaction(async (tx): Promise<Result<{ label: string }>> => {
    const locked = await lockConsultation(tx, slug);
    if (!locked) return refuse("versions:errors.unknownConsultation");
    if (locked.consultation.phase === "draft") return refuse("versions:errors.stillDraft");
    if (locked.versions.some((version) => version.status === "drafting"))
      return refuse("versions:errors.alreadyDrafting");
    const base = locked.versions.find((version) => version.isCurrent);
    if (!base) return refuse("versions:errors.noCurrent");
    const label = nextVersionLabel(
      base.label,
      locked.versions.map((version) => version.label),
    );
    const [version] = await tx
      .insert(documentVersions)
      .values({
        consultationId: locked.consultation.id,
        label,
        titleEn: base.titleEn,
        titleId: base.titleId,
        status: "drafting",
        basedOnVersionId: base.id,
        createdAt: now,
      })
      .returning({ id: documentVersions.id });
    if (!version) throw new Error("drafting the version returned no row");
    const previous = await sectionsOfVersion(tx, base.id);
    const applied = applyAmendments(previous, await acceptedAmendmentsOn(tx, base.id));
    const copies =
      applied.sections.length === 0
        ? []
        : await tx
            .insert(sections)
            .values(
              applied.sections.map(({ id: _id, ...section }, position) => ({
                ...section,
                versionId: version.id,
                position,
              })),
            )
            .returning({ id: sections.id, number: sections.number });
    if (applied.outcomes.length > 0)
      await tx
        .insert(versionAmendmentOutcomes)
        .values(applied.outcomes.map((outcome) => ({ ...outcome, versionId: version.id, updatedAt: now })));
    const copyOf = new Map(copies.map((copy) => [copy.number, copy.id]));
    const pairs = previous.map((section) => ({
      fromSectionId: section.id,
      toSectionId: copyOf.get(section.number) ?? null,
    }));
    await storeMapping(tx, version.id, pairs, previous, await sectionsOfVersion(tx, version.id));
    const conflicts = applied.outcomes.filter((outcome) => outcome.outcome === "conflict").length;
    await recordAudit(tx, {
      actorId: secretariat.id,
      action: "version.drafted",
      subjectType: "document_version",
      subjectId: version.id,
      details: { label, basedOn: base.label, applied: applied.outcomes.length - conflicts, conflicts },
    });
    return ok({ label });
  });
}

async function storeMapping(
  tx: Transaction,
  versionId: string,
  pairs: Parameters<typeof mappingKinds>[0],
  from: Parameters<typeof mappingKinds>[1],
  to: Parameters<typeof mappingKinds>[2],
) {
  await tx.delete(sectionMappings).where(eq(sectionMappings.versionId, versionId));
  const rows = mappingKinds(pairs, from, to).map((pair) => ({ ...pair, versionId }));
  if (rows.length > 0) await tx.insert(sectionMappings).values(rows);
}

/** The secretariat settles a conflicting amendment (by editing the text, or deciding against it), with a note. */
export function resolveConflict(secretariat: Secretariat, slug: string, reference: string, note: string) {
  return changeDrafting(
    secretariat,
    slug,
    "version.conflict_resolved",
    async (tx, { drafting }) => {
      const [submission] = await tx
        .select({ id: submissions.id })
        .from(submissions)
        .where(and(eq(submissions.reference, reference), eq(submissions.consultationId, drafting.consultationId)));
      if (!submission) return refuse("versions:errors.unknownAmendment");
      const resolved = await tx
        .update(versionAmendmentOutcomes)
        .set({ outcome: "resolved_by_admin", note, updatedAt: new Date() })
        .where(
          and(
            eq(versionAmendmentOutcomes.versionId, drafting.id),
            eq(versionAmendmentOutcomes.submissionId, submission.id),
            eq(versionAmendmentOutcomes.outcome, "conflict"),
          ),
        )
        .returning({ id: versionAmendmentOutcomes.submissionId });
      if (resolved.length === 0) return refuse("versions:errors.notAConflict");
      return ok({ details: { reference }, value: undefined });
    },
    note,
  );
}

/** Replaces the mapping with the secretariat's choices (per previous section: next sections, or removed). */
export function saveMapping(secretariat: Secretariat, slug: string, choices: Record<string, string[]>) {
  return changeDrafting(secretariat, slug, "version.mapping_saved", async (tx, { drafting, base }) => {
    const [from, to] = await Promise.all([sectionsOfVersion(tx, base.id), sectionsOfVersion(tx, drafting.id)]);
    const pairs = pairsFromChoices(choices, from, to);
    if (!pairs) return refuse("versions:errors.unknownSection");
    await storeMapping(tx, drafting.id, pairs, from, to);
    const problems = mappingProblems(pairs, from, { from: base.label, to: drafting.label });
    return ok({ details: { pairs: pairs.length, problems: problems.length }, value: undefined });
  });
}

export function saveChangelog(secretariat: Secretariat, slug: string, changelog: { en: string; id: string }) {
  return changeDrafting(secretariat, slug, "version.changelog_saved", async (tx, { drafting }) => {
    await tx
      .update(documentVersions)
      .set({ changelogEn: changelog.en, changelogId: changelog.id })
      .where(eq(documentVersions.id, drafting.id));
    return ok({ details: {}, value: undefined });
  });
}

/** Pauses input on the current version while the next one is drafted, or lets it in again. */
export async function setInputFrozen(secretariat: Secretariat, slug: string, frozen: boolean): Promise<Result> {
  return (await db()).transaction(async (tx) => {
    const locked = await lockConsultation(tx, slug);
    if (!locked) return refuse("versions:errors.unknownConsultation");
    if (frozen && !locked.versions.some((version) => version.status === "drafting"))
      return refuse("versions:errors.noDraft");
    await tx.update(consultations).set({ inputFrozen: frozen }).where(eq(consultations.id, locked.consultation.id));
    await recordAudit(tx, {
      actorId: secretariat.id,
      action: frozen ? "consultation.input_frozen" : "consultation.input_unfrozen",
      subjectType: "consultation",
      subjectId: locked.consultation.id,
    });
    return ok();
  });
}

/**
 * Publishes the drafted version: refused while a conflict is unresolved, a previous section is
 * unmapped or the changelog is missing in a language, before anything is written. Then it becomes
 * the current version, the mapping's kinds are worked out on the final texts, and input opens again.
 */
export function publishVersion(secretariat: Secretariat, slug: string, now = new Date()) {
  return changeDrafting(secretariat, slug, "version.published", async (tx, { consultation, drafting, base }) => {
    const [open] = await tx
      .select({ count: count() })
      .from(versionAmendmentOutcomes)
      .where(
        and(eq(versionAmendmentOutcomes.versionId, drafting.id), eq(versionAmendmentOutcomes.outcome, "conflict")),
      );
    if ((open?.count ?? 0) > 0) return refuse("versions:errors.conflictsOpen");
    const [from, to, pairs] = await Promise.all([
      sectionsOfVersion(tx, base.id),
      sectionsOfVersion(tx, drafting.id),
      storedPairs(tx, drafting.id),
    ]);
    if (mappingProblems(pairs, from, { from: base.label, to: drafting.label }).length > 0)
      return refuse("versions:errors.mappingIncomplete");
    if (!drafting.changelogEn || !drafting.changelogId) return refuse("versions:errors.changelogMissing");
    await tx
      .update(documentVersions)
      .set({ isCurrent: false })
      .where(and(eq(documentVersions.consultationId, consultation.id), eq(documentVersions.isCurrent, true)));
    await tx
      .update(documentVersions)
      .set({ status: "published", isCurrent: true, publishedAt: now })
      .where(eq(documentVersions.id, drafting.id));
    await storeMapping(tx, drafting.id, pairs, from, to);
    await tx.update(consultations).set({ inputFrozen: false }).where(eq(consultations.id, consultation.id));
    return ok({ details: { replaces: base.label }, value: { label: drafting.label } });
  });
}
