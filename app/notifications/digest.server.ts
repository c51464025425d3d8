import { sql } from "drizzle-orm";
import { db, type Executor, queryRows } from "#db/client.server";
import { type BackgroundWorker, startBackgroundWorker } from "~/background-worker.server";
import { secretariatTimeZone } from "~/i18n/secretariat-zone.server";
import { buildDigest, type DigestItem } from "./digest";
import { queueForUsers } from "./outbox.server";
import { digestMail } from "./templates/digest.server";

const DAY_MS = 86_400_000;
const WORKING_GROUP = sql`u.role in ('moderator', 'admin') and u.email_digest`;

/**
 * The secretariat's day before `now`, as the date it names (midnight UTC of that date): the
 * digest sent on a day is about the day before, complete, as the working group's clocks count
 * days, not UTC's (in Jakarta a UTC day ends at 7 in the morning).
 */
export function digestDay(now: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((found) => found.type === type)?.value);
  return new Date(Date.UTC(part("year"), part("month") - 1, part("day")) - DAY_MS);
}

function dayKey(day: Date): string {
  return day.toISOString().slice(0, 10);
}

type Row = {
  slug: string;
  titleEn: string;
  titleId: string;
  number: string | null;
  position: number | null;
  headingEn: string | null;
  headingId: string | null;
  reference: string;
  createdAt: Date | string;
  body: string;
};

async function newInputOf(executor: Executor, day: Date, timeZone: string): Promise<DigestItem[]> {
  // The day's first and last instant where the secretariat is; PostgreSQL knows its zone's rules.
  const starts = (date: Date) => sql`(${dayKey(date)}::date)::timestamp at time zone ${timeZone}`;
  const rows = await queryRows<Row>(
    executor,
    sql`select c.slug, c.title_en as "titleEn", c.title_id as "titleId", s.number, s.position,
        s.heading_en as "headingEn", s.heading_id as "headingId", m.reference, m.created_at as "createdAt", m.body
      from submissions m
      join consultations c on c.id = m.consultation_id
      left join sections s on s.id = m.section_id
      where m.created_at >= ${starts(day)} and m.created_at < ${starts(new Date(day.getTime() + DAY_MS))}
        and m.status <> 'withdrawn'`,
  );
  return rows.map((row) => ({
    consultation: { slug: row.slug, title: { en: row.titleEn, id: row.titleId } },
    section:
      row.number === null
        ? null
        : { number: row.number, position: row.position ?? 0, heading: { en: row.headingEn, id: row.headingId } },
    reference: row.reference,
    createdAt: new Date(row.createdAt),
    body: row.body,
  }));
}

/**
 * Queues yesterday's digest for every working-group member who asked for it and has not had it:
 * each member's message for a day has its own key, so running this again (every few minutes, on
 * every app server) queues nothing twice. A day without new input sends nothing.
 */
export async function queueDailyDigests(now: Date = new Date()): Promise<number> {
  const database = await db();
  const timeZone = await secretariatTimeZone();
  const day = digestDay(now, timeZone);
  const dedupeKey = sql`'digest:' || u.id || ':' || ${dayKey(day)}::text`;
  const [waiting] = await queryRows<{ waiting: boolean }>(
    database,
    sql`select exists (select 1 from users u where ${WORKING_GROUP}
      and not exists (select 1 from outbox_messages where dedupe_key = ${dedupeKey})) as waiting`,
  );
  if (!waiting?.waiting) return 0;
  const consultations = buildDigest(await newInputOf(database, day, timeZone));
  if (consultations.length === 0) return 0;
  const queued = await queryRows<{ id: string }>(
    database,
    sql`${queueForUsers(
      digestMail,
      { day, timeZone, consultations },
      {
        users: sql`select u.id as user_id, u.name as slot_name from users u where ${WORKING_GROUP}`,
        slots: ["name"],
        dedupeKey,
      },
    )} returning id`,
  );
  return queued.length;
}

/** Checks for a day's digest to queue every ten minutes, in the background of this app server. */
export function startDigestScheduler(report: (error: unknown) => void): BackgroundWorker {
  return startBackgroundWorker({
    step: async () => {
      await queueDailyDigests();
      return false;
    },
    idleMs: 10 * 60_000,
    busyMs: 10 * 60_000,
    maxBackoffMs: 30 * 60_000,
    report,
  });
}
