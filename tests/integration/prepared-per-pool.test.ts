import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, preparedPerPool, schema } from "#db/client.server";

describe("a query prepared per pool", () => {
  it("is built once, and again on the pool made after the connections were lost", async () => {
    let built = 0;
    const usersNamed = preparedPerPool((db) => {
      built++;
      return db
        .select({ id: schema.users.id })
        .from(schema.users)
        .where(sql`${schema.users.name} = ${sql.placeholder("name")}`)
        .prepare("test_users_named");
    });
    for (let n = 0; n < 3; n++) expect(await (await usersNamed()).execute({ name: "nobody" })).toEqual([]);
    expect(built).toBe(1);

    const handle = await database();
    handle.reconnect();
    expect(await (await usersNamed()).execute({ name: "nobody" })).toEqual([]);
    // The embedded database has no connections to lose: its one pool keeps the query.
    expect(built).toBe(handle.kind === "postgres" ? 2 : 1);
  });
});
