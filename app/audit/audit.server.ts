import { sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.server";
import { currentRequestAddress } from "./request-address.server";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
  /** When it happened, if not now: only the demo seed, which writes a working day that already took place. */
  occurredAt?: Date;
};

/** Appends one event; pass the transaction that makes the change so both land or neither does. */
export async function recordAudit(executor: Executor, entry: AuditEntry): Promise<void> {
  await recordAuditEvents(executor, [entry]);
}

/**
 * Appends many events in one statement, for a bulk action's changes. The events travel as one JSON
 * parameter: a bind parameter per value would pass PostgreSQL's limit of 65,535 at about 10,000
 * events, and a text[] per column loses nulls on postgres.js. Written during a request, each event
 * keeps the request's client address beside it, erasable after the retention period (decision 038).
 */
export async function recordAuditEvents(executor: Executor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const events = entries.map((entry) => ({
    actor_id: entry.actorId,
    action: entry.action,
    subject_type: entry.subjectType,
    subject_id: entry.subjectId ?? null,
    reason: entry.reason ?? null,
    details: entry.details ?? {},
    occurred_at: entry.occurredAt?.toISOString() ?? null,
  }));
  const address = currentRequestAddress();
  const inserted = sql`
    insert into ${schema.auditEvents} (actor_id, action, subject_type, subject_id, reason, details, occurred_at)
    select actor_id, action, subject_type, subject_id, reason, details, coalesce(occurred_at, now())
    from jsonb_to_recordset(${JSON.stringify(events)}::jsonb)
      as event(actor_id text, action text, subject_type text, subject_id text, reason text, details jsonb, occurred_at timestamptz)`;
  if (address === null) {
    await executor.execute(inserted);
    return;
  }
  await executor.execute(sql`
    with inserted as (${inserted} returning id)
    insert into ${schema.auditEventAddresses} (event_id, address) select id, ${address} from inserted`);
}
