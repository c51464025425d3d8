import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type Server, Socket } from "node:net";
import { describe, expect, it } from "vitest";

type Started = { code: number | null; stderr: string; stdout: string };

function startServer(env: Record<string, string>, onStdout: (stdout: string) => void = () => {}) {
  const child = spawn(process.execPath, ["server.js"], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let stdout = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
    onStdout(stdout);
  });
  const exited = new Promise<Started>((resolve) => child.on("exit", (code) => resolve({ code, stderr, stdout })));
  return { child, exited };
}

function expectOneLineNamingTheVariable({ code, stderr }: Started) {
  expect(code).toBe(1);
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^DATABASE_URL/);
  expect(stderr).not.toMatch(/\n\s+at /);
}

/** A port on loopback nobody listens on yet (so connecting to it is refused). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** From then on, `port` forwards every connection to PostgreSQL: the database "comes back". */
function forward(port: number, to: URL): Promise<Server> {
  const proxy = createServer((client) => {
    const upstream = new Socket().connect(Number(to.port || 5432), to.hostname);
    client.pipe(upstream).pipe(client);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
  });
  return new Promise((resolve) => proxy.listen(port, "127.0.0.1", () => resolve(proxy)));
}

describe("a wrong DATABASE_URL", () => {
  it.each([
    ["an unreachable server (after waiting for it)", "postgres://postgres@127.0.0.1:1/masukan"],
    ["something that is not a URL", "mysql://somewhere/else"],
  ])("stops the server with one line naming the variable: %s", async (_, url) => {
    expect(existsSync("build/index.js"), "run `npm run build` (npm test does) before this test").toBe(true);
    expectOneLineNamingTheVariable(await startServer({ DATABASE_URL: url, DATABASE_WAIT_SECONDS: "1" }).exited);
  });

  it.runIf(process.env.DATABASE_URL)(
    "stops at once when the database does not exist: waiting cannot cure it",
    async () => {
      const url = new URL(process.env.DATABASE_URL ?? "");
      url.pathname = "/masukan_no_such_database";
      const started = Date.now();
      const result = await startServer({ DATABASE_URL: url.href, DATABASE_WAIT_SECONDS: "30" }).exited;
      expectOneLineNamingTheVariable(result);
      expect(result.stderr).toMatch(/does not exist/);
      expect(Date.now() - started).toBeLessThan(15_000);
    },
  );
});

describe("a database that is not up yet", () => {
  it.runIf(process.env.DATABASE_URL)("is waited for, said once, and the server serves once it answers", async () => {
    const database = new URL(process.env.DATABASE_URL ?? "");
    const [databasePort, httpPort] = [await freePort(), await freePort()];
    const url = new URL(database.href);
    url.hostname = "127.0.0.1";
    url.port = String(databasePort);
    let proxy: Promise<Server> | undefined;
    let serving: () => void = () => {};
    const ready = new Promise<void>((resolve) => (serving = resolve));
    const { child, exited } = startServer(
      { DATABASE_URL: url.href, PORT: String(httpPort), SEED_DEMO: "false" },
      (stdout) => {
        if (stdout.includes("Waiting for the database")) proxy ??= forward(databasePort, database);
        if (stdout.includes("Masukan is serving")) serving();
      },
    );
    try {
      await Promise.race([ready, exited.then((result) => Promise.reject(new Error(result.stderr)))]);
      const health = await fetch(`http://127.0.0.1:${httpPort}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      child.kill("SIGTERM");
      const { stdout } = await exited;
      (await proxy)?.close();
      expect(stdout.match(/Waiting for the database/g)).toHaveLength(1);
    }
  });
});
