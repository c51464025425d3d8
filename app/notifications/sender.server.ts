import { hostname } from "node:os";
import { sql } from "drizzle-orm";
import { db, type Executor, queryRows } from "#db/client.server";
import { type BackgroundWorker, startBackgroundWorker } from "~/background-worker.server";
import type { MailTransport } from "./transport.server";

// The numbers, and why: decision 035.
export const MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60_000;
const BATCH = 10;
/** Longer than a batch of sends can take with the transport's timeouts (10 × 50 s). */
const LEASE_MS = 10 * 60_000;

export type SenderOptions = {
  /** Null: no SMTP_URL, the message is delivered to the dev outbox (marked sent, kept for admins to read). */
  transport: MailTransport | null;
  /** Names this sender on the rows it claims; unique per process. */
  senderId: string;
  now?: () => Date;
};

type Claimed = {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  attempts: number;
  queuedAt: string;
};

/** The pause before attempt `attempts + 1`: 30 s, 1 min, 2 min … at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

/**
 * Claims the messages that are due, or whose sender's lease ran out, for this sender: FOR UPDATE
 * SKIP LOCKED, so senders on several app servers each take other rows and none waits for another.
 */
async function claimDue(executor: Executor, senderId: string, now: Date): Promise<Claimed[]> {
  const at = now.toISOString();
  const until = new Date(now.getTime() + LEASE_MS).toISOString();
  const claimed = await queryRows<Claimed>(
    executor,
    sql`update outbox_messages m
      set status = 'sending', claimed_by = ${senderId}, claimed_until = ${until}::timestamptz, attempts = m.attempts + 1
      where m.id in (
        select id from outbox_messages
        where (status = 'queued' and next_attempt_at <= ${at}::timestamptz)
          or (status = 'sending' and claimed_until < ${at}::timestamptz)
        order by next_attempt_at
        limit ${BATCH}
        for update skip locked)
      returning m.id, m.to_address as "toAddress", m.subject, m.text_body as "textBody", m.html_body as "htmlBody",
        m.attempts, m.created_at::text as "queuedAt"`,
  );
  // UPDATE … RETURNING keeps no order: sent in the order queued, a person's receipt before its decision.
  return claimed.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

/** Sends what is due, one claimed batch; returns how many messages it handled (a full batch: more may wait). */
export async function sendDueMessages(options: SenderOptions): Promise<number> {
  const now = options.now ?? (() => new Date());
  const database = await db();
  const claimed = await claimDue(database, options.senderId, now());
  for (const message of claimed) {
    try {
      if (options.transport) {
        await options.transport.send({
          to: message.toAddress,
          subject: message.subject,
          text: message.textBody,
          html: message.htmlBody,
        });
      }
    } catch (error) {
      await recordFailure(database, options.senderId, message, error, now());
      continue;
    }
    // Right after the server accepted it: the only window in which a crash could send it twice.
    await database.execute(sql`update outbox_messages
      set status = 'sent', sent_at = ${now().toISOString()}::timestamptz, claimed_by = null, claimed_until = null,
        last_error = null
      where id = ${message.id}::uuid and claimed_by = ${options.senderId}`);
  }
  return claimed.length;
}

/**
 * An SMTP answer in the 500s says the server will never take this message (no such mailbox, an
 * address refused): trying again in an hour would only be refused again. Other failures (a 4xx
 * answer, a server that does not answer) may pass, so they are retried.
 */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

async function recordFailure(executor: Executor, senderId: string, message: Claimed, error: unknown, now: Date) {
  const failed = message.attempts >= MAX_ATTEMPTS || isPermanent(error);
  const next = new Date(now.getTime() + retryDelayMs(message.attempts)).toISOString();
  await executor.execute(sql`update outbox_messages
    set status = ${failed ? "failed" : "queued"}::outbox_status, last_error = ${errorText(error)},
      next_attempt_at = ${next}::timestamptz, claimed_by = null, claimed_until = null
    where id = ${message.id}::uuid and claimed_by = ${senderId}`);
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 1000);
}

export function senderIdOfThisProcess(): string {
  return `${hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * Sends queued e-mail in the background of this app server, on the shared worker loop: a batch
 * at a time while messages wait, a poll every few seconds otherwise (messages queued by other app
 * servers), a growing pause while the database is away.
 */
export function startMailSender(options: SenderOptions, report: (error: unknown) => void): BackgroundWorker {
  const worker = startBackgroundWorker({
    step: async () => (await sendDueMessages(options)) === BATCH,
    idleMs: 3_000,
    busyMs: 50,
    maxBackoffMs: 30_000,
    report,
  });
  return {
    nudge: () => worker.nudge(),
    async stop() {
      await worker.stop();
      options.transport?.close();
    },
  };
}
