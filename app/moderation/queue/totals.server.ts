// The kept totals per combination of filter values, held in memory, and the counts per facet summed from them.
import { type SQL, sql } from "drizzle-orm";
import { db, queryRows, schema } from "#db/client.server";
import { type Facet, type FacetCounts, FACETS, facetFilterValue, withStatusTotal } from "./facets.server";
import { type QueueFilter, UNTAGGED } from "./filters";
import { SlotIndex } from "./slot-index";

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
  sectionId: string | null;
  themeId: string | null;
  tagged: boolean;
  theme: string | null;
  n: number;
};
type TotalsRow = (ChangedRow & { themeKeys: null }) | { themeKeys: string[] };
type VersionedRow = TotalsRow & { epoch: string; version: number };

/** Codes held as 16-bit numbers, widened to 32 bits for a column whose values outgrow them. */
type Codes = Uint16Array | Int32Array;

function stored(column: Codes, slot: number, code: number): Codes {
  const fits = column instanceof Int32Array || code <= 0xffff ? column : Int32Array.from(column);
  fits[slot] = code;
  return fits;
}

function resized<T extends Codes | Uint8Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array.subarray(0, Math.min(length, array.length)));
  return copy;
}

// A slot's key packs its codes into one number (45 bits, below 2^53): its theme, its section's
// id, tagged, and each value but the section number (its id says it). 300,000 text keys of uuids
// and values had been most of a warmed server's memory (decision 027). A code beyond its bits
// makes that slot's key a text of its codes instead; both kinds share one map.
const KEY_BITS = { theme: 10, section: 12, tagged: 1 } as const;
const FACET_KEY_BITS: Record<CountedFacet, number | null> = {
  status: 3,
  section: null,
  language: 2,
  stance: 3,
  kind: 2,
  organisationType: 5,
  country: 5,
  attachment: 2,
};
const KEYED = FACETS.flatMap((facet, index) => {
  const bits = FACET_KEY_BITS[facet];
  return bits === null ? [] : [{ index, radix: 2 ** bits }];
});

class KeptTotals {
  version = -1;
  size = 0;
  private readonly slots = new SlotIndex();
  readonly dictionaries = Object.fromEntries(FACETS.map((facet) => [facet, new Dictionary()])) as Record<
    CountedFacet,
    Dictionary
  >;
  readonly themes = new Dictionary();
  // Section and theme ids, numbered for the slot keys only: a section number can come back in a
  // later version of the document under another id, and each id is a total of its own.
  private readonly sectionIds = new Dictionary();
  private readonly themeIds = new Dictionary();
  columns = Object.fromEntries(FACETS.map((facet) => [facet, new Uint16Array(1024)])) as Record<CountedFacet, Codes>;
  /** The theme's code in themes, or NO_VALUE for a submission's own row (not per theme). */
  theme: Codes = new Uint16Array(1024);
  tagged = new Uint8Array(1024);
  n = new Int32Array(1024);

  constructor(readonly epoch: string) {}

  set(row: ChangedRow) {
    const codes = FACETS.map((facet) => this.dictionaries[facet].code(row[facet]));
    const themeCode = this.themes.code(row.theme);
    const key = this.slotKey(this.themeIds.code(row.themeId), this.sectionIds.code(row.sectionId), row.tagged, codes);
    let slot = this.slots.get(key);
    if (slot === undefined) {
      if (Number(row.n) === 0) return;
      slot = this.size++;
      this.slots.add(key, slot);
      if (slot === this.n.length) this.resize(Math.ceil(this.n.length * 1.5));
      FACETS.forEach((facet, index) => {
        this.columns[facet] = stored(this.columns[facet], slot as number, codes[index] as number);
      });
      this.theme = stored(this.theme, slot, themeCode);
      this.tagged[slot] = row.tagged ? 1 : 0;
    }
    this.n[slot] = Number(row.n);
  }

  private slotKey(themeId: number, sectionId: number, tagged: boolean, codes: number[]): number | string {
    if (themeId >= 2 ** KEY_BITS.theme || sectionId >= 2 ** KEY_BITS.section)
      return [themeId, sectionId, tagged, ...codes].join();
    let key = (themeId * 2 ** KEY_BITS.section + sectionId) * 2 + (tagged ? 1 : 0);
    for (const { index, radix } of KEYED) {
      const code = codes[index] as number;
      if (code >= radix) return [themeId, sectionId, tagged, ...codes].join();
      key = key * radix + code;
    }
    return key;
  }

  /** A deleted theme's totals go with it (on delete cascade), unseen as changes. */
  keepThemes(keys: string[]) {
    const kept = new Set(keys.map((key) => this.themes.find(key)));
    for (let slot = 0; slot < this.size; slot++) {
      const code = this.theme[slot] ?? NO_VALUE;
      if (code !== NO_VALUE && !kept.has(code)) this.n[slot] = 0;
    }
  }

  /** Columns of `length` slots: grown as slots come, trimmed to size after a first load. */
  resize(length: number) {
    for (const facet of FACETS) this.columns[facet] = resized(this.columns[facet], length);
    this.theme = resized(this.theme, length);
    this.tagged = resized(this.tagged, length);
    this.n = resized(this.n, length);
  }
}
const keptTotals = new Map<string, KeptTotals>();

