import { type SQL, sql } from "drizzle-orm";
import { type Executor, queryRows } from "#db/client.server";

type Numbered = { id: string; referencePrefix: string; timeZone: string };

/**
 * The next public reference for a consultation, like ASCC-2026-0042: numbered per year in the
 * consultation's own time zone. The counter row is locked until the transaction ends, so a
 * rolled-back submission gives its number back and references have no gaps.
 */
export async function allocateReference(executor: Executor, consultation: Numbered, now: Date): Promise<string> {
  const [row] = await queryRows<{ reference: string }>(executor, nextReferenceStatement(consultation, now));
  if (!row) throw new Error("The reference counter returned no row");
  return row.reference;
}

/**
 * `allocateReference` as one statement returning `reference`, for a caller that runs it inside a
 * bigger one; with `onlyIf`, no number is taken unless the condition holds.
 */
export function nextReferenceStatement(consultation: Numbered, now: Date, onlyIf?: SQL): SQL {
  const year = yearIn(consultation.timeZone, now);
  return sql`insert into reference_counters as r (consultation_id, year, last)
      select ${consultation.id}::uuid, ${year}::int, 1 ${onlyIf ? sql`where ${onlyIf}` : sql``}
      on conflict (consultation_id, year) do update set last = r.last + 1
      returning ${consultation.referencePrefix} || '-' || r.year || '-' || lpad(r.last::text, greatest(4, length(r.last::text)), '0') as reference`;
}

// Made once per time zone: making the formatter cost more than the rest of a send's statement.
const yearFormats = new Map<string, Intl.DateTimeFormat>();

function yearIn(timeZone: string, now: Date): number {
  let format = yearFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en", { year: "numeric", timeZone });
    yearFormats.set(timeZone, format);
  }
  return Number(format.format(now));
}
