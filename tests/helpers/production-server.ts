import { existsSync } from "node:fs";
import { afterAll, beforeAll, expect } from "vitest";
import { createThrowawayDatabase } from "#db/throwaway";
import { freePort, spawnServer, stopServerProcess, waitUntilHealthy } from "../support/processes.js";

/**
 * The production server (`node server.js` on the last build) on a throwaway database of its own,
 * started once for the calling test file and stopped after it: what reaches a real server (body
 * caps, headers, pages kept between requests) is tested through it.
 */
export function productionServerForThisFile() {
  let running: ReturnType<typeof spawnServer> | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  let output = "";

  beforeAll(async () => {
    expect(existsSync("build/index.js"), "run `npm run build` (npm test does) before this test").toBe(true);
    const database = await createThrowawayDatabase("masukan_test");
    dropDatabase = database.drop;
    const keep = (chunk: Buffer) => (output += chunk.toString());
    running = spawnServer({ port: await freePort(), env: database.env, onStdout: keep, onStderr: keep });
    await waitUntilHealthy(running, 50_000);
  }, 60_000);

  afterAll(async () => {
    if (running) await stopServerProcess(running, 5_000);
    await dropDatabase?.();
  });

  return {
    get baseUrl(): string {
      if (!running) throw new Error("the server has not started");
      return running.baseUrl;
    },
    /** What the server printed so far, for a failing assertion's message. */
    get output(): string {
      return output;
    },
  };
}
