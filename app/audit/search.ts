import { z } from "~/forms/zod";
import { isTimeZone, zonedToInstant } from "~/i18n/zoned-time";

// The audit log's search (issue 15, item 4; decision 038): who, what action, which target, and an
// inclusive range of days read in one time zone. Shared by the search form and the loader.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = z
  .string()
  .trim()
  .refine((value) => value === "" || (DAY.test(value) && zonedToInstant(`${value}T00:00`, "UTC") !== null), {
    error: "audit:errors.notADate",
  })
  .default("");

export const auditFilterSchema = z
  .object({
    who: z.string().trim().max(200, { error: "audit:errors.tooLong" }).default(""),
    action: z.string().trim().max(100, { error: "audit:errors.tooLong" }).default(""),
    target: z.string().trim().max(200, { error: "audit:errors.tooLong" }).default(""),
    from: day,
    to: day,
    zone: z
      .string()
      .trim()
      .refine((value) => value === "" || isTimeZone(value), { error: "audit:errors.unknownZone" })
      .default(""),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    error: "audit:errors.endBeforeStart",
    path: ["to"],
  });
export type AuditFilter = z.output<typeof auditFilterSchema>;
export const auditFilterFields = ["who", "action", "target", "from", "to", "zone"] as const;

/** The day after `day` (both "YYYY-MM-DD"), by the calendar alone. */
function nextDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/**
 * The filter's days as instants in `zone`: from the start of the first day, up to (not including)
 * the start of the day after the last, so the last day counts whole.
 */
export function instantRange(filter: Pick<AuditFilter, "from" | "to">, zone: string) {
  return {
    from: filter.from ? zonedToInstant(`${filter.from}T00:00`, zone) : null,
    before: filter.to ? zonedToInstant(`${nextDay(filter.to)}T00:00`, zone) : null,
  };
}

/** The filter as an address's query, empty values left out (for the pages and the export link). */
export function auditFilterQuery(filter: Partial<Record<(typeof auditFilterFields)[number], string>>): string {
  const params = new URLSearchParams();
  for (const field of auditFilterFields) if (filter[field]) params.set(field, filter[field]);
  return params.toString();
}
