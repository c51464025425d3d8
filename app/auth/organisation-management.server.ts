// Who speaks for an organisation (issue 15, item 2; decision 037): people who join an existing
// organisation wait until its manager (whoever registered it) or an admin confirms them; an admin
// verifies organisations and merges two records of one body. Each change is audited in its transaction.
import { and, asc, count, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { db, schema } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { ok, type Result, refuse } from "~/result";
import { hasRole, type Role } from "./roles";

const { organisations, organisationMembers, submissions, users } = schema;

export type Actor = { id: string; role: Role };

/** The organisations this person may confirm members of: those they manage, or every one for an admin. */
function managedBy(actor: Actor) {
  if (hasRole(actor.role, "admin")) return undefined;
  return sql`"organisations"."id" in (
    select m.organisation_id from organisation_members m
    where m.user_id = ${actor.id} and m.manages and m.confirmed_at is not null)`;
}

/** Whether the person manages at least one organisation (an admin manages all): the account page then links to them. */
export async function managesAnOrganisation(actor: Actor): Promise<boolean> {
  if (hasRole(actor.role, "admin")) return true;
  const [row] = await (await db())
    .select({ n: count() })
    .from(organisationMembers)
    .where(
      and(
        eq(organisationMembers.userId, actor.id),
        eq(organisationMembers.manages, true),
        isNotNull(organisationMembers.confirmedAt),
      ),
    );
  return (row?.n ?? 0) > 0;
}

/** People waiting to be confirmed in the organisations this person manages, oldest request first. */
export async function pendingMembers(actor: Actor) {
  return (await db())
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      joinedAt: organisationMembers.joinedAt,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationCountry: organisations.country,
    })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(and(isNull(organisationMembers.confirmedAt), managedBy(actor)))
    .orderBy(asc(organisationMembers.joinedAt), asc(users.name));
}
export type PendingMember = Awaited<ReturnType<typeof pendingMembers>>[number];

/**
 * Answers a request to join: confirmed, the person may send input on the organisation's behalf
 * from now on; declined, the request is gone and they go on sending input as an individual (they
 * may ask again). Only a pending request can be declined: a confirmed member stays one.
 */
export async function answerMembership(
  actor: Actor,
  membership: { organisationId: string; userId: string; answer: "confirm" | "decline" },
  now = new Date(),
): Promise<Result> {
  return (await db()).transaction(async (tx) => {
    const ofThisRequest = and(
      eq(organisationMembers.organisationId, membership.organisationId),
      eq(organisationMembers.userId, membership.userId),
    );
    const [request] = await tx
      .select({ confirmedAt: organisationMembers.confirmedAt })
      .from(organisationMembers)
      .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
      .where(and(ofThisRequest, managedBy(actor)))
      .for("update", { of: organisationMembers })
      .limit(1);
    // Someone who does not manage the organisation learns nothing about who asked to join it.
    if (!request) return refuse("people:errors.unknownMembership");
    if (membership.answer === "confirm") {
      if (request.confirmedAt) return ok();
      await tx.update(organisationMembers).set({ confirmedAt: now, confirmedBy: actor.id }).where(ofThisRequest);
    } else {
      if (request.confirmedAt) return refuse("people:errors.alreadyMember");
      await tx.delete(organisationMembers).where(ofThisRequest);
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: membership.answer === "confirm" ? "organisation.member_confirmed" : "organisation.member_declined",
      subjectType: "organisation",
      subjectId: membership.organisationId,
      details: { userId: membership.userId },
    });
    return ok();
  });
}

/** Every organisation, by name, with its members (confirmed and pending) and its input, for the admin's page. */
export async function organisationsForAdmin() {
  return (await db())
    .select({
      id: organisations.id,
      name: organisations.name,
      type: organisations.type,
      country: organisations.country,
      verifiedAt: organisations.verifiedAt,
      // Plain SQL with aliases: in a one-table query drizzle leaves columns unqualified, and in a
      // subquery an unqualified "id" would be the subquery's own.
      members: sql<number>`(select count(*)::int from organisation_members m
        where m.organisation_id = "organisations"."id" and m.confirmed_at is not null)`,
      pending: sql<number>`(select count(*)::int from organisation_members m
        where m.organisation_id = "organisations"."id" and m.confirmed_at is null)`,
      submissions: sql<number>`(select count(*)::int from submissions s where s.organisation_id = "organisations"."id")`,
    })
    .from(organisations)
    .orderBy(asc(organisations.name), asc(organisations.country));
}
export type AdminOrganisation = Awaited<ReturnType<typeof organisationsForAdmin>>[number];

