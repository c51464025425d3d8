import { desc, eq, sql } from "drizzle-orm";
import { type OutboxStatus, outboxStatuses } from "#db/schema/values";
import sanitizeHtml from "sanitize-html";
import { db, schema } from "#db/client.server";

const { outboxMessages } = schema;
export const OUTBOX_PAGE_SIZE = 50;

export type OutboxRow = {
  id: string;
  kind: string;
  toAddress: string;
  language: "en" | "id";
  subject: string;
  status: "queued" | "sending" | "sent" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

const listed = {
  id: outboxMessages.id,
  kind: outboxMessages.kind,
  toAddress: outboxMessages.toAddress,
  language: outboxMessages.language,
  subject: outboxMessages.subject,
  status: outboxMessages.status,
  attempts: outboxMessages.attempts,
  lastError: outboxMessages.lastError,
  createdAt: outboxMessages.createdAt,
  sentAt: outboxMessages.sentAt,
};

export function isOutboxStatus(value: unknown): value is OutboxStatus {
  return typeof value === "string" && (outboxStatuses as readonly string[]).includes(value);
}

/** The messages, newest first, a page at a time, all or those of one status (failed ones to look into); with the counts per status. */
export async function listOutbox(page: number, status: OutboxStatus | null = null) {
  const database = await db();
  const rows: OutboxRow[] = await database
    .select(listed)
    .from(outboxMessages)
    .where(status ? eq(outboxMessages.status, status) : undefined)
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(OUTBOX_PAGE_SIZE + 1)
    .offset((page - 1) * OUTBOX_PAGE_SIZE);
  const counts = await database
    .select({ status: outboxMessages.status, count: sql<number>`count(*)::int` })
    .from(outboxMessages)
    .groupBy(outboxMessages.status);
  return {
    messages: rows.slice(0, OUTBOX_PAGE_SIZE),
    hasMore: rows.length > OUTBOX_PAGE_SIZE,
    counts: Object.fromEntries(counts.map((row) => [row.status, row.count])) as Partial<
      Record<OutboxRow["status"], number>
    >,
  };
}

// What the dev outbox shows of a message's HTML: its text structure and links, nothing that runs or
// loads (no script, style, image or frame). The source is shown beside it, as text.
const shown: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "a", "ul", "ol", "li", "h2", "h3", "table", "tbody", "tr", "th", "td", "strong", "em"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["https", "http", "mailto"],
  // The document's <title> repeats the subject shown above; its text is dropped with the tag.
  nonTextTags: ["style", "script", "textarea", "option", "noscript", "title"],
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }), h2: "h3" },
};

export async function readOutboxMessage(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await (await db())
    .select({ ...listed, textBody: outboxMessages.textBody, htmlBody: outboxMessages.htmlBody })
    .from(outboxMessages)
    .where(eq(outboxMessages.id, id))
    .limit(1);
  if (!row) return null;
  return { ...row, safeHtml: sanitizeHtml(row.htmlBody, shown) };
}
