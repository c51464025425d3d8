// The kept totals of one consultation as held in memory, column by column, and a view's counts
// per facet summed from them.
import { type Facet, type FacetCounts, FACETS, facetFilterValue, withStatusTotal } from "./facets.server";
import { type QueueFilter, UNTAGGED } from "./filters";
import { SlotIndex } from "./slot-index";

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

export type ChangedRow = Record<CountedFacet, string | null> & {
  sectionId: string | null;
  themeId: string | null;
  tagged: boolean;
  theme: string | null;
  n: number;
};

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

export class KeptTotals {
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

/** The counts per facet of one view, summed over every kept combination. */
export function sumTotals(totals: KeptTotals, filter: QueueFilter): FacetCounts {
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
