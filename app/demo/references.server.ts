import { eq } from "drizzle-orm";
import { type Transaction, schema } from "#db/client.server";
import { allocateReference } from "~/submissions/references.server";

/**
 * References for a fresh consultation's first `count` submissions: the first from the counter, the
 * rest numbered after it in one update. A statement per submission made the seed (run at every
 * fresh start) a second slower.
 */
export async function numberedReferences(
  tx: Transaction,
  consultation: { id: string; referencePrefix: string; timeZone: string },
  count: number,
  now: Date,
): Promise<string[]> {
  const first = await allocateReference(tx, consultation, now);
  const stem = first.slice(0, first.lastIndexOf("-") + 1);
  await tx
    .update(schema.referenceCounters)
    .set({ last: count })
    .where(eq(schema.referenceCounters.consultationId, consultation.id));
  return Array.from({ length: count }, (_, index) => `${stem}${String(index + 1).padStart(4, "0")}`);
}
