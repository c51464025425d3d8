// The kept totals per combination of filter values, held in memory, and the counts per facet summed from them.
import { sql } from "drizzle-orm";
import { db, queryRows, schema } from "#db/client.server";
import { type Facet, type FacetCounts, FACETS, facetFilterValue, withStatusTotal } from "./facets.server";
import { type QueueFilter, UNTAGGED } from "./filters";

const { sections, themes } = schema;

// The kept totals (migration 0007), held in memory per consultation and brought up to date on
// each use with only the rows changed since. Held column by column, each value as a small number:
// a new view sums a few hundred thousand combinations in milliseconds, where objects and string
// comparisons took a hundred.
type CountedFacet = Exclude<Facet, "theme">;
const NO_VALUE = 0;
const NOT_HELD = -1;

/** The values one facet has taken, numbered: 0 is "no value" (whole-draft input, no country). */
class Dictionary {
  readonly values: (string | null)[] = [null];
  private readonly codes = new Map<string, number>();
  code(value: string | null): number {
    if (value === null) return NO_VALUE;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }
  /** The code of a value, or NOT_HELD when no combination has it (so nothing matches it). */
  find(value: string): number {
    return this.codes.get(value) ?? NOT_HELD;
  }
}

type ChangedRow = Record<CountedFacet, string | null> & {
  key: string | null;
  tagged: boolean;
  theme: string | null;
  n: number;
};

class KeptTotals {
  version = -1;
  size = 0;
  readonly slots = new Map<string, number>();
  readonly dictionaries = Object.fromEntries(FACETS.map((facet) => [facet, new Dictionary()])) as Record<
    CountedFacet,
    Dictionary
  >;
  readonly themes = new Dictionary();
  columns = Object.fromEntries(FACETS.map((facet) => [facet, new Int32Array(1024)])) as Record<
    CountedFacet,
    Int32Array
  >;
  /** The theme's code in themes, or NO_VALUE for a submission's own row (not per theme). */
  theme = new Int32Array(1024);
  tagged = new Uint8Array(1024);
  n = new Int32Array(1024);

  constructor(readonly epoch: string) {}

  set(row: ChangedRow & { key: string }) {
    let slot = this.slots.get(row.key);
    if (slot === undefined) {
      if (Number(row.n) === 0) return;
      slot = this.size++;
      this.slots.set(row.key, slot);
      if (slot === this.n.length) this.grow();
      for (const facet of FACETS) this.columns[facet][slot] = this.dictionaries[facet].code(row[facet]);
      this.theme[slot] = this.themes.code(row.theme);
      this.tagged[slot] = row.tagged ? 1 : 0;
    }
    this.n[slot] = Number(row.n);
  }

  /** A deleted theme's totals go with it (on delete cascade), unseen as changes. */
  keepThemes(keys: string[]) {
    const kept = new Set(keys.map((key) => this.themes.find(key)));
    for (let slot = 0; slot < this.size; slot++) {
      const code = this.theme[slot] ?? NO_VALUE;
      if (code !== NO_VALUE && !kept.has(code)) this.n[slot] = 0;
    }
  }

  private grow() {
    const larger = <T extends Int32Array | Uint8Array>(array: T): T => {
      const copy = new (array.constructor as new (length: number) => T)(array.length * 2);
      copy.set(array);
      return copy;
    };
    for (const facet of FACETS) this.columns[facet] = larger(this.columns[facet]);
    this.theme = larger(this.theme);
    this.tagged = larger(this.tagged);
    this.n = larger(this.n);
  }
}
const keptTotals = new Map<string, KeptTotals>();

/** The rows changed since `since` (all of them for -1), with the version and epoch they are at. */
async function changedTotals(consultationId: string, since: number) {
  // One statement, so the version and the rows come from the same snapshot. The version is
  // written into the statement: as a parameter (or worked out in it), the planner expects a third
  // of the rows to have changed and reads them all rather than the few by index.
  const changedSince = sql.raw(String(Math.trunc(since)));
  return queryRows<ChangedRow & { epoch: string; version: number; themeKeys: string[] | null }>(
    await db(),
    sql`select v.epoch, v.version::int as version, c.*,
          case when c.key is null then array(select key from ${themes} where consultation_id = v.consultation_id) end as "themeKeys"
        from queue_count_versions v
        left join lateral (
          select concat_ws('|', 'all', c.status, c.section_id, c.language, c.stance, c.kind, c.organisation_type, c.country, c.has_attachment, c.tagged) as key,
            c.status::text as status, sec.number as section, c.language::text as language, c.stance::text as stance, c.kind::text as kind,
            c.organisation_type as "organisationType", c.country::text as country, case when c.has_attachment then 'yes' else 'no' end as attachment,
            c.tagged, null::text as theme, c.n
          from submission_facet_counts c left join ${sections} sec on sec.id = c.section_id
          where c.consultation_id = v.consultation_id and c.changed_version > ${changedSince}
          union all
          select concat_ws('|', c.theme_id, c.status, c.section_id, c.language, c.stance, c.kind, c.organisation_type, c.country, c.has_attachment),
            c.status::text, sec.number, c.language::text, c.stance::text, c.kind::text, c.organisation_type, c.country::text,
            case when c.has_attachment then 'yes' else 'no' end, true, t.key, c.n
          from theme_facet_counts c join ${themes} t on t.id = c.theme_id left join ${sections} sec on sec.id = c.section_id
          where c.consultation_id = v.consultation_id and c.changed_version > ${changedSince}
          union all
          -- A row without a key carries the theme keys, to notice deleted themes.
          select null, null, null, null, null, null, null, null, null, null, null, null
        ) c on true
        where v.consultation_id = ${consultationId}`,
  );
}

