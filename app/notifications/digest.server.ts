import { sql } from "drizzle-orm";
import { db, type Executor, queryRows } from "#db/client.server";
import { type BackgroundWorker, startBackgroundWorker } from "~/background-worker.server";
import { buildDigest, type DigestItem } from "./digest";
import { queueForUsers } from "./outbox.server";
import { digestMail } from "./templates/digest.server";

const DAY_MS = 86_400_000;
const WORKING_GROUP = sql`u.role in ('moderator', 'admin') and u.email_digest`;

/** The UTC day before `now`: the digest sent on a day is about the day before, complete. */
export function digestDay(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS - DAY_MS);
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

async function newInputOf(executor: Executor, day: Date): Promise<DigestItem[]> {
  const rows = await queryRows<Row>(
    executor,
    sql`select c.slug, c.title_en as "titleEn", c.title_id as "titleId", s.number, s.position,
        s.heading_en as "headingEn", s.heading_id as "headingId", m.reference, m.created_at as "createdAt", m.body
      from submissions m
      join consultations c on c.id = m.consultation_id
      left join sections s on s.id = m.section_id
      where m.created_at >= ${day.toISOString()}::timestamptz
        and m.created_at < ${new Date(day.getTime() + DAY_MS).toISOString()}::timestamptz
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
  const day = digestDay(now);
  const dedupeKey = sql`'digest:' || u.id || ':' || ${dayKey(day)}::text`;
  const [waiting] = await queryRows<{ waiting: boolean }>(
    database,
    sql`select exists (select 1 from users u where ${WORKING_GROUP}
      and not exists (select 1 from outbox_messages where dedupe_key = ${dedupeKey})) as waiting`,
  );
  if (!waiting?.waiting) return 0;
  const consultations = buildDigest(await newInputOf(database, day));
  if (consultations.length === 0) return 0;
  const queued = await queryRows<{ id: string }>(
    database,
    sql`${queueForUsers(
      digestMail,
      { day, consultations },
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
