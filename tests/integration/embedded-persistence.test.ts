import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, schema } from "#db/client.server";
import { seedDemo } from "~/demo/seed.server";

const directories: string[] = [];
afterEach(() => {
  for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the embedded database", () => {
  it("keeps every row when the app stops and starts again, and does not seed twice", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "masukan-persist-"));
    directories.push(dataDir);

    const first = await openDatabase({ dataDir });
    await first.migrate();
    expect(await seedDemo(first.db)).toEqual({ seeded: true });
    const [before] = await first.db.select({ n: count() }).from(schema.sections);
    await first.close();

    const second = await openDatabase({ dataDir });
    await second.migrate();
    expect(await seedDemo(second.db)).toEqual({ seeded: false });
    const [after] = await second.db.select({ n: count() }).from(schema.sections);
    await second.close();
    expect(after!.n).toBe(before!.n);
    expect(after!.n).toBeGreaterThan(0);
    // Two embedded databases start here, one after the other: slow on a busy two-core machine.
  }, 90_000);
});
