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
  if (tables.length > 0)
    await db.execute(sql.raw(`truncate ${tables.map((t) => t.name).join(", ")} restart identity cascade`));
});

afterAll(async () => {
  await (await database()).close().catch(() => {});
  await throwaway.drop();
});
