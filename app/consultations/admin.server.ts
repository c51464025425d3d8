import { and, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { db, type Executor, queryRows, schema, violatedUniqueConstraint } from "#db/client.server";
import { recordAudit, recordAuditEvents } from "~/audit/audit.server";
import { ok, type Result, refuse } from "~/result";
import type { ConsultationFields } from "./admin-schema";
import { type PhaseChange, planPhaseChange } from "./lifecycle";
import type { StoredPhase } from "./phase";

const { consultations, documentVersions } = schema;

export type Admin = { id: string };
export type AdminConsultation = typeof consultations.$inferSelect;

/** Every consultation, drafts included, the latest closing first: the secretariat's list. */
export async function listAllConsultations(): Promise<AdminConsultation[]> {
  return (await db()).select().from(consultations).orderBy(desc(consultations.closesAt));
}

export async function findConsultationForAdmin(slug: string): Promise<AdminConsultation | null> {
  const [row] = await (await db()).select().from(consultations).where(eq(consultations.slug, slug)).limit(1);
  return row ?? null;
}

const slugTaken = () => refuse("admin:validation.slugTaken", "slug");
// References are unique across consultations (ASCC-2026-0042 opens "My input"), so is their prefix.
const prefixTaken = () => refuse("admin:validation.prefixTaken", "referencePrefix");

/** The refusal for a slug or reference prefix another consultation already uses, if any. */
async function takenByAnother(executor: Executor, fields: ConsultationFields, exceptId?: string) {
  const others = await executor
    .select({ id: consultations.id, slug: consultations.slug, referencePrefix: consultations.referencePrefix })
    .from(consultations)
    .where(or(eq(consultations.slug, fields.slug), eq(consultations.referencePrefix, fields.referencePrefix)));
  const clashing = others.filter((other) => other.id !== exceptId);
  if (clashing.some((other) => other.slug === fields.slug)) return slugTaken();
  if (clashing.some((other) => other.referencePrefix === fields.referencePrefix)) return prefixTaken();
  return null;
}

/**
 * A thrown unique violation (two admins saving the same slug or prefix at once) is the same refusal
 * as the check before it; anything else still throws, and the transaction rolls back.
 */
async function refusingTakenNames<T>(run: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await run();
  } catch (error) {
    const constraint = violatedUniqueConstraint(error);
    if (constraint === "consultations_slug_unique") return slugTaken();
    if (constraint === "consultations_reference_prefix_unique") return prefixTaken();
    throw error;
  }
}

/** A new consultation in draft, with an empty current first version for its sections to go into. */
export async function createConsultation(
  admin: Admin,
  fields: ConsultationFields,
  now = new Date(),
): Promise<Result<{ slug: string }>> {
  return refusingTakenNames(async () =>
    (await db()).transaction(async (tx) => {
      const taken = await takenByAnother(tx, fields);
      if (taken) return taken;
      const [created] = await tx
        .insert(consultations)
        .values({ ...fields, phase: "draft", createdAt: now, updatedAt: now })
        .returning({ id: consultations.id });
      if (!created) throw new Error("creating the consultation returned no row");
      await tx.insert(documentVersions).values({
        consultationId: created.id,
        label: "1",
        titleEn: fields.titleEn,
        titleId: fields.titleId,
        isCurrent: true,
        createdAt: now,
      });
      await recordAudit(tx, {
        actorId: admin.id,
        action: "consultation.created",
        subjectType: "consultation",
        subjectId: created.id,
        details: { slug: fields.slug },
      });
      return ok({ slug: fields.slug });
    }),
  );
}

/** Saves the admin's form over the consultation; the audit event names the fields that changed. */
export async function updateConsultation(
  admin: Admin,
  slug: string,
  fields: ConsultationFields,
  now = new Date(),
): Promise<Result<{ slug: string }>> {
  return refusingTakenNames(async () =>
    (await db()).transaction(async (tx) => {
      const [current] = await tx.select().from(consultations).where(eq(consultations.slug, slug)).for("update");
      if (!current) return refuse("admin:validation.unknownConsultation");
      const taken = await takenByAnother(tx, fields, current.id);
      if (taken) return taken;
      const changed = (Object.keys(fields) as (keyof ConsultationFields)[]).filter(
        (key) => String(current[key]) !== String(fields[key]),
      );
      if (changed.length === 0) return ok({ slug });
      await tx
        .update(consultations)
        .set({ ...fields, updatedAt: now })
        .where(eq(consultations.id, current.id));
      await recordAudit(tx, {
        actorId: admin.id,
        action: "consultation.updated",
        subjectType: "consultation",
        subjectId: current.id,
        details: { changed },
      });
      return ok({ slug: fields.slug });
    }),
  );
}

