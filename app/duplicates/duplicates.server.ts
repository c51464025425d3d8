import { and, eq, inArray, ne, or, sql } from "drizzle-orm";
import { db, type Executor, isAnyOf, queryRows, schema, type Transaction } from "#db/client.server";
import { isDatabaseUnavailable } from "#db/faults.server";
import { bands, HASHES, similarity } from "./minhash";

const { submissions, submissionBands, nearDuplicateFilings } = schema;

/** Texts at least this similar (estimated Jaccard over word 3-grams) are one group. */
export const NEAR_DUPLICATE_SIMILARITY = 0.7;
/** The candidates sharing the most bands with a text are compared; a campaign's copies share them all. */
const CANDIDATES = 20;
/** Filings that failed this often are left in the table for an operator to look at (`filingBacklog`). */
export const FILING_ATTEMPTS = 5;

/**
 * Puts a submission in line to be filed with its near-duplicates. Call it in the transaction that
 * stores or edits its text (and its MinHash, `signature(text)`): the filing is committed with the
 * text or not at all, and a crash before it is done leaves the row for the next try.
 */
export async function queueNearDuplicateFiling(tx: Executor, submissionId: string): Promise<void> {
  await tx
    .insert(nearDuplicateFilings)
    .values({ submissionId })
    .onConflictDoUpdate({ target: nearDuplicateFilings.submissionId, set: { queuedAt: sql`now()`, attempts: 0 } });
}

type Waiting = { id: string; consultation_id: string; minhash: (string | number)[]; group_id: string | null };

/**
 * Files up to `limit` waiting submissions, oldest first, in one transaction, and returns how many
 * it filed. Rows another filer holds are skipped; within a consultation one filer works at a time
 * (an advisory lock), so two copies of a letter filed by two servers at once still meet.
 */
export async function fileWaitingSubmissions(limit = 50): Promise<number> {
  const database = await db();
  try {
    return await database.transaction((tx) => fileBatch(tx, limit, false));
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    // One submission the filing cannot handle must not hold up the others: again, each on its own.
    return database.transaction((tx) => fileBatch(tx, limit, true));
  }
}

