// What the end-to-end run (tests/e2e/run.js) and the benchmarks (tests/bench/) share: throwaway
// PostgreSQL databases under a prefix of their own, and the production server (node server.js)
// on a free port, ready once /healthz answers. Each runner keeps its own record of what to undo.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export function adminClient(url) {
  return postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
}

export function withoutPassword(url) {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.username ? `${parsed.username}@` : ""}${parsed.host}${parsed.pathname}`;
}

/** A new name `<prefix><hex>`: record it before creating, so an interrupt still drops it. */
export function throwawayName(prefix) {
  return `${prefix}${randomBytes(6).toString("hex")}`;
}

/** Creates the database `name` on the admin URL's server; returns the URL of the new database. */
export async function createDatabase(adminUrl, name) {
  const sql = adminClient(adminUrl);
  try {
    // The name is ours (letters, digits, underscore), so quoting it is enough.
    await sql.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.href;
}

/** Drops a database this run made, and only one named `<prefix><hex>`: never anybody else's. */
export async function dropDatabase(adminUrl, name, prefix) {
  if (!new RegExp(`^${prefix}[0-9a-f]+$`).test(name)) throw new Error(`refusing to drop ${name}`);
  const sql = adminClient(adminUrl);
  try {
    await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Starts `node server.js` in production mode with the demo seeded, on `port`, with the database
 * settings in `env` (DATABASE_URL or DATA_DIR) and `extraEnv`. Returns `{ server, exited,
 * baseUrl }`: `exited` settles with `{ code, signal }` when the process ends.
 */
export function spawnServer({ port, env, extraEnv = {}, nodeArgs = [], onStdout, onStderr }) {
  const serverEnv = {
    ...process.env,
    ...env,
    PORT: String(port),
    NODE_ENV: "production",
    COOKIE_SECURE: "false",
    SEED_DEMO: "true",
    ...extraEnv,
  };
  if (!env.DATABASE_URL) delete serverEnv.DATABASE_URL;
  const server = spawn(process.execPath, [...nodeArgs, "server.js"], {
    cwd: root,
    env: serverEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise((resolve) => server.once("exit", (code, signal) => resolve({ code, signal })));
  server.stdout.on("data", onStdout);
  server.stderr.on("data", onStderr);
  return { server, exited, baseUrl: `http://127.0.0.1:${port}` };
}

/** Waits until the server's /healthz answers 200; throws if it stops first or takes too long. */
export async function waitUntilHealthy({ baseUrl, exited }, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let stopped = null;
  exited.then((result) => {
    stopped = result;
  });
  let delay = 50;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (stopped)
      throw new Error(`the server stopped before it was ready (exit code ${stopped.code ?? stopped.signal})`);
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? (error.cause?.code ?? error.message) : String(error);
    }
    // Poll again soon: quickly at first, then at most twice a second.
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 500);
  }
  throw new Error(`the server was not healthy within ${timeoutMs / 1000} s (${last})`);
}

/** Stops the server (SIGTERM, then SIGKILL after `timeoutMs`) and waits until it has exited. */
export async function stopServerProcess({ server, exited }, timeoutMs) {
  if (server.exitCode === null && server.signalCode === null) {
    server.kill("SIGTERM");
    const timer = setTimeout(() => server.kill("SIGKILL"), timeoutMs);
    await exited;
    clearTimeout(timer);
  }
}
