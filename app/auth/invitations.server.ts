// Invitations into the working group and the secretariat (issue 15, item 1; decision 037). The
// link carries a random token; the database keeps only its SHA-256, so neither a backup nor the
// audit log can open an account. A link works once, for 7 days; resending makes a new token.
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { generateIdFromEntropySize } from "lucia";
import { db, type Executor, onlyRow, schema, type Transaction, violatedUniqueConstraint } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import type { Language } from "~/i18n/config";
import { enqueueMessage } from "~/notifications/outbox.server";
import { invitationMail } from "~/notifications/templates/invitation.server";
import { ok, type Result, refuse } from "~/result";
import { hashPassword } from "./password.server";
import type { invitedRoles } from "./people-schema";
import type { Role } from "./roles";

const { invitations, outboxMessages, users } = schema;

export const INVITATION_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type InvitationState = "open" | "expired" | "accepted" | "revoked";

function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashOf(token) };
}

function hashOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function stateOf(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt <= now ? "expired" : "open";
}

function expiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_DAYS * DAY_MS);
}

/** The path of an invitation's link; the page that sends it adds the site's origin. */
export function invitationPath(token: string): string {
  return `/invitation/${token}`;
}

export type SentInvitation = { invitationId: string; email: string; token: string };

/** The admin who invites: their name signs the e-mail. */
export type Inviter = { id: string; name: string };

/** Queues the invitation's e-mail in the transaction that made its token (decision 035's outbox). */
async function queueInvitationMail(
  tx: Transaction,
  inviter: Inviter,
  invitation: { email: string; role: Role; language: Language },
  token: string,
) {
  // Only working-group members and admins are invited (people-schema's invitedRoles).
  const role = invitation.role === "admin" ? "admin" : "moderator";
  await enqueueMessage(tx, {
    template: invitationMail,
    params: { inviter: inviter.name, role, token, validDays: INVITATION_DAYS },
    to: { email: invitation.email, language: invitation.language },
  });
}

/**
 * Invites someone by e-mail into a role. Refused when an account already has that address (its
 * role is changed on the people page instead) or an invitation to it is still open (resend that).
 */
export async function createInvitation(
  admin: Inviter,
  invitation: { email: string; role: (typeof invitedRoles)[number]; language: Language },
  now = new Date(),
): Promise<Result<SentInvitation>> {
  return (await db()).transaction(async (tx) => {
    const [account] = await tx.select({ id: users.id }).from(users).where(eq(users.email, invitation.email)).limit(1);
    if (account) return refuse("people:errors.accountExists", "email");
    const waiting = await tx
      .select({
        acceptedAt: invitations.acceptedAt,
        revokedAt: invitations.revokedAt,
        expiresAt: invitations.expiresAt,
      })
      .from(invitations)
      .where(eq(invitations.email, invitation.email));
    if (waiting.some((row) => stateOf(row, now) === "open")) return refuse("people:errors.alreadyInvited", "email");
    const { token, tokenHash } = newToken();
    const created = onlyRow(
      await tx
        .insert(invitations)
        .values({ ...invitation, tokenHash, invitedBy: admin.id, createdAt: now, sentAt: now, expiresAt: expiry(now) })
        .returning({ id: invitations.id }),
    );
    await queueInvitationMail(tx, admin, invitation, token);
    await recordAudit(tx, {
      actorId: admin.id,
      action: "invitation.created",
      subjectType: "invitation",
      subjectId: created.id,
      details: { role: invitation.role },
    });
    return ok({ invitationId: created.id, email: invitation.email, token });
  });
}

async function lockedInvitation(tx: Transaction, where: ReturnType<typeof eq>) {
  const [invitation] = await tx
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      language: invitations.language,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(where)
    .for("update")
    .limit(1);
  return invitation;
}

/** A new link for an invitation not yet used nor revoked, expired or not: the old link stops working. */
export async function resendInvitation(admin: Inviter, invitationId: string, now = new Date()) {
  return (await db()).transaction(async (tx): Promise<Result<SentInvitation>> => {
    const invitation = await lockedInvitation(tx, eq(invitations.id, invitationId));
    if (!invitation) return refuse("people:errors.unknownInvitation");
    const state = stateOf(invitation, now);
    if (state === "accepted") return refuse("people:errors.invitationUsed");
    if (state === "revoked") return refuse("people:errors.invitationRevoked");
    const { token, tokenHash } = newToken();
    await tx
      .update(invitations)
      .set({ tokenHash, sentAt: now, expiresAt: expiry(now) })
      .where(eq(invitations.id, invitationId));
    await queueInvitationMail(tx, admin, invitation, token);
    await recordAudit(tx, {
      actorId: admin.id,
      action: "invitation.resent",
      subjectType: "invitation",
      subjectId: invitationId,
    });
    return ok({ invitationId, email: invitation.email, token });
  });
}