/** The rows changed since `since` (all of them for -1), with the version and epoch they are at. */
function changedTotalsQuery(consultationId: string, since: number): SQL {
  // One statement, so the version and the rows come from the same snapshot. The version is
  // written into the statement: as a parameter (or worked out in it), the planner expects a third
  // of the rows to have changed and reads them all rather than the few by index.
  const changedSince = sql.raw(String(Math.trunc(since)));
  return sql`select v.epoch, v.version::int as version, c.*
        from queue_count_versions v
        left join lateral (
          select c.section_id as "sectionId", null::uuid as "themeId",
            c.status::text as status, sec.number as section, c.language::text as language, c.stance::text as stance, c.kind::text as kind,
            c.organisation_type as "organisationType", c.country::text as country, case when c.has_attachment then 'yes' else 'no' end as attachment,
            c.tagged, null::text as theme, c.n, null::text[] as "themeKeys"
          from submission_facet_counts c left join ${sections} sec on sec.id = c.section_id
          where c.consultation_id = v.consultation_id and c.changed_version > ${changedSince}
          union all
          select c.section_id, c.theme_id, c.status::text, sec.number, c.language::text, c.stance::text, c.kind::text, c.organisation_type, c.country::text,
            case when c.has_attachment then 'yes' else 'no' end, true, t.key, c.n, null
          from theme_facet_counts c join ${themes} t on t.id = c.theme_id left join ${sections} sec on sec.id = c.section_id
          where c.consultation_id = v.consultation_id and c.changed_version > ${changedSince}
          union all
          -- The theme keys, to notice deleted themes.
          select null, null, null, null, null, null, null, null, null, null, null, null, null,
            array(select key from ${themes} where consultation_id = v.consultation_id)
        ) c on true
        where v.consultation_id = ${consultationId}`;
}

// A first load reads its rows in parts through a cursor (one statement's snapshot still): built
// all at once, a million submissions' 300,000 rows took the heap to ~280 MB (decision 027).
const FIRST_LOAD_PART = 1_000;

/** Hands the changed rows to `take` (in parts for a first load) until it returns false. */
async function readChangedTotals(
  consultationId: string,
  since: number,
  part: number,
  take: (rows: VersionedRow[]) => boolean,
) {
  const query = changedTotalsQuery(consultationId, since);
  const database = await db();
  if (since >= 0) {
    take(await queryRows<VersionedRow>(database, query));
    return;
  }
  await database.transaction(async (tx) => {
    await tx.execute(sql`declare kept_totals_first_load no scroll cursor for ${query}`);
    for (;;) {
      const rows = await queryRows<VersionedRow>(
        tx,
        sql`fetch ${sql.raw(String(Math.trunc(part)))} from kept_totals_first_load`,
      );
      if (!take(rows) || rows.length < part) break;
    }
  });
}

// The first load (every row) is shared: concurrent page views and the start-up warm-up wait for
// one. Each then brings it up to date in a snapshot of its own, so a page after a decision counts it.
const firstLoads = new Map<string, Promise<KeptTotals>>();

async function currentTotals(consultationId: string, firstLoadPart = FIRST_LOAD_PART): Promise<KeptTotals> {
  if (!keptTotals.has(consultationId)) {
    let load = firstLoads.get(consultationId);
    if (!load) {
      load = updateTotals(consultationId, firstLoadPart).finally(() => firstLoads.delete(consultationId));
      firstLoads.set(consultationId, load);
    }
    await load;
  }
  return updateTotals(consultationId);
}

async function updateTotals(consultationId: string, firstLoadPart = FIRST_LOAD_PART): Promise<KeptTotals> {
  const held = keptTotals.get(consultationId);
  // Held totals of an older epoch (they were counted again from the submissions): start over.
  let totals = await applyChanges(consultationId, held, firstLoadPart);
  if (!totals && held) totals = await applyChanges(consultationId, undefined, firstLoadPart);
  if (!totals) return new KeptTotals("");
  keptTotals.set(consultationId, totals);
  return totals;
}

/**
 * `held` brought up to date with the rows changed since its version, or, without it, every row
 * in new totals. Undefined when `held` is of another epoch, or the consultation has no counts.
 */
async function applyChanges(
  consultationId: string,
  held: KeptTotals | undefined,
  firstLoadPart: number,
): Promise<KeptTotals | undefined> {
  let totals: KeptTotals | undefined;
  let latest = -1;
  await readChangedTotals(consultationId, held?.version ?? -1, firstLoadPart, (rows) => {
    for (const row of rows) {
      if (!totals) {
        if (held && row.epoch !== held.epoch) return false;
        totals = held ?? new KeptTotals(row.epoch);
        latest = Number(row.version);
      }
      if (row.themeKeys === null) totals.set(row);
      else if (latest !== totals.version) totals.keepThemes(row.themeKeys);
    }
    return true;
  });
  if (!totals) return undefined;
  if (!held) totals.resize(Math.max(totals.size, 1));
  totals.version = latest;
  return totals;
}

/**
 * Loads a consultation's kept totals into this server's memory (the first load reads them all,
 * `firstLoadPart` rows at a time).
 */
export async function warmQueueTotals(consultationId: string, firstLoadPart = FIRST_LOAD_PART): Promise<void> {
  await currentTotals(consultationId, firstLoadPart);
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
  const setColumns = setFacets.map((index) => facetColumns[index] as Codes);
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
      if ((setColumns[index] as Codes)[slot] !== wanted[index]) {
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
      const code = (facetColumns[facet] as Codes)[slot] as number;
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
