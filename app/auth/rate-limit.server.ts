import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "#db/client.server";

export type RateLimit = { name: string; limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

// Fixed windows counted in PostgreSQL, so every app server behind a load balancer sees one count.
export async function hitRateLimit(
  executor: Executor,
  rule: RateLimit,
  subject: string,
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await queryRows<{ hits: number }>(
    executor,
    sql`insert into rate_limit_counters (key, window_start, hits)
        values (${`${rule.name}:${subject}`}, ${windowStart.toISOString()}, 1)
        on conflict (key, window_start) do update set hits = rate_limit_counters.hits + 1
        returning hits`,
  );
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed: (row?.hits ?? 0) <= rule.limit, retryAfterSeconds };
}

/** Reads the count without adding to it. */
export async function isRateLimited(
  executor: Executor,
  rule: RateLimit,
  subject: string,
  now: Date = new Date(),
): Promise<boolean> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await queryRows<{ hits: number }>(
    executor,
    sql`select hits from rate_limit_counters where key = ${`${rule.name}:${subject}`} and window_start = ${windowStart.toISOString()}`,
  );
  return (row?.hits ?? 0) >= rule.limit;
}

export async function forgetExpiredCounters(executor: Executor, now: Date = new Date()): Promise<void> {
  await executor.execute(
    sql`delete from rate_limit_counters where window_start < ${new Date(now.getTime() - 86_400_000).toISOString()}`,
  );
}
