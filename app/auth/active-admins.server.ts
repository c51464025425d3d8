// The accounts that can run the secretariat's pages, for the changes that could leave none.
import { and, asc, eq, isNull, ne } from "drizzle-orm";
import { type Executor, schema, type Transaction } from "#db/client.server";

const { users } = schema;
const active = and(eq(users.role, "admin"), isNull(users.disabledAt), isNull(users.deletedAt));

/**
 * The active admins (neither disabled nor deleted), locked until the transaction ends, in id
 * order. Every change that can take away an admin's standing locks them first: two admins
 * demoting, disabling or leaving at the same moment take turns, and the second sees what the
 * first did, so the secretariat is never left without one.
 */
export async function lockActiveAdmins(tx: Transaction): Promise<string[]> {
  const rows = await tx.select({ id: users.id }).from(users).where(active).orderBy(asc(users.id)).for("update");
  return rows.map((row) => row.id);
}

/** Whether an active admin other than `userId` exists (for what a page shows; changes lock). */
export async function anotherActiveAdmin(executor: Executor, userId: string): Promise<boolean> {
  const [other] = await executor
    .select({ id: users.id })
    .from(users)
    .where(and(active, ne(users.id, userId)))
    .limit(1);
  return other !== undefined;
}