/** Withdraws an invitation not yet used: its link stops working. */
export async function revokeInvitation(admin: { id: string }, invitationId: string, now = new Date()): Promise<Result> {
  return (await db()).transaction(async (tx) => {
    const invitation = await lockedInvitation(tx, eq(invitations.id, invitationId));
    if (!invitation) return refuse("people:errors.unknownInvitation");
    if (invitation.acceptedAt) return refuse("people:errors.invitationUsed");
    if (invitation.revokedAt) return ok();
    await tx.update(invitations).set({ revokedAt: now }).where(eq(invitations.id, invitationId));
    await recordAudit(tx, {
      actorId: admin.id,
      action: "invitation.revoked",
      subjectType: "invitation",
      subjectId: invitationId,
    });
    return ok();
  });
}

/** The latest invitations, newest first, each with its state now. */
export async function listInvitations(now = new Date()) {
  const rows = await (await db())
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      sentAt: invitations.sentAt,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .orderBy(desc(invitations.sentAt))
    .limit(100);
  return rows.map(({ acceptedAt, revokedAt, ...row }) => ({
    ...row,
    state: stateOf({ acceptedAt, revokedAt, expiresAt: row.expiresAt }, now),
  }));
}

/** Why a link does not open: the same answer for a token never issued and one replaced by a resend. */
function refusalFor(state: InvitationState | "unknown") {
  if (state === "accepted") return refuse("people:errors.invitationUsed");
  if (state === "expired") return refuse("people:errors.invitationExpired");
  return refuse("people:errors.invitationInvalid");
}

/** The invitation a link opens, while it may still be used. */
export async function openInvitation(token: string, now = new Date()): Promise<Result<{ email: string; role: Role }>> {
  const [invitation] = await (await db())
    .select({
      email: invitations.email,
      role: invitations.role,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(eq(invitations.tokenHash, hashOf(token)))
    .limit(1);
  const state = invitation ? stateOf(invitation, now) : "unknown";
  if (!invitation || state !== "open") return refusalFor(state);
  return ok({ email: invitation.email, role: invitation.role });
}

/**
 * Creates the invited person's account with the invitation's role and uses the invitation up,
 * in one transaction: two tabs posting the same link make one account, and the second is told so.
 */
export async function acceptInvitation(
  token: string,
  person: { name: string; password: string; preferredLanguage: Language },
  now = new Date(),
): Promise<Result<{ userId: string; role: Role }>> {
  const passwordHash = await hashPassword(person.password);
  try {
    return await (await db()).transaction(async (tx) => {
      const invitation = await lockedInvitation(tx, eq(invitations.tokenHash, hashOf(token)));
      const state = invitation ? stateOf(invitation, now) : "unknown";
      if (!invitation || state !== "open") return refusalFor(state);
      const userId = generateIdFromEntropySize(10);
      await tx.insert(users).values({
        id: userId,
        email: invitation.email,
        name: person.name,
        passwordHash,
        role: invitation.role,
        preferredLanguage: person.preferredLanguage,
        createdAt: now,
      });
      await tx
        .update(invitations)
        .set({ acceptedAt: now, acceptedUserId: userId })
        .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)));
      // The invitation e-mails become the new account's: its data download lists them, its deletion erases them.
      await tx
        .update(outboxMessages)
        .set({ recipientId: userId })
        .where(
          and(
            eq(outboxMessages.kind, invitationMail.kind),
            eq(outboxMessages.toAddress, invitation.email),
            isNull(outboxMessages.recipientId),
          ),
        );
      await recordAudit(tx, {
        actorId: userId,
        action: "invitation.accepted",
        subjectType: "invitation",
        subjectId: invitation.id,
        details: { userId, role: invitation.role },
      });
      return ok({ userId, role: invitation.role });
    });
  } catch (error) {
    // Someone registered with the address after the invitation was sent.
    if (violatedUniqueConstraint(error) === "users_email_unique") return refuse("people:errors.accountExists");
    throw error;
  }
}

/** Erases the invitation that brought a person in, when they delete their account: it holds their address. */
export async function forgetInvitationsOf(executor: Executor, userId: string): Promise<number> {
  const gone = await executor
    .delete(invitations)
    .where(eq(invitations.acceptedUserId, userId))
    .returning({ id: invitations.id });
  return gone.length;
}
