import { asc, eq } from "drizzle-orm";
import { type Executor, schema } from "#db/client.server";

const { outboxMessages } = schema;

/** The e-mails queued for a person, oldest first, as their data download lists them (issue 15, item 6). */
export async function mailTo(executor: Executor, userId: string) {
  return executor
    .select({
      kind: outboxMessages.kind,
      subject: outboxMessages.subject,
      language: outboxMessages.language,
      status: outboxMessages.status,
      queuedAt: outboxMessages.createdAt,
      sentAt: outboxMessages.sentAt,
    })
    .from(outboxMessages)
    .where(eq(outboxMessages.recipientId, userId))
    .orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.id));
}

/** Erases every e-mail to a person who deletes their account: each holds their address and name. */
export async function forgetMailTo(executor: Executor, userId: string): Promise<number> {
  const gone = await executor
    .delete(outboxMessages)
    .where(eq(outboxMessages.recipientId, userId))
    .returning({ id: outboxMessages.id });
  return gone.length;
}
