import { describe, expect, it } from "vitest";
import { database } from "#db/client.server";
import { loader as healthz } from "~/routes/healthz";

// The last test here closes the database: keep this file to the health check alone.
describe("health check", () => {
  it("answers 200 while the database answers and 503 once it does not", async () => {
    const ok = await healthz();
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ database: "ok", nearDuplicateFilings: { waiting: 0, failed: 0 } });
    await (await database()).close();
    const down = await healthz();
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ database: "unreachable", nearDuplicateFilings: null });
  });
});
