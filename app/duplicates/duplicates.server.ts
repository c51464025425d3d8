import { and, eq, inArray, ne, or, sql } from "drizzle-orm";
import { db, type Executor, isAnyOf, queryRows, schema } from "#db/client.server";
import { bands, signature, similarity } from "./minhash";

const { submissions, submissionBands } = schema;

/** Texts at least this similar (estimated Jaccard over word 3-grams) are one group. */
export const NEAR_DUPLICATE_SIMILARITY = 0.7;

/**
 * Files a submission with its near-duplicates: computes its MinHash, looks up submissions that
 * share a band, and joins the group of the most similar one (a group is named after its first
 * member). Runs in the transaction that stores or edits the text.
 */
export async function fileNearDuplicates(
  tx: Executor,
  submission: { id: string; consultationId: string; text: string },
): Promise<string | null> {
  const sig = signature(submission.text);
  const myBands = bands(sig);
  await tx.delete(submissionBands).where(eq(submissionBands.submissionId, submission.id));
  await tx.insert(submissionBands).values(
    myBands.map((hash, band) => ({
      submissionId: submission.id,
      consultationId: submission.consultationId,
      band,
      hash,
    })),
  );
  const candidates = await queryRows<{ id: string; minhash: (string | number)[]; group_id: string | null }>(
    tx,
    sql`select s.id, s.minhash, s.duplicate_group_id as group_id from submissions s
        where s.id in (
          select b.submission_id from submission_bands b
          where b.consultation_id = ${submission.consultationId} and b.submission_id <> ${submission.id}
            and (b.band, b.hash) in (${sql.join(
              myBands.map((hash, band) => sql`(${band}, ${hash})`),
              sql`, `,
            )})
        ) and s.status <> 'withdrawn' and s.minhash is not null
        order by s.created_at limit 200`,
  );
  let best: { id: string; group: string; score: number } | null = null;
  for (const candidate of candidates) {
    const score = similarity(sig, candidate.minhash.map(Number));
    if (score >= NEAR_DUPLICATE_SIMILARITY && (!best || score > best.score))
      best = { id: candidate.id, group: candidate.group_id ?? candidate.id, score };
  }
  const group = best?.group ?? null;
  if (best)
    await tx
      .update(submissions)
      .set({ duplicateGroupId: best.group })
      .where(and(eq(submissions.id, best.id), sql`${submissions.duplicateGroupId} is null`));
  await tx.update(submissions).set({ minhash: sig, duplicateGroupId: group }).where(eq(submissions.id, submission.id));
  return group;
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
