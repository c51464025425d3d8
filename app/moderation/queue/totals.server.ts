// The kept totals loaded from the database into memory per consultation, brought up to date on
// each use, and the counts per facet summed from them for a view.
import { type SQL, sql } from "drizzle-orm";
import { db, queryRows, schema } from "#db/client.server";
import type { FacetCounts } from "./facets.server";
import type { QueueFilter } from "./filters";
import { type ChangedRow, KeptTotals, sumTotals } from "./kept-totals.server";

const { sections, themes } = schema;

type TotalsRow = (ChangedRow & { themeKeys: null }) | { themeKeys: string[] };
type VersionedRow = TotalsRow & { epoch: string; version: number };
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
