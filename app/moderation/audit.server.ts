import { schema, type Executor } from "#db/client.server";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
};

/** Appends one event; pass the transaction that makes the change so both land or neither does. */
export async function recordAudit(executor: Executor, entry: AuditEntry): Promise<void> {
  await executor.insert(schema.auditEvents).values({
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    reason: entry.reason ?? null,
    details: entry.details ?? {},
  });
}
