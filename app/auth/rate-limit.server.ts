import { type SQL, sql } from "drizzle-orm";
import { type Executor, queryRows } from "#db/client.server";
import { type Refusal, refuse } from "~/result";

export type RateLimit = { name: string; limit: number; windowSeconds: number };
/** A place taken in a window, which `giveBack` can return; or the seconds until the window ends. */
export type Claim = { allowed: true; key: string; windowStart: string } | { allowed: false; retryAfterSeconds: number };

// Fixed windows counted in PostgreSQL, so every app server behind a load balancer sees one count.
// Counting and checking are one statement: the row lock orders parallel requests, and a request
// that would go past the limit changes nothing, so no two requests can both take the last place.
export async function claim(executor: Executor, rule: RateLimit, subject: string, now: Date): Promise<Claim> {
  const place = claimStatement(rule, subject, now);
  const rows = await queryRows<{ hits: number }>(executor, place.statement);
  return rows.length > 0 ? place.taken : place.refused;
}

/**
 * The claim as one statement, for a caller that runs it inside a bigger one (as a `with` query):
 * it returns a row when the place was taken. With `onlyIf`, a condition such as
 * `exists (select 1 from other_claim)`, nothing is counted unless the condition holds.
 */
export function claimStatement(rule: RateLimit, subject: string, now: Date, onlyIf?: SQL) {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs).toISOString();
  const key = `${rule.name}:${subject}`;
  const statement = sql`insert into rate_limit_counters as c (key, window_start, hits)
      select ${key}, ${windowStart}::timestamptz, 1 ${onlyIf ? sql`where ${onlyIf}` : sql``}
      on conflict (key, window_start) do update set hits = c.hits + 1 where c.hits < ${rule.limit}
      returning hits`;
  const taken: Claim = { allowed: true, key, windowStart };
  const refused: Claim = {
    allowed: false,
    retryAfterSeconds: secondsUntil(new Date(Date.parse(windowStart) + windowMs), now),
  };
  return { statement, taken, refused };
}

/** Returns a place taken by `claim`, for what the limit should not count (a log-in that succeeded). */
export async function giveBack(executor: Executor, taken: Claim): Promise<void> {
  if (!taken.allowed) return;
  await executor.execute(
    sql`update rate_limit_counters set hits = greatest(hits - 1, 0)
        where key = ${taken.key} and window_start = ${taken.windowStart}`,
  );
}

/** At least one second: a Retry-After of 0 would invite an immediate retry that is refused again. */
export function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

export function limited(error: string, retryAfterSeconds: number): Refusal {
  return { ...refuse(error), retryAfterSeconds };
}

export async function forgetExpiredCounters(executor: Executor, now: Date = new Date()): Promise<void> {
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  await executor.execute(sql`delete from rate_limit_counters where window_start < ${dayAgo}`);
  await executor.execute(sql`delete from login_delays where last_failure_at < ${dayAgo}`);
}
