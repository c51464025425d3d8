import { sql } from "drizzle-orm";
import { db, queryRows } from "#db/client.server";

/**
 * The time zone of pages that belong to no consultation (the outbox, invitations, requests to
 * join, the audit log by default): the newest consultation's, which is the secretariat's own, else
 * UTC. A consultation's own dates use its zone (decision 020).
 */
export async function secretariatTimeZone(): Promise<string> {
  const [row] = await queryRows<{ time_zone: string }>(
    await db(),
    sql`select time_zone from consultations order by created_at desc limit 1`,
  );
  return row?.time_zone ?? "UTC";
}
