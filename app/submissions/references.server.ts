import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "#db/client.server";

/**
 * The next public reference for a consultation, like ASCC-2026-0042: numbered per year in the
 * consultation's own time zone. The counter row is locked until the transaction ends, so a
 * rolled-back submission gives its number back and references have no gaps.
 */
export async function allocateReference(
  executor: Executor,
  consultation: { id: string; referencePrefix: string; timeZone: string },
  now: Date,
): Promise<string> {
  const year = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: consultation.timeZone }).format(now));
  const [row] = await queryRows<{ last: number }>(
    executor,
    sql`insert into reference_counters (consultation_id, year, last) values (${consultation.id}, ${year}, 1)
        on conflict (consultation_id, year) do update set last = reference_counters.last + 1
        returning last`,
  );
  if (!row) throw new Error("The reference counter returned no row");
  return `${consultation.referencePrefix}-${year}-${String(row.last).padStart(4, "0")}`;
}
