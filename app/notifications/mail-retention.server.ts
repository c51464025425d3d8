// Sent and failed e-mails are kept for a while, then deleted: they hold addresses, names and, for
// a forgotten password, a link (decision 035).
import { sql } from "drizzle-orm";
import { db, queryRows, schema } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { type BackgroundWorker, startHourlyCleanup } from "~/background-worker.server";
import { daysSetting } from "~/settings.server";

const { outboxMessages } = schema;
/** Messages deleted per statement, so that a first run after months deletes in short steps. */
const BATCH = 5_000;

/** How many days a sent or failed e-mail is kept (`MAIL_RETENTION_DAYS`, default 30). */
export function mailRetentionDays(env: Record<string, string | undefined> = process.env): number {
  return daysSetting(env, "MAIL_RETENTION_DAYS", 30, 3650);
}

/**
 * Deletes one batch of sent and failed messages older than the retention period (by when they
 * were sent, or queued if they never were), with an audit event saying how many and up to when.
 * Messages still to send are kept however old: mail a server could not send yet is not lost.
 */
export async function forgetOldMail(now: Date, retentionDays = mailRetentionDays()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  return (await db()).transaction(async (tx) => {
    const forgotten = await queryRows<{ id: string }>(
      tx,
      sql`delete from ${outboxMessages} where id in (
            select id from ${outboxMessages}
            where status in ('sent', 'failed') and coalesce(sent_at, created_at) < ${cutoff.toISOString()}::timestamptz
            limit ${BATCH})
          returning id`,
    );
    if (forgotten.length > 0)
      await recordAudit(tx, {
        actorId: null,
        action: "mail.forgotten",
        subjectType: "outbox",
        details: { count: forgotten.length, before: cutoff.toISOString(), retentionDays },
      });
    return forgotten.length;
  });
}

/** Every app server deletes on start and then hourly; two at once delete each row once. */
export function startMailForgetter(report: (error: unknown) => void): BackgroundWorker {
  return startHourlyCleanup(() => forgetOldMail(new Date()), BATCH, report);
}
