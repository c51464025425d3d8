// What the end-to-end run (tests/e2e/run.js) and the benchmarks (tests/bench/) share: throwaway
// PostgreSQL databases under a prefix of their own (or PGlite in a temporary directory), the
// production server (node server.js, with npm start's flags) on a free port, ready once /healthz answers, a record of all
// of it to undo (Throwaways), and the way a runner ends: clean-up always, also on Ctrl-C (runToExit).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The flags `npm start` gives node before server.js (package.json), so that the tests and the
 * benchmarks run the server as production does (decision 027: the young generation's size).
 */
export const serverNodeFlags = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"))
  .scripts.start.trim()
  .split(/\s+/)
  .slice(1, -1);

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

/** Whether `name` is one of the throwaway databases `<prefix><hex>`. */
export function isThrowawayName(name, prefix) {
  return new RegExp(`^${prefix}[0-9a-f]+$`).test(name);
}

/** The URL of the database `name` on the admin URL's server. */
export function databaseUrl(adminUrl, name) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.href;
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
  return databaseUrl(adminUrl, name);
}

/** Drops a database this run made, and only one named `<prefix><hex>`: never anybody else's. */
export async function dropDatabase(adminUrl, name, prefix) {
  if (!isThrowawayName(name, prefix)) throw new Error(`refusing to drop ${name}`);
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
 * @param {{ port: number, env: Record<string, string | undefined>, extraEnv?: Record<string, string>,
 *   nodeArgs?: string[], onStdout: (chunk: Buffer) => void, onStderr: (chunk: Buffer) => void }} options
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
  const server = spawn(process.execPath, [...serverNodeFlags, ...nodeArgs, "server.js"], {
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

/**
 * What a runner makes and has to undo: throwaway databases `<databasePrefix><hex>` (each recorded
 * before it is created, so an interrupt during CREATE still drops it), temporary directories
 * `<dataDirPrefix>…` for embedded PGlite, and the server process with its output. `log` reports
 * each step.
 */
export class Throwaways {
  databases = []; // { adminUrl, name }, dropped by dropDatabases()
  dataDirs = [];
  running = null; // { server, exited, baseUrl } from spawnServer
  output = [];

  constructor({ databasePrefix, dataDirPrefix, log, startupTimeoutMs, stopTimeoutMs }) {
    Object.assign(this, { databasePrefix, dataDirPrefix, log, startupTimeoutMs, stopTimeoutMs });
  }

  /** A new database on the admin URL's server: `{ url, name }`. With `keep` it is not dropped afterwards. */
  async createDatabase(adminUrl, { keep = false } = {}) {
    const name = throwawayName(this.databasePrefix);
    if (!keep) this.databases.push({ adminUrl, name });
    const url = await createDatabase(adminUrl, name);
    this.log(`created database ${withoutPassword(url)}${keep ? " (kept afterwards)" : ""}`);
    return { url, name };
  }

  /** A new temporary directory for an embedded PGlite database. */
  async createDataDir() {
    const dir = await mkdtemp(path.join(tmpdir(), this.dataDirPrefix));
    this.dataDirs.push(dir);
    this.log(`embedded PGlite database in ${dir}`);
    return dir;
  }

  /**
   * Starts the server (spawnServer's options, but the port) on a free port and waits until it is
   * healthy; returns `{ server, exited, baseUrl }`. Its output is kept for serverOutput(), but for
   * standard error with `echoStderr`, which goes straight to this process's own.
   */
  async startServer({ echoStderr = false, ...options }) {
    this.output = [];
    const keep = (chunk) => this.output.push(chunk);
    const started = Date.now();
    this.running = spawnServer({
      ...options,
      port: await freePort(),
      onStdout: keep,
      onStderr: echoStderr ? (chunk) => process.stderr.write(chunk) : keep,
    });
    const { baseUrl, server } = this.running;
    await waitUntilHealthy(this.running, this.startupTimeoutMs);
    this.log(`server ready at ${baseUrl} after ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${server.pid})`);
    return this.running;
  }

  /** What the server wrote (see startServer). */
  serverOutput() {
    return Buffer.concat(this.output).toString("utf8").trim();
  }

  async stopServer() {
    const running = this.running;
    if (!running) return;
    this.running = null;
    await stopServerProcess(running, this.stopTimeoutMs);
  }

  async dropDatabases() {
    while (this.databases.length > 0) {
      const { adminUrl, name } = this.databases.pop();
      await dropDatabase(adminUrl, name, this.databasePrefix);
      this.log(`dropped database ${name}`);
    }
  }

  async removeDataDirs() {
    while (this.dataDirs.length > 0) {
      const dir = this.dataDirs.pop();
      await rm(dir, { recursive: true, force: true });
      this.log(`removed ${dir}`);
    }
  }
}

/**
 * Runs clean-up steps (`{ name: async () => … }`) one after the other; a step that fails is
 * reported under `tag` and the next one still runs. Resolves to whether every step succeeded.
 */
export async function runCleanUpSteps(tag, steps) {
  let clean = true;
  for (const [name, step] of Object.entries(steps)) {
    try {
      await step();
    } catch (error) {
      clean = false;
      console.error(`[${tag}] clean-up step ${name} failed: ${error instanceof Error ? error.message : error}`);
    }
  }
  return clean;
}

/**
 * Runs a runner's `main()` (resolving to an exit code) and exits the process. `cleanUp()` (resolving
 * to whether it was clean) always runs afterwards; an unclean one turns exit code 0 into 1. An
 * error from main() goes to `onError` and exits 1. On Ctrl-C or SIGTERM, `onInterrupt(signal)` is
 * called, then cleanUp(), and the process exits 130 or 143.
 */
export async function runToExit({ main, cleanUp, onError, onInterrupt = () => {} }) {
  let signalExitCode = null;
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ]) {
    process.once(signal, () => {
      signalExitCode = code;
      onInterrupt(signal);
      cleanUp().finally(() => process.exit(code));
    });
  }
  let exitCode = 1;
  try {
    exitCode = await main();
  } catch (error) {
    onError(error);
    exitCode = 1;
  } finally {
    const clean = await cleanUp();
    if (!clean && exitCode === 0) exitCode = 1;
  }
  process.exit(signalExitCode ?? exitCode);
}
