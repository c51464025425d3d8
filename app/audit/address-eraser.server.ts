import { sql } from "drizzle-orm";
import { db, type Executor, queryRows, schema } from "#db/client.server";
import { type BackgroundWorker, startHourlyCleanup } from "~/background-worker.server";
import { recordAudit } from "./audit.server";
import { addressRetentionDays } from "./request-address.server";

const { auditEvents, auditEventAddresses } = schema;
/** Addresses erased per statement, so that a first run after months erases in short steps. */
const BATCH = 5_000;

/**
 * Erases the addresses of events older than the retention period (decision 038): their rows in
 * audit_event_addresses are deleted; the events themselves stay as they were. One batch, with an
 * event saying how many and up to when; returns how many were erased.
 */
export async function eraseExpiredAddresses(now: Date, retentionDays = addressRetentionDays()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  return (await db()).transaction(async (tx) => {
    const erased = await queryRows<{ event_id: number }>(
      tx,
      sql`delete from ${auditEventAddresses} where event_id in (
            select a.event_id from ${auditEventAddresses} a join ${auditEvents} e on e.id = a.event_id
            where e.occurred_at < ${cutoff.toISOString()}::timestamptz limit ${BATCH})
          returning event_id`,
    );
    if (erased.length > 0)
      await recordAudit(tx, {
        actorId: null,
        action: "audit.addresses_erased",
        subjectType: "audit",
        details: { count: erased.length, before: cutoff.toISOString(), retentionDays },
      });
    return erased.length;
  });
}

/**
 * Erases the addresses of every event a person made, the retention period notwithstanding: part of
 * deleting their account (decision 036). The events stay; pass the deletion's transaction.
 */
export async function eraseAddressesOf(executor: Executor, actorId: string): Promise<void> {
  await executor.execute(
    sql`delete from ${auditEventAddresses} where event_id in (select id from ${auditEvents} where actor_id = ${actorId})`,
  );
}

/** Every app server erases on start and then hourly; two erasing at once delete each row once. */
export function startAddressEraser(report: (error: unknown) => void): BackgroundWorker {
  return startHourlyCleanup(() => eraseExpiredAddresses(new Date()), BATCH, report);
}
