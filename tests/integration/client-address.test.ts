import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { LOGIN_FAILURES_PER_ADDRESS } from "~/auth/login-limits.server";
import { freePort, root, spawnServer, stopServerProcess, waitUntilHealthy } from "../support/processes.js";

/**
 * The production server with `extraEnv`, on this file's PostgreSQL database (or an embedded one of
 * its own: one PGlite directory cannot be opened by two processes), its clock started just after
 * a 15-minute window begins so the attempts below all fall in one window.
 */
async function startServer(extraEnv: Record<string, string>) {
  const database: Record<string, string> = process.env.DATABASE_URL
    ? { DATABASE_URL: process.env.DATABASE_URL }
    : { DATA_DIR: await mkdtemp(path.join(tmpdir(), "masukan-address-")) };
  const output: Buffer[] = [];
  const running = spawnServer({
    port: await freePort(),
    env: { ...database, TEST_CLOCK_START: "2026-03-02T05:00:05Z", ...extraEnv },
    nodeArgs: ["--import", path.join(root, "tests/support/shifted-clock.js")],
    onStdout: (chunk: Buffer) => output.push(chunk),
    onStderr: (chunk: Buffer) => output.push(chunk),
  });
  onTestFinished(async () => {
    await stopServerProcess(running, 10_000);
    if (database.DATA_DIR) await rm(database.DATA_DIR, { recursive: true, force: true });
  });
  return { ...running, output: () => Buffer.concat(output).toString("utf8") };
}

// Each attempt names another e-mail, so only the address limit can refuse it.
let attempts = 0;

function logIn(baseUrl: string, forwardedFor: string) {
  attempts += 1;
  return fetch(`${baseUrl}/login`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: baseUrl,
      "X-Forwarded-For": forwardedFor,
    },
    body: new URLSearchParams({ email: `nobody${attempts}@example.org`, password: "a wrong password" }),
  });
}

/** Fails from the addresses `forwardedFor(n)` names until the address limit would be next. */
async function useUpBudget(baseUrl: string, forwardedFor: (n: number) => string) {
  for (let n = 0; n < LOGIN_FAILURES_PER_ADDRESS.limit; n++) {
    expect((await logIn(baseUrl, forwardedFor(n))).status).toBe(400);
  }
}

describe("the client address behind proxies", () => {
  it("ignores X-Forwarded-For from a client that is not one of the configured proxies", async () => {
    const server = await startServer({ TRUSTED_PROXIES: "10.0.0.0/8" });
    await waitUntilHealthy(server, 60_000);
    await useUpBudget(server.baseUrl, (n) => `203.0.113.${n}`);
    const limited = await logIn(server.baseUrl, "203.0.113.250");
    expect(limited.status).toBe(429);
    // The window began 5 s before the server started; its clock has run on since.
    const retryAfter = Number(limited.headers.get("Retry-After"));
    expect(retryAfter).toBeLessThanOrEqual(LOGIN_FAILURES_PER_ADDRESS.windowSeconds - 5);
    expect(retryAfter).toBeGreaterThan(LOGIN_FAILURES_PER_ADDRESS.windowSeconds - 65);
  }, 60_000);

  it("takes the first hop in front of the configured number of proxies, whatever the client adds before it", async () => {
    const server = await startServer({ TRUSTED_PROXIES: "1" });
    await waitUntilHealthy(server, 60_000);
    await useUpBudget(server.baseUrl, (n) => `203.0.113.${n}, 198.51.100.7`);
    expect((await logIn(server.baseUrl, "203.0.113.250, 198.51.100.7")).status).toBe(429);
    expect((await logIn(server.baseUrl, "198.51.100.7, 198.51.100.8")).status).toBe(400);
  }, 60_000);

  it.each([
    ["TRUST_PROXY", { TRUST_PROXY: "true" }],
    ["TRUSTED_PROXIES", { TRUSTED_PROXIES: "everyone" }],
  ])("refuses to start with one line naming %s", async (variable, extraEnv) => {
    const server = await startServer(extraEnv);
    expect((await server.exited).code).toBe(1);
    const lines = server.output().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`${variable}: `)).toBe(true);
  });
});
