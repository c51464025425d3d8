// The filters the queue counts per value (facets): their columns, and which of a filter's values are set.
import { type SQL, sql } from "drizzle-orm";
import { schema } from "#db/client.server";
import { type QueueFilter, UNTAGGED } from "./filters";

const { submissions, sections, organisations } = schema;

export type Facet =
  | "status"
  | "section"
  | "theme"
  | "language"
  | "stance"
  | "kind"
  | "organisationType"
  | "country"
  | "attachment";

export const facetColumn: Record<Exclude<Facet, "theme">, SQL> = {
  status: sql`${submissions.status}::text`,
  section: sql`${sections.number}`,
  language: sql`${submissions.language}::text`,
  stance: sql`${submissions.stance}::text`,
  kind: sql`${submissions.kind}::text`,
  organisationType: sql`coalesce(${organisations.type}::text, 'individual')`,
  country: sql`${organisations.country}::text`,
  attachment: sql`case when ${submissions.attachmentId} is null then 'no' else 'yes' end`,
};
export const FACETS = Object.keys(facetColumn) as Exclude<Facet, "theme">[];

export type FacetCounts = Record<Facet, Record<string, number>>;

export function withStatusTotal(result: FacetCounts): FacetCounts {
  result.status.all = Object.values(result.status).reduce((sum, n) => sum + n, 0);
  return result;
}

export type FacetValues = Record<Exclude<Facet, "theme">, string | null> & { themes: string[] };

export const facetFilterValue = (filter: QueueFilter, facet: Facet): string | undefined =>
  facet === "status" ? (filter.status === "all" ? undefined : filter.status) : (filter[facet] ?? undefined);

export const activeFacets = (filter: QueueFilter) =>
  ([...FACETS, "theme"] as Facet[]).filter((facet) => facetFilterValue(filter, facet) !== undefined);

/** Whether a row has the value a filter wants of a facet; any row passes a facet the filter leaves open. */
export function passes(row: FacetValues, facet: Facet, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  if (facet !== "theme") return row[facet] === wanted;
  return wanted === UNTAGGED ? row.themes.length === 0 : row.themes.includes(wanted);
}
