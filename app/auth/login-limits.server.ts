import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "#db/client.server";
import { ok, type Result } from "~/result";
import { type Claim, claim, giveBack, limited, type RateLimit, secondsUntil } from "./rate-limit.server";

// The numbers and why: decision 014.
/** Failures an e-mail may have before each further attempt waits: 1 s, 2 s, 4 s … */
export const LOGIN_FREE_FAILURES = 5;
export const LOGIN_MAX_DELAY_SECONDS = 15 * 60;
/** A streak of failures is forgotten this long after its last one. */
const STREAK_FORGOTTEN_AFTER_MS = 24 * 60 * 60 * 1000;
/** Failed log-ins from one address, whichever e-mails they name; log-ins that succeed give their place back. */
export const LOGIN_FAILURES_PER_ADDRESS: RateLimit = {
  name: "login-failures-address",
  limit: 30,
  windowSeconds: 15 * 60,
};

/** A log-in attempt let through to the password check, counted as failed until it succeeds. */
export type LoginAttempt = { addressPlace: Claim; emailKey: string };

/**
 * Counts an attempt before its password is checked, so parallel requests (on any number of app
 * servers) cannot all be checked against a count none of them has added to yet. Refused while
 * the address has failed too often or the e-mail's delay runs; the right password is never
 * refused for longer than that delay.
 */
export async function startLoginAttempt(
  executor: Executor,
  email: string,
  address: string,
  now: Date,
): Promise<Result<LoginAttempt>> {
  const addressPlace = await claim(executor, LOGIN_FAILURES_PER_ADDRESS, address, now);
  if (!addressPlace.allowed) return limited("validation.tooManyAttempts", addressPlace.retryAfterSeconds);
  const emailKey = `login:${email}`;
  const waitUntil = await countEmailAttempt(executor, emailKey, now);
  if (waitUntil) {
    // Refused unchecked: the office's address should not pay for one person's delay.
    await giveBack(executor, addressPlace);
    return limited("validation.tooManyAttempts", secondsUntil(waitUntil, now));
  }
  return ok({ addressPlace, emailKey });
}

/** The right password: the e-mail's streak ends and the address gets its place back. */
export async function loginSucceeded(executor: Executor, attempt: LoginAttempt): Promise<void> {
  await executor.execute(sql`delete from login_delays where key = ${attempt.emailKey}`);
  await giveBack(executor, attempt.addressPlace);
}

/**
 * One statement adds the attempt to the e-mail's streak and sets when the next may start; while
 * a wait runs it changes nothing. Returns null when the attempt may go on, else the end of the wait.
 */
async function countEmailAttempt(executor: Executor, key: string, now: Date): Promise<Date | null> {
  const at = now.toISOString();
  const forgetBefore = new Date(now.getTime() - STREAK_FORGOTTEN_AFTER_MS).toISOString();
  const failures = sql`(case when d.last_failure_at <= ${forgetBefore}::timestamptz then 1 else d.failures + 1 end)`;
  // A streak's first failure is one of the free ones, so a new row waits for nothing.
  const rows = await queryRows<{ failures: number }>(
    executor,
    sql`insert into login_delays as d (key, failures, last_failure_at, wait_until)
        values (${key}, 1, ${at}, null)
        on conflict (key) do update set
          failures = ${failures},
          last_failure_at = ${at},
          wait_until = case when ${failures} >= ${LOGIN_FREE_FAILURES}
            then ${at}::timestamptz + make_interval(secs => least(power(2, ${failures} - ${LOGIN_FREE_FAILURES}), ${LOGIN_MAX_DELAY_SECONDS}))
            end
        where d.wait_until is null or d.wait_until <= ${at}::timestamptz
        returning failures`,
  );
  if (rows.length > 0) return null;
  const [row] = await queryRows<{ waitUntil: string | Date | null }>(
    executor,
    sql`select wait_until as "waitUntil" from login_delays where key = ${key}`,
  );
  // The streak ended (a right password) between the two statements: the next attempt may go.
  return row?.waitUntil ? new Date(row.waitUntil) : new Date(now.getTime() + 1000);
}
