import { type SQL, sql } from "drizzle-orm";
import { db, queryRows, schema } from "#db/client.server";
import { secretariatTimeZone } from "~/i18n/secretariat-zone.server";
import { checkFields } from "~/forms/parse.server";
import { auditFilterFields, auditFilterSchema, instantRange } from "./search";

const { auditEvents, auditEventAddresses, users } = schema;

/** What the log is searched by, its days already turned into instants (search.ts). */
export type AuditQuery = { who: string; action: string; target: string; from: Date | null; before: Date | null };
/** A place in the log, newest first: an event's time (to the microsecond) and id. */
export type AuditCursor = { at: string; id: number };

export type AuditRow = {
  id: number;
  occurredAt: string;
  actorId: string | null;
  actorDeleted: boolean;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  /** The target as people name it: a submission's reference, a consultation's slug, a theme's key … */
  targetName: string | null;
  reason: string | null;
  details: Record<string, unknown>;
  /** Null once erased after the retention period, or when the event came from no request. */
  address: string | null;
  cursor: string;
};

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const UUID_SHAPE = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
// The subject's id as a uuid where it has that shape, so the look-ups below use their primary keys.
const subjectUuid = sql`(case when e.subject_id ~ ${UUID_SHAPE} then e.subject_id::uuid end)`;

function conditions(query: AuditQuery): SQL {
  const parts: SQL[] = [sql`true`];
  if (query.who) {
    const pattern = likePattern(query.who);
    parts.push(sql`e.actor_id in (select id from ${users} where email ilike ${pattern} or name ilike ${pattern})`);
  }
  if (query.action) {
    // "theme" finds every theme action (theme.created, theme.merged …); "theme.merged" only that one.
    const action = query.action.replace(/\.+$/, "");
    parts.push(sql`(e.action = ${action} or starts_with(e.action, ${`${action}.`}))`);
  }
  if (query.target) {
    const target = query.target;
    parts.push(sql`(e.subject_id = ${target} or e.subject_type = ${target}
      or ${subjectUuid} in (select id from submissions where reference = upper(${target}))
      or ${subjectUuid} in (select id from consultations where slug = ${target})
      or ${subjectUuid} in (select id from themes where key = ${target})
      or e.subject_id in (select id from ${users} where email = lower(${target})))`);
  }
  if (query.from) parts.push(sql`e.occurred_at >= ${query.from.toISOString()}::timestamptz`);
  if (query.before) parts.push(sql`e.occurred_at < ${query.before.toISOString()}::timestamptz`);
  return sql.join(parts, sql` and `);
}

export function cursorOf(text: string | null): AuditCursor | null {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)~(\d+)$/.exec(text ?? "");
  return match ? { at: match[1] ?? "", id: Number(match[2]) } : null;
}

async function eventsWhere(where: SQL, order: "newest" | "oldest", limit: number): Promise<AuditRow[]> {
  const direction = order === "newest" ? sql`desc` : sql`asc`;
  // Details as text, parsed here: the two drivers parse jsonb differently once drizzle has set them up.
  const rows = await queryRows<Omit<AuditRow, "details"> & { details: string }>(
    await db(),
    sql`select e.id::int as id, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "occurredAt",
          e.actor_id as "actorId", u.deleted_at is not null as "actorDeleted",
          -- A deleted account's tombstone names no one (decision 036): its name and e-mail are not shown.
          case when u.deleted_at is null then u.name end as "actorName",
          case when u.deleted_at is null then u.email end as "actorEmail", e.action, e.subject_type as "subjectType", e.subject_id as "subjectId",
          case e.subject_type
            when 'submission' then (select reference from submissions where id = ${subjectUuid})
            when 'consultation' then (select slug from consultations where id = ${subjectUuid})
            when 'theme' then (select key from themes where id = ${subjectUuid})
            when 'section' then (select number from sections where id = ${subjectUuid})
            when 'user' then (select email from ${users} where id = e.subject_id)
          end as "targetName",
          e.reason, e.details::text as details, a.address,
          to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '~' || e.id as cursor
        from ${auditEvents} e
        left join ${users} u on u.id = e.actor_id
        left join ${auditEventAddresses} a on a.event_id = e.id
        where ${where}
        order by e.occurred_at ${direction}, e.id ${direction}
        limit ${limit}`,
  );
  return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
}

/**
 * One page of the events the query finds, newest first: the first page, the page older than a
 * cursor, or the page newer than one; with the cursors of the pages beside it, if any.
 */
export async function searchAuditLog(
  query: AuditQuery,
  page: { older?: AuditCursor | null; newer?: AuditCursor | null } = {},
  size = 50,
) {
  const matching = conditions(query);
  if (page.newer) {
    const after = sql`(e.occurred_at, e.id) > (${page.newer.at}::timestamptz, ${page.newer.id})`;
    const found = (await eventsWhere(sql`${matching} and ${after}`, "oldest", size + 1)).reverse();
    const rows = found.length > size ? found.slice(1) : found;
    return { rows, newer: found.length > size ? (rows[0]?.cursor ?? null) : null, older: rows.at(-1)?.cursor ?? null };
  }
  const before = page.older
    ? sql`(e.occurred_at, e.id) < (${page.older.at}::timestamptz, ${page.older.id})`
    : sql`true`;
  const found = await eventsWhere(sql`${matching} and ${before}`, "newest", size + 1);
  const rows = found.slice(0, size);
  return {
    rows,
    newer: page.older ? (rows[0]?.cursor ?? null) : null,
    older: found.length > size ? (rows.at(-1)?.cursor ?? null) : null,
  };
}

/** Every event the query finds, newest first, in batches read one after the other (the CSV export). */
export async function* auditBatches(query: AuditQuery, size = 1_000): AsyncGenerator<AuditRow[]> {
  let older: AuditCursor | null = null;
  for (;;) {
    const page = await searchAuditLog(query, { older }, size);
    if (page.rows.length > 0) yield page.rows;
    older = cursorOf(page.older);
    if (!older) return;
  }
}

/** Every action the log holds, for the search form's suggestions: a skip through the action index, not a scan. */
export async function knownActions(): Promise<string[]> {
  const rows = await queryRows<{ action: string }>(
    await db(),
    sql`with recursive found(action) as (
          (select action from ${auditEvents} order by action limit 1)
          union all
          select (select action from ${auditEvents} where action > found.action order by action limit 1)
          from found where found.action is not null)
        select action from found where action is not null`,
  );
  return rows.map((row) => row.action);
}

/**
 * The search an address asks for: the filter checked by the form's own schema, its days turned
 * into instants in the zone named (or the default one); errors by field when it does not check.
 */
export async function auditSearchOf(params: URLSearchParams) {
  const values = Object.fromEntries(auditFilterFields.map((field) => [field, params.get(field) ?? ""]));
  const fields = Object.fromEntries(Object.entries(values).map(([field, value]) => [field, [value]]));
  const checked = checkFields(fields, auditFilterSchema);
  if (!checked.ok) return { ok: false as const, errors: checked.errors, values };
  const filter = checked.data;
  const zone = filter.zone || (await secretariatTimeZone());
  const query: AuditQuery = {
    who: filter.who,
    action: filter.action,
    target: filter.target,
    ...instantRange(filter, zone),
  };
  return { ok: true as const, filter, zone, query, values };
}
