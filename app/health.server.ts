import { sql } from "drizzle-orm";
import { db } from "#db/client.server";
import { filingBacklog } from "~/duplicates/duplicates.server";

const TIMEOUT_MS = 3_000;

/** True when the database answers a trivial query within a few seconds. */
export async function checkDatabase(): Promise<boolean> {
  try {
    const database = await db();
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS).unref(),
    );
    await Promise.race([database.execute(sql`select 1`), timeout]);
    return true;
  } catch {
    return false;
  }
}

/** Submissions not yet filed with their near-duplicates, and those whose filing kept failing. */
export async function nearDuplicateBacklog(): Promise<{ waiting: number; failed: number } | null> {
  try {
    return await filingBacklog();
  } catch {
    return null;
  }
}
