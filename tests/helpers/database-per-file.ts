import { afterAll, beforeAll, beforeEach } from "vitest";
import { sql } from "drizzle-orm";
import { database, queryRows } from "#db/client.server";
import { createThrowawayDatabase } from "#db/throwaway";

const throwaway = await createThrowawayDatabase("masukan_test");
Object.assign(process.env, throwaway.env);

beforeAll(async () => {
  await (await database()).migrate();
});

// Every test starts from empty tables: no test can lean on what another left behind.
beforeEach(async () => {
  const { db } = await database();
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`,
  );
  if (tables.length === 0) return;
  // The audit log refuses TRUNCATE (migration 0016); its owner, which tests connect as, may lift that.
  await db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_events disable trigger audit_events_no_truncate`);
    await tx.execute(sql.raw(`truncate ${tables.map((t) => t.name).join(", ")} restart identity cascade`));
    await tx.execute(sql`alter table audit_events enable trigger audit_events_no_truncate`);
  });
});

afterAll(async () => {
  await (await database()).close().catch(() => {});
  await throwaway.drop();
});
