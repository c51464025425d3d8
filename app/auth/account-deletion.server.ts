// A person deletes their own account (issue 15, item 6; decision 036): what identifies them is
// erased, their input stays only as far as the consent they gave allows, and the audit log says
// what kinds of data went and when, never the data itself.
import { and, count, eq, inArray, isNull, notExists, sql } from "drizzle-orm";
import { db, type Executor, schema } from "#db/client.server";
import { eraseAddressesOf } from "~/audit/address-eraser.server";
import { recordAudit } from "~/audit/audit.server";
import { forgetMailTo } from "~/notifications/personal.server";
import { ok, type Result, refuse } from "~/result";
import { proveCurrentPassword } from "./account.server";
import { anotherActiveAdmin, lockActiveAdmins } from "./active-admins.server";
import { forgetInvitationsOf } from "./invitations.server";
import { DELETED_ACCOUNT_NAME, DELETED_ACCOUNT_PASSWORD_HASH, deletedAccountEmail } from "./deleted-accounts.server";

const { attachments, organisationMembers, passwordResets, sessions, submissionRevisions, submissions, users } = schema;

/** The kinds of data a deletion erases, as the audit event names them. */
export const ERASED_KINDS = [
  "name",
  "email",
  "password",
  "sessions",
  "organisation_memberships",
  "unsent_attachments",
  "audit_addresses",
  "emails",
  "password_reset_links",
  "invitation",
] as const;

export type AccountDeleted = {
  sessionsEnded: number;
  membershipsRemoved: number;
  unsentAttachmentsRemoved: number;
  emailsErased: number;
  submissionsKept: number;
  submissionsMadeAnonymous: number;
  revisionsMadeAnonymous: number;
};

/**
 * Deletes the account once its password is proven, in one transaction: every session ends, the
 * memberships go, named input becomes anonymous (private stays private), files never sent are
 * removed, and the row keeps only a tombstone the input still points at. The last admin cannot
 * leave: nobody would be left to run the secretariat's pages.
 */
export async function deleteAccount(
  userId: string,
  password: string,
  address: string,
  now: Date = new Date(),
): Promise<Result<AccountDeleted>> {
  const proven = await proveCurrentPassword(userId, password, address, "account_deletion", now);
  if (!proven.ok) return proven;
  return (await db()).transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const [user] = await tx
      .select({ role: users.role })
      .from(users)
      .where(and(eq(users.id, userId), isNull(users.deletedAt)))
      .for("update");
    if (!user) return refuse("validation.wrongCurrentPassword", "currentPassword");
    if (user.role === "admin" && !admins.some((id) => id !== userId)) return refuse("account:validation.lastAdmin");

    const anonymised = await anonymiseInput(tx, userId);
    const unsent = await tx
      .delete(attachments)
      .where(
        and(
          eq(attachments.ownerId, userId),
          notExists(tx.select({ one: sql`1` }).from(submissions).where(eq(submissions.attachmentId, attachments.id))),
        ),
      )
      .returning({ id: attachments.id });
    const memberships = await tx
      .delete(organisationMembers)
      .where(eq(organisationMembers.userId, userId))
      .returning({ organisationId: organisationMembers.organisationId });
    const ended = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
    const emailsErased = await forgetMailTo(tx, userId);
    await tx.delete(passwordResets).where(eq(passwordResets.userId, userId));
    await forgetInvitationsOf(tx, userId);
    // The row stays: submissions, notes and decisions point at it, and the audit log names its id.
    await tx
      .update(users)
      .set({
        name: DELETED_ACCOUNT_NAME,
        email: deletedAccountEmail(userId),
        passwordHash: DELETED_ACCOUNT_PASSWORD_HASH,
        role: "contributor",
        deletedAt: now,
      })
      .where(eq(users.id, userId));
    const [kept] = await tx.select({ count: count() }).from(submissions).where(eq(submissions.authorId, userId));

    const deleted: AccountDeleted = {
      sessionsEnded: ended.length,
      membershipsRemoved: memberships.length,
      unsentAttachmentsRemoved: unsent.length,
      emailsErased,
      submissionsKept: kept?.count ?? 0,
      ...anonymised,
    };
    await recordAudit(tx, {
      actorId: userId,
      action: "account.deleted",
      subjectType: "user",
      subjectId: userId,
      details: { erased: ERASED_KINDS, erasedAt: now.toISOString(), ...deleted },
    });
    // After the event, so that the address the deletion itself came from goes too (decision 038).
    await eraseAddressesOf(tx, userId);
    return ok(deleted);
  });
}

/** What the confirmation page tells the person before they delete: how much input stays, and how. */
export async function deletionPreview(user: { id: string; role: string }) {
  const database = await db();
  const rows = await database
    .select({ consent: submissions.consent, count: count() })
    .from(submissions)
    .where(eq(submissions.authorId, user.id))
    .groupBy(submissions.consent);
  return {
    submissions: rows.reduce((total, row) => total + row.count, 0),
    named: rows.find((row) => row.consent === "public_named")?.count ?? 0,
    lastAdmin: user.role === "admin" && !(await anotherActiveAdmin(database, user.id)),
  };
}

/**
 * Named consent becomes anonymous, on the input and on the versions it replaced: published input
 * then shows the organisation's type and country only. Private input stays private. A change to
 * approved input bumps its section's page version (migration 0015), so kept pages drop the name at once.
 */
async function anonymiseInput(executor: Executor, userId: string) {
  const input = await executor
    .update(submissions)
    .set({ consent: "public_anonymous" })
    .where(and(eq(submissions.authorId, userId), eq(submissions.consent, "public_named")))
    .returning({ id: submissions.id });
  const revisions = await executor
    .update(submissionRevisions)
    .set({ consent: "public_anonymous" })
    .where(
      and(
        eq(submissionRevisions.consent, "public_named"),
        inArray(
          submissionRevisions.submissionId,
          executor.select({ id: submissions.id }).from(submissions).where(eq(submissions.authorId, userId)),
        ),
      ),
    )
    .returning({ id: submissionRevisions.id });
  return { submissionsMadeAnonymous: input.length, revisionsMadeAnonymous: revisions.length };
}
