// A forgotten password (issue 15, item 5): a single-use link by e-mail, valid for an hour.
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import { db, type Executor, schema } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { enqueueMessage } from "~/notifications/outbox.server";
import { passwordResetMail } from "~/notifications/templates/password-reset.server";
import { ok, type Result, refuse } from "~/result";
import { hashPassword } from "./password.server";
import { claim, limited, type RateLimit } from "./rate-limit.server";

const { users, sessions, passwordResets, loginDelays } = schema;

export const RESET_VALID_MINUTES = 60;
// Enough for a person who mistyped an address or lost a mail; too few to flood an inbox or to
// use this form to list which addresses have accounts (decision 035).
export const RESETS_PER_ADDRESS: RateLimit = { name: "password-reset-address", limit: 10, windowSeconds: 60 * 60 };
export const RESETS_PER_EMAIL: RateLimit = { name: "password-reset-email", limit: 3, windowSeconds: 60 * 60 };

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Sends a reset link when the address has an account; the answer is the same when it has none, so
 * the form tells nobody who has an account. Limited per client address and per e-mail address,
 * counted whether or not the e-mail has an account. A new link replaces any earlier one.
 */
export async function requestPasswordReset(email: string, address: string, now: Date = new Date()): Promise<Result> {
  const database = await db();
  const byAddress = await claim(database, RESETS_PER_ADDRESS, address, now);
  if (!byAddress.allowed) return limited("validation.tooManyResets", byAddress.retryAfterSeconds);
  const byEmail = await claim(database, RESETS_PER_EMAIL, email, now);
  if (!byEmail.allowed) return limited("validation.tooManyResets", byEmail.retryAfterSeconds);
  const [user] = await database
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.deletedAt)))
    .limit(1);
  if (!user) return ok();
  const token = randomBytes(32).toString("base64url");
  await database.transaction(async (tx) => {
    await tx.delete(passwordResets).where(eq(passwordResets.userId, user.id));
    await tx.insert(passwordResets).values({
      tokenHash: tokenHash(token),
      userId: user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_VALID_MINUTES * 60_000),
    });
    await enqueueMessage(tx, {
      template: passwordResetMail,
      params: { name: user.name, token, validMinutes: RESET_VALID_MINUTES },
      to: { userId: user.id },
    });
    await recordAudit(tx, {
      actorId: null,
      action: "account.password_reset_requested",
      subjectType: "user",
      subjectId: user.id,
      details: { address },
    });
  });
  return ok();
}

/** Whether a link can still set a password: unknown, used and expired links each say so. */
export async function checkResetToken(token: string, now: Date = new Date()): Promise<Result> {
  const [row] = await (await db())
    .select({ usedAt: passwordResets.usedAt, expiresAt: passwordResets.expiresAt })
    .from(passwordResets)
    .where(eq(passwordResets.tokenHash, tokenHash(token)))
    .limit(1);
  if (!row) return refuse("validation.resetLinkUnknown");
  if (row.usedAt) return refuse("validation.resetLinkUsed");
  if (row.expiresAt <= now) return refuse("validation.resetLinkExpired");
  return ok();
}

/**
 * Sets the new password and uses the link up, in one transaction: the link is taken by an update
 * that only a valid, unused one passes, so two requests with the same link cannot both set a
 * password. Every session of the person ends (whoever knew the old password is logged out), and
 * the log-in delay of their e-mail is forgotten.
 */
export async function resetPassword(token: string, newPassword: string, now: Date = new Date()): Promise<Result> {
  const passwordHash = await hashPassword(newPassword);
  const database = await db();
  const taken = await database.transaction(async (tx) => {
    const [reset] = await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordResets.tokenHash, tokenHash(token)),
          sql`${passwordResets.usedAt} is null`,
          sql`${passwordResets.expiresAt} > ${now.toISOString()}::timestamptz`,
        ),
      )
      .returning({ userId: passwordResets.userId });
    if (!reset) return false;
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(eq(users.id, reset.userId))
      .returning({ email: users.email });
    const ended = await tx.delete(sessions).where(eq(sessions.userId, reset.userId)).returning({ id: sessions.id });
    if (user) await tx.delete(loginDelays).where(eq(loginDelays.key, `login:${user.email}`));
    await recordAudit(tx, {
      actorId: reset.userId,
      action: "account.password_reset",
      subjectType: "user",
      subjectId: reset.userId,
      details: { sessionsEnded: ended.length },
    });
    return true;
  });
  return taken ? ok() : checkResetToken(token, now);
}

/** Drops links that ran out a day ago or more: they can only ever say "expired". Run at start. */
export async function forgetExpiredResetLinks(executor: Executor, now: Date = new Date()): Promise<void> {
  await executor.delete(passwordResets).where(lt(passwordResets.expiresAt, new Date(now.getTime() - 86_400_000)));
}
