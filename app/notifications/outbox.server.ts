import { type SQL, sql } from "drizzle-orm";
import { type Executor, queryRows } from "#db/client.server";
import type { Language } from "#db/schema/values";
import { languages } from "~/i18n/config";
import type { RenderedMail } from "./content";
import { type MailPreference, type MailTemplate, renderInEveryLanguage, renderMail } from "./templates.server";

// The public way to send e-mail (decision 035): queue it in the transaction that makes the change,
// and the sender worker delivers it. Nothing here talks to a mail server.

const preferenceColumns: Record<MailPreference, SQL> = {
  emailReceipts: sql`u.email_receipts`,
  emailDecisions: sql`u.email_decisions`,
  emailDigest: sql`u.email_digest`,
};

/** A value the database fills in per recipient row (a submission's reference), written into the params as this. */
export function slot(name: string): string {
  return `%%${name}%%`;
}

type ToUser = { userId: string };
type ToAddress = { email: string; language: Language; userId?: string | null };

export type OutgoingMessage<Params> = {
  template: MailTemplate<Params>;
  params: Params;
  /**
   * A user gets it at their address, in their e-mail language, unless they turned its kind off;
   * an address (an invitation to someone without an account yet) gets it as given.
   */
  to: ToUser | ToAddress;
  /** Queues it at most once: a second message with the same key is dropped. */
  dedupeKey?: string;
};

/** Queues one message; true when it was queued (false: the person turned its kind off, or its key was queued before). */
export async function enqueueMessage<Params>(executor: Executor, message: OutgoingMessage<Params>): Promise<boolean> {
  const { template, params, to, dedupeKey = null } = message;
  const statement =
    "email" in to
      ? toAddressStatement(template, params, to, dedupeKey)
      : queueForUsers(template, params, {
          users: sql`select ${to.userId}::text as user_id`,
          dedupeKey: dedupeKey === null ? undefined : sql`${dedupeKey}::text`,
        });
  const rows = await queryRows<{ id: string }>(executor, sql`${statement} returning id`);
  return rows.length > 0;
}

function toAddressStatement<Params>(
  template: MailTemplate<Params>,
  params: Params,
  to: ToAddress,
  dedupeKey: string | null,
) {
  const mail = renderMail(template, params, to.language);
  return sql`insert into outbox_messages (kind, recipient_id, to_address, language, subject, text_body, html_body, dedupe_key)
    values (${template.kind}, ${to.userId ?? null}, ${to.email}, ${to.language}::language, ${mail.subject}, ${mail.text},
      ${mail.html}, ${dedupeKey})
    on conflict (dedupe_key) do nothing`;
}

export type UsersQuery = {
  /** A select of `user_id` and, per slot the params use, a column `slot_<name>` with its value. */
  users: SQL;
  slots?: readonly string[];
  /** An expression over the row (`u.id`, the slots' columns) that names a message queued at most once. */
  dedupeKey?: SQL;
};

/**
 * The INSERT … SELECT that queues one message per user the query names, for a caller that adds it
 * to its own statement (intake queues the receipt in the statement that stores the input) or runs it
 * in its transaction (a decision on many submissions queues one per author in one statement). The
 * message is rendered once per language here; the database picks each user's language, leaves out
 * those who turned the kind off or deleted their account, and writes each row's slots into it
 * (escaped in the HTML).
 */
export function queueForUsers<Params>(template: MailTemplate<Params>, params: Params, query: UsersQuery): SQL {
  const rendered = renderInEveryLanguage(template, params);
  const pick = (part: keyof RenderedMail) => {
    const byLanguage = sql.join(
      languages.map((language) => sql`when ${language} then ${rendered[language][part]}::text`),
      sql` `,
    );
    return sql`(case u.email_language::text ${byLanguage} end)`;
  };
  const filled = (part: keyof RenderedMail) =>
    (query.slots ?? []).reduce<SQL>((text, name) => {
      const value = sql.raw(`r."slot_${name.replace(/\W/g, "")}"`);
      const safe =
        part === "html" ? sql`replace(replace(replace(${value}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')` : value;
      return sql`replace(${text}, ${slot(name)}, ${safe})`;
    }, pick(part));
  const preference = template.preference ? sql`and ${preferenceColumns[template.preference]}` : sql``;
  return sql`insert into outbox_messages (kind, recipient_id, to_address, language, subject, text_body, html_body, dedupe_key)
    select ${template.kind}, u.id, u.email, u.email_language, ${filled("subject")}, ${filled("text")}, ${filled("html")},
      ${query.dedupeKey ?? sql`null`}
    from (${query.users}) r join users u on u.id = r.user_id
    where u.deleted_at is null ${preference}
    on conflict (dedupe_key) do nothing`;
}
