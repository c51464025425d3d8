import { z } from "~/forms/zod";
import { countryCodes, organisationTypes } from "#db/schema/values";
import { stances, submissionKinds, submissionLanguages } from "~/submissions/schema";

export const statusFilters = ["pending", "approved", "rejected", "withdrawn", "all"] as const;
export const sortOrders = ["newest", "oldest", "section"] as const;
export const UNTAGGED = "untagged";

// A NUL byte cannot reach PostgreSQL's text functions; in an address it is hand-made.
const storable = (text: string) => !text.includes("\u0000");

// Every filter lives in the URL, so a view can be shared and survives reloads and actions.
// A value outside these lists is refused with a message, never silently ignored.
export const queueFilterSchema = z.object({
  status: z.enum(statusFilters, { error: "review.unknownFilter" }).default("pending"),
  section: z.string().max(20, { error: "review.unknownFilter" }).optional(),
  theme: z.string().max(60, { error: "review.unknownFilter" }).optional(),
  language: z.enum(submissionLanguages, { error: "review.unknownFilter" }).optional(),
  stance: z.enum(stances, { error: "review.unknownFilter" }).optional(),
  kind: z.enum(submissionKinds, { error: "review.unknownFilter" }).optional(),
  organisationType: z
    .enum([...organisationTypes, "individual"] as [string, ...string[]], { error: "review.unknownFilter" })
    .optional(),
  country: z.enum(countryCodes, { error: "review.unknownFilter" }).optional(),
  attachment: z.enum(["yes", "no"], { error: "review.unknownFilter" }).optional(),
  group: z.uuid({ error: "review.unknownFilter" }).optional(),
  groups: z.enum(["collapse"], { error: "review.unknownFilter" }).optional(),
  q: z
    .string()
    .trim()
    .max(200, { error: "review.searchTooLong" })
    .refine(storable, { error: "review.unknownFilter" })
    .optional(),
  sort: z.enum(sortOrders, { error: "review.unknownFilter" }).default("newest"),
  after: z.string().max(200).refine(storable, { error: "review.unknownFilter" }).optional(),
});
export type QueueFilter = z.output<typeof queueFilterSchema>;

export const FILTER_KEYS = [
  "status",
  "section",
  "theme",
  "language",
  "stance",
  "kind",
  "organisationType",
  "country",
  "attachment",
  "group",
  "groups",
  "q",
  "sort",
] as const;

export function parseQueueFilter(params: URLSearchParams) {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (value !== "") raw[key] = value;
  return queueFilterSchema.safeParse(raw);
}

/** A section or theme named in the URL must be one of this consultation's: else the filter is refused. */
export function fitsConsultation(
  filter: QueueFilter,
  consultation: { sections: string[]; themes: { key: string }[] },
): boolean {
  if (filter.section && !consultation.sections.includes(filter.section)) return false;
  if (filter.theme && filter.theme !== UNTAGGED && !consultation.themes.some((theme) => theme.key === filter.theme))
    return false;
  return true;
}

/** The URL query for a filter, without empty values and defaults, so shared links stay short. */
export function filterQuery(
  filter: Partial<QueueFilter>,
  change: Partial<Record<keyof QueueFilter, string | undefined>> = {},
): string {
  const merged: Record<string, string | undefined> = { ...filter, ...change };
  const params = new URLSearchParams();
  for (const key of [...FILTER_KEYS, "after"] as const) {
    const value = merged[key];
    if (!value) continue;
    if ((key === "status" && value === "pending") || (key === "sort" && value === "newest")) continue;
    params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
