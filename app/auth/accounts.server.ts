import { and, eq, sql } from "drizzle-orm";
import { generateIdFromEntropySize } from "lucia";
import { db, schema, violatedUniqueConstraint } from "#db/client.server";
import type { Language } from "~/i18n/config";
import { recordAudit } from "~/audit/audit.server";
import { hashPassword, verifyPassword } from "./password.server";
import { loginSucceeded, startLoginAttempt } from "./login-limits.server";
import { claim, limited, type RateLimit } from "./rate-limit.server";
import { ok, type Result, refuse } from "~/result";
import type { RegisterData } from "./schemas";

const { users, organisations, organisationMembers } = schema;

/** Registration attempts from one address (decision 014): a handful an hour, not hundreds a minute. */
export const REGISTRATIONS_PER_ADDRESS: RateLimit = {
  name: "registrations-address",
  limit: 10,
  windowSeconds: 60 * 60,
};

/**
 * Registers an account. `address` is the request's client address, whose attempts are limited;
 * code that serves no request (tests, scripts) passes none.
 */
export async function registerAccount(
  data: RegisterData,
  address: string | null = null,
  now: Date = new Date(),
): Promise<Result<{ userId: string }>> {
  const database = await db();
  // Counted before the password is hashed: the hash is the expensive part a flood would buy.
  if (address !== null) {
    const place = await claim(database, REGISTRATIONS_PER_ADDRESS, address, now);
    if (!place.allowed) return limited("validation.tooManyRegistrations", place.retryAfterSeconds);
  }
  const passwordHash = await hashPassword(data.password);
  try {
    return await insertAccount(database, data, passwordHash);
  } catch (error) {
    // Two registrations racing past the checks below: the unique index decides, the user gets the same answer.
    const constraint = violatedUniqueConstraint(error);
    if (constraint === "users_email_unique") return refuse("validation.emailTaken", "email");
    if (constraint === "organisations_name_country_key") {
      return refuse("validation.organisationExists", "organisationName");
    }
    throw error;
  }
}

async function insertAccount(
  database: Awaited<ReturnType<typeof db>>,
  data: RegisterData,
  passwordHash: string,
): Promise<Result<{ userId: string }>> {
  return database.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email)).limit(1);
    if (taken) return refuse("validation.emailTaken", "email");

    let organisationId: string | null = null;
    if (data.organisationMode === "existing") {
      const [found] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, data.organisationId))
        .limit(1);
      if (!found) return refuse("validation.organisationUnknown", "organisationId");
      organisationId = found.id;
    }
    if (data.organisationMode === "new") {
      const { organisationName: name, organisationCountry: country } = data;
      const [existing] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(sql`lower(${organisations.name}) = lower(${name})`, eq(organisations.country, country)))
        .limit(1);
      if (existing) return refuse("validation.organisationExists", "organisationName");
      const [created] = await tx
        .insert(organisations)
        .values({ name, type: data.organisationType, country, website: data.organisationWebsite })
        .returning({ id: organisations.id });
      organisationId = created?.id ?? null;
    }

    const userId = generateIdFromEntropySize(10);
    await tx.insert(users).values({
      id: userId,
      email: data.email,
      name: data.name,
      passwordHash,
      preferredLanguage: data.preferredLanguage,
      // E-mails start in the language chosen here; the account page changes it.
      emailLanguage: data.preferredLanguage,
      individualExpert: data.organisationMode === "individual",
    });
    if (organisationId) await tx.insert(organisationMembers).values({ userId, organisationId });
    await recordAudit(tx, {
      actorId: userId,
      action: "account.registered",
      subjectType: "user",
      subjectId: userId,
      details: { organisationId, organisationCreated: data.organisationMode === "new" },
    });
    return ok({ userId });
  });
}

export type LoggedIn = { userId: string; preferredLanguage: Language };

// Verifying against a real hash when the e-mail is unknown keeps the answer time the same,
// so timing does not reveal who has an account.
let decoyHash: Promise<string> | undefined;

/**
 * Checks an e-mail and password; refused when they do not match, or while a log-in limit holds
 * (decision 014: the attempt is counted before its password is checked).
 */
export async function authenticate(
  email: string,
  password: string,
  address: string,
  now: Date = new Date(),
): Promise<Result<LoggedIn>> {
  const database = await db();
  const attempt = await startLoginAttempt(database, email, address, now);
  if (!attempt.ok) return attempt;

  const [user] = await database
    .select({ id: users.id, passwordHash: users.passwordHash, preferredLanguage: users.preferredLanguage })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  decoyHash ??= hashPassword("decoy password that nobody has");
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);

  if (!user || !valid) {
    await recordAudit(database, {
      actorId: null,
      action: "auth.login_failed",
      subjectType: "user",
      subjectId: user?.id ?? null,
      details: { address },
    });
    return refuse("validation.wrongCredentials");
  }
  await loginSucceeded(database, attempt.value);
  await recordAudit(database, {
    actorId: user.id,
    action: "auth.login",
    subjectType: "user",
    subjectId: user.id,
    details: { address },
  });
  return ok({ userId: user.id, preferredLanguage: user.preferredLanguage });
}

export async function recordLogout(userId: string): Promise<void> {
  await recordAudit(await db(), { actorId: userId, action: "auth.logout", subjectType: "user", subjectId: userId });
}

/**
 * The language a person gets once logged in: the one chosen on this device before logging in wins
 * and becomes the account's; with none (a new device) the account's stored preference applies.
 */
export async function languageAtLogIn(account: LoggedIn, chosenOnDevice: Language | null): Promise<Language> {
  if (!chosenOnDevice) return account.preferredLanguage;
  if (chosenOnDevice !== account.preferredLanguage) await setPreferredLanguage(account.userId, chosenOnDevice);
  return chosenOnDevice;
}

export async function setPreferredLanguage(userId: string, language: Language): Promise<void> {
  await (await db()).update(users).set({ preferredLanguage: language }).where(eq(users.id, userId));
}