/** Open now, close now, publish the results, or reopen: the rules of lifecycle.ts, applied under a lock. */
export async function changePhase(
  admin: Admin,
  slug: string,
  change: PhaseChange,
  { confirmed, now = new Date() }: { confirmed: boolean; now?: Date },
): Promise<Result<{ phase: StoredPhase }>> {
  return (await db()).transaction(async (tx) => {
    const [current] = await tx.select().from(consultations).where(eq(consultations.slug, slug)).for("update");
    if (!current) return refuse("admin:validation.unknownConsultation");
    const planned = planPhaseChange(current, change, { now, confirmed });
    if (!planned.ok) return planned;
    await tx
      .update(consultations)
      .set({ ...planned.value, updatedAt: now })
      .where(eq(consultations.id, current.id));
    if (current.phase === "draft") await datePublishedVersions(tx, [current.id], now);
    await recordAudit(tx, {
      actorId: admin.id,
      action: "consultation.phase_changed",
      subjectType: "consultation",
      subjectId: current.id,
      details: { change, from: current.phase, to: planned.value.phase },
    });
    return ok({ phase: planned.value.phase });
  });
}

/** A draft's first version is published to readers when the consultation leaves its draft phase. */
async function datePublishedVersions(executor: Executor, consultationIds: string[], now: Date) {
  await executor
    .update(documentVersions)
    .set({ publishedAt: now })
    .where(
      and(
        inArray(documentVersions.consultationId, consultationIds),
        eq(documentVersions.status, "published"),
        isNull(documentVersions.publishedAt),
      ),
    );
}

type ClockMove = { id: string; slug: string; from: StoredPhase; to: StoredPhase };

/**
 * Moves every consultation whose time has come (lifecycle.ts `phaseByClock`, here as SQL): a
 * draft set to open automatically opens at its opening time, an open one closes at its closing
 * time. One conditional UPDATE with one audit event per move, in one transaction: rows another
 * server is moving are skipped, and a row already moved no longer matches, so running it twice or
 * on several servers moves each consultation once.
 */
export async function advancePhasesByClock(now = new Date()): Promise<ClockMove[]> {
  // Raw SQL gets the instant as text: postgres.js binds no Date outside drizzle's own columns.
  const at = sql`${now.toISOString()}::timestamptz`;
  return (await db()).transaction(async (tx) => {
    const due = sql`(${consultations.phase} = 'draft' and ${consultations.opensAutomatically} and ${consultations.opensAt} <= ${at})
      or (${consultations.phase} = 'open' and ${consultations.closesAt} <= ${at})`;
    const moved = await queryRows<ClockMove>(
      tx,
      sql`with due as (
            select ${consultations.id} as id, ${consultations.phase} as from_phase
            from ${consultations} where ${due}
            for update skip locked
          )
          update ${consultations} set
            phase = (case when ${consultations.closesAt} <= ${at} then 'closed' else 'open' end)::consultation_phase,
            updated_at = ${at}
          from due
          where ${consultations.id} = due.id and (${due})
          returning ${consultations.id} as id, ${consultations.slug} as slug, due.from_phase as "from", ${consultations.phase} as "to"`,
    );
    const opened = moved.filter((move) => move.from === "draft").map((move) => move.id);
    if (opened.length > 0) await datePublishedVersions(tx, opened, now);
    await recordAuditEvents(
      tx,
      moved.map((move) => ({
        actorId: null,
        action: "consultation.phase_changed",
        subjectType: "consultation",
        subjectId: move.id,
        details: { actor: "system", change: "clock", from: move.from, to: move.to },
      })),
    );
    return moved;
  });
}