/** Marks an organisation as checked by the secretariat, or takes the mark away. */
export async function setVerified(
  admin: { id: string },
  organisationId: string,
  verified: boolean,
  now = new Date(),
): Promise<Result> {
  return (await db()).transaction(async (tx) => {
    const [changed] = await tx
      .update(organisations)
      .set(verified ? { verifiedAt: now, verifiedBy: admin.id } : { verifiedAt: null, verifiedBy: null })
      .where(
        and(
          eq(organisations.id, organisationId),
          verified ? isNull(organisations.verifiedAt) : isNotNull(organisations.verifiedAt),
        ),
      )
      .returning({ id: organisations.id });
    if (!changed) {
      const [exists] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, organisationId));
      return exists ? ok() : refuse("people:errors.unknownOrganisation");
    }
    await recordAudit(tx, {
      actorId: admin.id,
      action: verified ? "organisation.verified" : "organisation.unverified",
      subjectType: "organisation",
      subjectId: organisationId,
    });
    return ok();
  });
}

/**
 * Merges two records of one organisation: `from`'s members and input move to `into`, and `from`
 * is removed. A person in both keeps one membership, confirmed and managing if either was.
 */
export async function mergeOrganisations(
  admin: { id: string },
  merge: { fromId: string; intoId: string },
): Promise<Result<{ membersMoved: number; submissionsMoved: number }>> {
  if (merge.fromId === merge.intoId) return refuse("people:errors.mergeIntoItself", "intoId");
  return (await db()).transaction(async (tx) => {
    const both = await tx
      .select({ id: organisations.id, name: organisations.name, country: organisations.country })
      .from(organisations)
      .where(inArray(organisations.id, [merge.fromId, merge.intoId]))
      .orderBy(asc(organisations.id))
      .for("update");
    const from = both.find((row) => row.id === merge.fromId);
    const into = both.find((row) => row.id === merge.intoId);
    if (!from) return refuse("people:errors.unknownOrganisation", "fromId");
    if (!into) return refuse("people:errors.unknownOrganisation", "intoId");

    // People in both: their membership of `into` takes the stronger standing of the two.
    await tx.execute(sql`
      update ${organisationMembers} as kept
      set confirmed_at = coalesce(kept.confirmed_at, gone.confirmed_at),
          confirmed_by = coalesce(kept.confirmed_by, gone.confirmed_by),
          manages = kept.manages or gone.manages
      from ${organisationMembers} as gone
      where kept.organisation_id = ${into.id} and gone.organisation_id = ${from.id} and gone.user_id = kept.user_id`);
    await tx.execute(sql`
      delete from ${organisationMembers} as gone
      where gone.organisation_id = ${from.id}
        and exists (select 1 from ${organisationMembers} as kept
                    where kept.organisation_id = ${into.id} and kept.user_id = gone.user_id)`);
    const membersMoved = await tx
      .update(organisationMembers)
      .set({ organisationId: into.id })
      .where(eq(organisationMembers.organisationId, from.id))
      .returning({ userId: organisationMembers.userId });
    const submissionsMoved = await tx
      .update(submissions)
      .set({ organisationId: into.id })
      .where(eq(submissions.organisationId, from.id))
      .returning({ id: submissions.id });
    await tx.delete(organisations).where(eq(organisations.id, from.id));
    const moved = { membersMoved: membersMoved.length, submissionsMoved: submissionsMoved.length };
    await recordAudit(tx, {
      actorId: admin.id,
      action: "organisation.merged",
      subjectType: "organisation",
      subjectId: into.id,
      details: { from: { id: from.id, name: from.name, country: from.country }, into: into.name, ...moved },
    });
    return ok(moved);
  });
}

/**
 * Gives an organisation another name (a typo, a new legal name), audited with both. Its published
 * input shows the new name at once (the organisations trigger bumps their sections' pages). A name
 * another organisation of the same country has is refused next to the field.
 */
export async function renameOrganisation(
  admin: { id: string },
  change: { organisationId: string; name: string },
): Promise<Result> {
  return (await db()).transaction(async (tx) => {
    const [organisation] = await tx
      .select({ name: organisations.name, country: organisations.country })
      .from(organisations)
      .where(eq(organisations.id, change.organisationId))
      .for("update");
    if (!organisation) return refuse("people:errors.unknownOrganisation", "organisationId");
    if (organisation.name === change.name) return ok();
    const [taken] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(
          sql`lower(${organisations.name}) = lower(${change.name})`,
          eq(organisations.country, organisation.country),
          sql`${organisations.id} <> ${change.organisationId}`,
        ),
      );
    if (taken) return refuse("people:errors.organisationNameTaken", "name");
    await tx.update(organisations).set({ name: change.name }).where(eq(organisations.id, change.organisationId));
    await recordAudit(tx, {
      actorId: admin.id,
      action: "organisation.renamed",
      subjectType: "organisation",
      subjectId: change.organisationId,
      details: { from: organisation.name, to: change.name },
    });
    return ok();
  });
}
