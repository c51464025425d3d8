// A person's own account: what they may do to it themselves (issue 15, items 5 and 6).
import { and, eq, isNull, ne } from "drizzle-orm";
import { db, schema } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { ok, type Result, refuse } from "~/result";
import { loginSucceeded, startLoginAttempt } from "./login-limits.server";
import { hashPassword, verifyPassword } from "./password.server";

const { users, sessions, organisations, organisationMembers } = schema;

export type EmailPreferences = {
  emailLanguage: "en" | "id";
  emailReceipts: boolean;
  emailDecisions: boolean;
  emailDigest: boolean;
};

export type AccountOverview = {
  name: string;
  email: string;
  role: "contributor" | "moderator" | "admin";
  preferredLanguage: "en" | "id";
  emailPreferences: EmailPreferences;
  organisations: { name: string; country: string }[];
};

export async function accountOverview(userId: string): Promise<AccountOverview | null> {
  const database = await db();
  const [user] = await database
    .select({
      name: users.name,
      email: users.email,
      role: users.role,
      preferredLanguage: users.preferredLanguage,
      emailLanguage: users.emailLanguage,
      emailReceipts: users.emailReceipts,
      emailDecisions: users.emailDecisions,
      emailDigest: users.emailDigest,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return null;
  const { emailLanguage, emailReceipts, emailDecisions, emailDigest, ...person } = user;
  const memberships = await database
    .select({ name: organisations.name, country: organisations.country })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(organisations.name);
  return {
    ...person,
    emailPreferences: { emailLanguage, emailReceipts, emailDecisions, emailDigest },
    organisations: memberships,
  };
}

/**
 * Proves the person is at the keyboard by their current password, before a change only they may
 * make. A wrong password is a failed log-in for the limits of decision 014 (else these forms would
 * be a way round them), recorded with what it was for.
 */
export async function proveCurrentPassword(
  userId: string,
  password: string,
  address: string,
  during: "password_change" | "account_deletion",
  now: Date,
): Promise<Result<null>> {
  const database = await db();
  const [user] = await database
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)))
    .limit(1);
  if (!user) return refuse("validation.wrongCurrentPassword", "currentPassword");
  const attempt = await startLoginAttempt(database, user.email, address, now);
  if (!attempt.ok) return attempt;
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordAudit(database, {
      actorId: userId,
      action: "auth.login_failed",
      subjectType: "user",
      subjectId: userId,
      details: { address, during },
    });
    return refuse("validation.wrongCurrentPassword", "currentPassword");
  }
  await loginSucceeded(database, attempt.value);
  return ok(null);
}

/**
 * Sets a new password once the current one is proven; on success every other session of the
 * person ends, the one making the change stays.
 */
export async function changePassword(
  person: { userId: string; sessionId: string },
  passwords: { currentPassword: string; newPassword: string },
  address: string,
  now: Date = new Date(),
): Promise<Result<null>> {
  const proven = await proveCurrentPassword(person.userId, passwords.currentPassword, address, "password_change", now);
  if (!proven.ok) return proven;
  const passwordHash = await hashPassword(passwords.newPassword);
  await (await db()).transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, person.userId));
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, person.userId), ne(sessions.id, person.sessionId)))
      .returning({ id: sessions.id });
    await recordAudit(tx, {
      actorId: person.userId,
      action: "account.password_changed",
      subjectType: "user",
      subjectId: person.userId,
      details: { otherSessionsEnded: ended.length },
    });
  });
  return ok(null);
}

/** Ends every session of the person, the one asking included: for a lost phone or a shared computer. */
export async function logOutEverywhere(userId: string): Promise<void> {
  await (await db()).transaction(async (tx) => {
    const ended = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
    await recordAudit(tx, {
      actorId: userId,
      action: "auth.logout_everywhere",
      subjectType: "user",
      subjectId: userId,
      details: { sessionsEnded: ended.length },
    });
  });
}

/**
 * Which e-mails the person gets and in which language; they apply to messages queued from now on.
 * Only the working group has a digest, so another person's choice of it is kept off.
 */
export async function setEmailPreferences(
  user: { id: string; role: "contributor" | "moderator" | "admin" },
  preferences: EmailPreferences,
): Promise<void> {
  const chosen = { ...preferences, emailDigest: user.role !== "contributor" && preferences.emailDigest };
  await (await db()).transaction(async (tx) => {
    await tx.update(users).set(chosen).where(eq(users.id, user.id));
    await recordAudit(tx, {
      actorId: user.id,
      action: "account.email_preferences_changed",
      subjectType: "user",
      subjectId: user.id,
      details: chosen,
    });
  });
}