// The first load (every row) is shared: concurrent page views and the start-up warm-up wait for
// one. Each then brings it up to date in a snapshot of its own, so a page after a decision counts it.
const firstLoads = new Map<string, Promise<KeptTotals>>();

async function currentTotals(consultationId: string): Promise<KeptTotals> {
  if (!keptTotals.has(consultationId)) {
    let load = firstLoads.get(consultationId);
    if (!load) {
      load = updateTotals(consultationId).finally(() => firstLoads.delete(consultationId));
      firstLoads.set(consultationId, load);
    }
    await load;
  }
  return updateTotals(consultationId);
}

async function updateTotals(consultationId: string): Promise<KeptTotals> {
  const held = keptTotals.get(consultationId);
  let changes = await changedTotals(consultationId, held?.version ?? -1);
  const first = changes[0];
  if (!first) return new KeptTotals("");
  // A new epoch (the totals were counted again from the submissions): start over.
  if (held && first.epoch !== held.epoch) changes = await changedTotals(consultationId, -1);
  const latest = changes[0] ?? first;
  const totals = held && held.epoch === latest.epoch ? held : new KeptTotals(latest.epoch);
  for (const row of changes) {
    if (row.key !== null) totals.set(row as ChangedRow & { key: string });
    else if (Number(row.version) !== totals.version) totals.keepThemes(row.themeKeys ?? []);
  }
  totals.version = Number(latest.version);
  keptTotals.set(consultationId, totals);
  return totals;
}

/** Loads a consultation's kept totals into this server's memory (the first load reads them all). */
export async function warmQueueTotals(consultationId: string): Promise<void> {
  await currentTotals(consultationId);
}

// The same view at the same version has the same counts: paging, or the document and then its
// data, need not sum again. Keyed by epoch and version, so a cached answer is never stale.
const summedViews = new Map<string, FacetCounts>();
const SUMMED_VIEWS_KEPT = 500;

export async function sumKeptCounts(consultationId: string, filter: QueueFilter): Promise<FacetCounts> {
  const totals = await currentTotals(consultationId);
  const { after: _after, sort: _sort, ...view } = filter;
  const key = JSON.stringify([consultationId, totals.epoch, totals.version, view]);
  const summed = summedViews.get(key) ?? sumTotals(totals, filter);
  summedViews.delete(key);
  summedViews.set(key, summed);
  const oldest = summedViews.keys().next().value;
  if (summedViews.size > SUMMED_VIEWS_KEPT && oldest !== undefined) summedViews.delete(oldest);
  return structuredClone(summed);
}

function sumTotals(totals: KeptTotals, filter: QueueFilter): FacetCounts {
  // Columns and sums in arrays by facet, and the facets the filter sets as parallel arrays (each
  // with the code of the value it wants): the loop below runs once per combination, a few
  // hundred thousand times a view, and looking columns up by name there took most of its time.
  const facetColumns = FACETS.map((facet) => totals.columns[facet]);
  const facetSums = FACETS.map((facet) => new Float64Array(totals.dictionaries[facet].values.length));
  const setFacets: number[] = [];
  const wanted: number[] = [];
  FACETS.forEach((facet, index) => {
    const value = facetFilterValue(filter, facet);
    if (value === undefined) return;
    setFacets.push(index);
    wanted.push(totals.dictionaries[facet].find(value));
  });
  const setColumns = setFacets.map((index) => facetColumns[index] as Int32Array);
  const themeSums = new Float64Array(totals.themes.values.length);
  let untagged = 0;
  const chosenTheme = filter.theme && filter.theme !== UNTAGGED ? totals.themes.find(filter.theme) : null;
  const onlyUntagged = filter.theme === UNTAGGED;
  const { theme, tagged, n } = totals;
  // Each total counts towards a facet when it passes every other filter: with no filter failed,
  // towards all of them; with exactly one failed, towards that one only.
  for (let slot = 0; slot < totals.size; slot++) {
    const count = n[slot] as number;
    if (count === 0) continue;
    let failed = -1;
    let failures = 0;
    for (let index = 0; index < setColumns.length; index++) {
      if ((setColumns[index] as Int32Array)[slot] !== wanted[index]) {
        failed = setFacets[index] as number;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    const themeCode = theme[slot] as number;
    const perTheme = themeCode !== NO_VALUE;
    if (failures === 0) {
      if (perTheme) themeSums[themeCode] = (themeSums[themeCode] as number) + count;
      else if (tagged[slot] === 0) untagged += count;
    }
    // The other facets count submissions under the chosen theme, the untagged ones, or all.
    const underTheme =
      chosenTheme !== null ? themeCode === chosenTheme : !perTheme && (!onlyUntagged || tagged[slot] === 0);
    if (!underTheme) continue;
    // Towards the one facet it failed, or every facet.
    const first = Math.max(failed, 0);
    const last = failed < 0 ? facetColumns.length - 1 : failed;
    for (let facet = first; facet <= last; facet++) {
      const sums = facetSums[facet] as Float64Array;
      const code = (facetColumns[facet] as Int32Array)[slot] as number;
      sums[code] = (sums[code] as number) + count;
    }
  }
  const named = (dictionary: Dictionary, values: Float64Array) => {
    const record: Record<string, number> = {};
    values.forEach((sum, code) => {
      const value = dictionary.values[code];
      if (code !== NO_VALUE && sum > 0 && typeof value === "string") record[value] = sum;
    });
    return record;
  };
  const result = Object.fromEntries(
    FACETS.map((facet, index) => [facet, named(totals.dictionaries[facet], facetSums[index] as Float64Array)]),
  ) as FacetCounts;
  result.theme = named(totals.themes, themeSums);
  if (untagged > 0) result.theme[UNTAGGED] = untagged;
  return withStatusTotal(result);
}