async function fileBatch(tx: Transaction, limit: number, isolated: boolean): Promise<number> {
  const waiting = await queryRows<Waiting>(
    tx,
    sql`select s.id, s.consultation_id, s.minhash, s.duplicate_group_id as group_id
        from near_duplicate_filings f join submissions s on s.id = f.submission_id
        where f.attempts < ${FILING_ATTEMPTS}
        order by f.queued_at, f.submission_id limit ${limit} for update of f skip locked`,
  );
  if (waiting.length === 0) return 0;
  for (const consultationId of [...new Set(waiting.map((row) => row.consultation_id))].sort())
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`near-duplicates:${consultationId}`}, 0))`);
  const failed: string[] = [];
  if (!isolated) await fileTogether(tx, waiting);
  else
    for (const submission of waiting)
      await tx
        .transaction((savepoint) => fileTogether(savepoint, [submission]))
        .catch((error) => {
          if (isDatabaseUnavailable(error)) throw error;
          failed.push(submission.id);
        });
  const filed = waiting.map((row) => row.id).filter((id) => !failed.includes(id));
  await tx.delete(nearDuplicateFilings).where(isAnyOf(nearDuplicateFilings.submissionId, filed));
  if (failed.length > 0)
    await tx
      .update(nearDuplicateFilings)
      .set({ attempts: sql`${nearDuplicateFilings.attempts} + 1` })
      .where(isAnyOf(nearDuplicateFilings.submissionId, failed));
  return filed.length;
}

/**
 * Stores the MinHash bands by which later input finds these submissions as candidates. The bands
 * travel as four arrays: one statement text whatever the number, prepared once, where a VALUES
 * list of 16 rows per submission was built by drizzle and planned anew for every size.
 */
export async function storeBands(
  tx: Executor,
  filed: { id: string; consultationId: string; signature: readonly number[] }[],
): Promise<void> {
  const rows = filed.flatMap((submission) =>
    bands(submission.signature).map((hash, band) => [submission.id, submission.consultationId, band, hash] as const),
  );
  if (rows.length === 0) return;
  await tx.execute(
    sql`insert into submission_bands (submission_id, consultation_id, band, hash)
        select * from unnest(${sql.param(rows.map((row) => row[0]))}::uuid[], ${sql.param(rows.map((row) => row[1]))}::uuid[],
          ${sql.param(rows.map((row) => row[2]))}::int[], ${sql.param(rows.map((row) => row[3]))}::int[])`,
  );
}

type Candidate = { for_id: string; id: string; minhash: (string | number)[]; group_id: string | null };

/**
 * Files a batch, in its order, in four statements whatever its size: replaces the batch's bands,
 * looks up for each submission the ones sharing the most bands with it (among those filed before
 * it: older submissions and the batch's earlier members), and joins each to the group of its most
 * similar candidate (a group is named after its first member). Most input has no near-duplicate,
 * and its row is left alone.
 */
async function fileTogether(tx: Executor, batch: Waiting[]): Promise<void> {
  const signatures = new Map(batch.map((submission) => [submission.id, signatureOf(submission)]));
  const ids = batch.map((submission) => submission.id);
  await tx.delete(submissionBands).where(isAnyOf(submissionBands.submissionId, ids));
  await storeBands(
    tx,
    batch.map((submission) => ({
      id: submission.id,
      consultationId: submission.consultation_id,
      signature: signatures.get(submission.id) ?? [],
    })),
  );
  const candidates = await queryRows<Candidate>(
    tx,
    sql`select q.id as for_id, c.id, c.minhash, c.group_id
        from unnest(${sql.param(ids)}::uuid[]) with ordinality as q(id, position)
        cross join lateral (
          select s.id, s.minhash, s.duplicate_group_id as group_id
          from (
            select other.submission_id, count(*) as shared
            from submission_bands mine
            join submission_bands other on other.consultation_id = mine.consultation_id
              and other.band = mine.band and other.hash = mine.hash
            where mine.submission_id = q.id and other.submission_id <> q.id
              and other.submission_id <> all ((${sql.param(ids)}::uuid[])[q.position + 1:])
            group by other.submission_id
          ) m join submissions s on s.id = m.submission_id
          where s.status <> 'withdrawn' and s.minhash is not null
          order by m.shared desc, s.created_at, s.id limit ${CANDIDATES}
        ) c`,
  );
  // The groups as they stand while the batch is filed: each submission sees those filed before it.
  const groupOf = new Map<string, string | null>(candidates.map((candidate) => [candidate.id, candidate.group_id]));
  for (const submission of batch) groupOf.set(submission.id, submission.group_id);
  const changed = new Map<string, string | null>();
  const join = (id: string, group: string | null) => {
    groupOf.set(id, group);
    changed.set(id, group);
  };
  for (const submission of batch) {
    const sig = signatures.get(submission.id) ?? [];
    let best: { id: string; group: string; score: number } | null = null;
    for (const candidate of candidates) {
      if (candidate.for_id !== submission.id) continue;
      const score = similarity(sig, candidate.minhash.map(Number));
      if (score >= NEAR_DUPLICATE_SIMILARITY && (!best || score > best.score))
        best = { id: candidate.id, group: groupOf.get(candidate.id) ?? candidate.id, score };
    }
    if (best && !groupOf.get(best.id)) join(best.id, best.group);
    const group = best?.group ?? null;
    if (group !== groupOf.get(submission.id)) join(submission.id, group);
  }
  if (changed.size === 0) return;
  await tx.execute(
    sql`update submissions s set duplicate_group_id = u.group_id
        from unnest(${sql.param([...changed.keys()])}::uuid[], ${sql.param([...changed.values()])}::uuid[]) as u(id, group_id)
        where s.id = u.id`,
  );
}

function signatureOf(submission: Waiting): number[] {
  const sig = submission.minhash.map(Number);
  if (sig.length !== HASHES) throw new Error(`A MinHash of ${sig.length} values cannot be compared with ${HASHES}`);
  return sig;
}

/** How many submissions wait to be filed, and how many of them failed too often to be retried. */
export async function filingBacklog(): Promise<{ waiting: number; failed: number }> {
  const [row] = await queryRows<{ waiting: number; failed: number }>(
    await db(),
    sql`select count(*)::int as waiting, count(*) filter (where attempts >= ${FILING_ATTEMPTS})::int as failed
        from near_duplicate_filings`,
  );
  return row ?? { waiting: 0, failed: 0 };
}

/** Every member of the groups these submissions belong to (and the submissions themselves). */
export async function expandToGroups(tx: Executor, consultationId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return ids;
  const groups = tx
    .select({ group: submissions.duplicateGroupId })
    .from(submissions)
    .where(isAnyOf(submissions.id, ids));
  const rows = await tx
    .select({ id: submissions.id })
    .from(submissions)
    .where(
      and(
        eq(submissions.consultationId, consultationId),
        or(isAnyOf(submissions.id, ids), inArray(submissions.duplicateGroupId, groups)),
      ),
    );
  return rows.map((row) => row.id);
}

/** The other members of a submission's group, for its review page. */
export async function groupMembers(tx: Executor, submission: { id: string; duplicateGroupId: string | null }) {
  if (!submission.duplicateGroupId) return [];
  return tx
    .select({ reference: submissions.reference, status: submissions.status })
    .from(submissions)
    .where(and(eq(submissions.duplicateGroupId, submission.duplicateGroupId), ne(submissions.id, submission.id)))
    .orderBy(submissions.createdAt);
}

/** A submission and every other member of its group. */
export async function wholeGroupOf(consultationId: string, submissionId: string): Promise<string[]> {
  return expandToGroups(await db(), consultationId, [submissionId]);
}
