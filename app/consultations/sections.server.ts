import { and, asc, count, eq, gt, lt, desc, max } from "drizzle-orm";
import { db, schema, type Transaction } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { ok, refuse, type Result } from "~/result";
import { type EditedVersion, findEditedVersion } from "./import/imports.server";
import type { SectionForm } from "./section-form";

const { sections, submissions } = schema;
type Admin = { id: string };
type Place = { slug: string; label: string | null };

/** The version's sections in order, with how much input points at each (which may not be removed). */
export async function sectionsForEditing(versionId: string) {
  const database = await db();
  return database
    .select({
      id: sections.id,
      number: sections.number,
      headingEn: sections.headingEn,
      headingId: sections.headingId,
      bodyEn: sections.bodyEn,
      bodyId: sections.bodyId,
      input: count(submissions.id),
    })
    .from(sections)
    .leftJoin(submissions, eq(submissions.sectionId, sections.id))
    .where(eq(sections.versionId, versionId))
    .groupBy(sections.id)
    .orderBy(asc(sections.position));
}

/**
 * The skeleton of every edit: in one transaction, the version found and still editable, the
 * change, and its audit event. A number another section has is refused on the number field.
 */
async function editSections<T>(
  admin: Admin,
  place: Place,
  action: string,
  change: (
    tx: Transaction,
    edited: EditedVersion,
  ) => Promise<Result<{ subjectId: string; details: Record<string, unknown>; value: T }>>,
): Promise<Result<T>> {
  return (await db()).transaction(async (tx) => {
    const edited = await findEditedVersion(place.slug, place.label, tx);
    if (!edited) return refuse("imports:errors.unknownVersion");
    if (!edited.editable) return refuse("imports:errors.notEditable");
    const changed = await change(tx, edited);
    if (!changed.ok) return changed;
    await recordAudit(tx, {
      actorId: admin.id,
      action,
      subjectType: "section",
      subjectId: changed.value.subjectId,
      details: { versionId: edited.version.id, ...changed.value.details },
    });
    return ok(changed.value.value);
  });
}

async function numberTaken(tx: Transaction, versionId: string, number: string, except: string | null) {
  const rows = await tx
    .select({ id: sections.id })
    .from(sections)
    .where(and(eq(sections.versionId, versionId), eq(sections.number, number)));
  return rows.some((row) => row.id !== except);
}

function asColumns(form: SectionForm) {
  return {
    number: form.number,
    headingEn: form.headingEn || null,
    headingId: form.headingId || null,
    bodyEn: form.bodyEn || null,
    bodyId: form.bodyId || null,
  };
}

async function lockedSection(tx: Transaction, versionId: string, sectionId: string) {
  const [row] = await tx
    .select({ id: sections.id, number: sections.number, position: sections.position })
    .from(sections)
    .where(and(eq(sections.versionId, versionId), eq(sections.id, sectionId)))
    .for("update");
  return row ?? null;
}

export function saveSection(admin: Admin, place: Place, sectionId: string, form: SectionForm) {
  return editSections(admin, place, "section.edited", async (tx, edited) => {
    const section = await lockedSection(tx, edited.version.id, sectionId);
    if (!section) return refuse("imports:errors.unknownSection");
    if (await numberTaken(tx, edited.version.id, form.number, sectionId))
      return refuse("imports:errors.numberTaken", "number");
    await tx.update(sections).set(asColumns(form)).where(eq(sections.id, sectionId));
    return ok({ subjectId: sectionId, details: { from: section.number, number: form.number }, value: undefined });
  });
}

export function addSection(admin: Admin, place: Place, form: SectionForm) {
  return editSections(admin, place, "section.added", async (tx, edited) => {
    const versionId = edited.version.id;
    if (await numberTaken(tx, versionId, form.number, null)) return refuse("imports:errors.numberTaken", "number");
    const [last] = await tx
      .select({ position: max(sections.position) })
      .from(sections)
      .where(eq(sections.versionId, versionId));
    const [added] = await tx
      .insert(sections)
      .values({ ...asColumns(form), versionId, position: (last?.position ?? -1) + 1 })
      .returning({ id: sections.id });
    if (!added) throw new Error("the insert returned no row");
    return ok({ subjectId: added.id, details: { number: form.number }, value: undefined });
  });
}

export function removeSection(admin: Admin, place: Place, sectionId: string) {
  return editSections(admin, place, "section.removed", async (tx, edited) => {
    const section = await lockedSection(tx, edited.version.id, sectionId);
    if (!section) return refuse("imports:errors.unknownSection");
    const [input] = await tx.select({ count: count() }).from(submissions).where(eq(submissions.sectionId, sectionId));
    if ((input?.count ?? 0) > 0) return refuse("imports:errors.sectionHasInput");
    await tx.delete(sections).where(eq(sections.id, sectionId));
    return ok({ subjectId: sectionId, details: { number: section.number }, value: undefined });
  });
}

/** Swaps a section with its neighbour above or below; at the top or bottom nothing moves. */
export function moveSection(admin: Admin, place: Place, sectionId: string, direction: "up" | "down") {
  return editSections(admin, place, "section.moved", async (tx, edited) => {
    const versionId = edited.version.id;
    const section = await lockedSection(tx, versionId, sectionId);
    if (!section) return refuse("imports:errors.unknownSection");
    const [neighbour] = await tx
      .select({ id: sections.id, position: sections.position })
      .from(sections)
      .where(
        and(
          eq(sections.versionId, versionId),
          direction === "up" ? lt(sections.position, section.position) : gt(sections.position, section.position),
        ),
      )
      .orderBy(direction === "up" ? desc(sections.position) : asc(sections.position))
      .limit(1)
      .for("update");
    if (!neighbour) return refuse("imports:errors.cannotMove");
    // Positions are unique per version: one row steps aside while the other takes its place.
    await tx.update(sections).set({ position: -1 }).where(eq(sections.id, section.id));
    await tx.update(sections).set({ position: section.position }).where(eq(sections.id, neighbour.id));
    await tx.update(sections).set({ position: neighbour.position }).where(eq(sections.id, section.id));
    return ok({ subjectId: sectionId, details: { number: section.number, direction }, value: undefined });
  });
}
