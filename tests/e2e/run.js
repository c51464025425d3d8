// End-to-end run: a throwaway database, the production server on a free port, Playwright against it.
// Usage (after `remix build`): node tests/e2e/run.js [extra Playwright arguments]
// With DATABASE_URL set, a fresh database masukan_e2e_<hex> is created on that server and dropped
// afterwards; without it, the embedded PGlite database lives in a temporary directory.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const STARTUP_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

/** Everything that has to be undone, in reverse order of creation. */
const state = {
  database: null, // { adminUrl, name }
  dataDir: null,
  server: null,
  serverExited: null, // Promise that settles when the server process ends
  serverOutput: [],
  playwright: null,
  playwrightExited: null,
  cleaning: null,
  signalExitCode: null,
};

function log(message) {
  console.log(`[e2e] ${message}`);
}

function freePort() {
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

function adminClient(url) {
  return postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
}

function withoutPassword(url) {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.username ? `${parsed.username}@` : ""}${parsed.host}${parsed.pathname}`;
}

async function createDatabase(adminUrl) {
  const name = `masukan_e2e_${randomBytes(6).toString("hex")}`;
  // Recorded first, so an interrupt during CREATE still drops it (DROP ... IF EXISTS).
  state.database = { adminUrl, name };
  const sql = adminClient(adminUrl);
  try {
    // The name is ours (letters, digits, underscore), so quoting it is enough.
    await sql.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  const serverUrl = new URL(adminUrl);
  serverUrl.pathname = `/${name}`;
  log(`created database ${withoutPassword(serverUrl.href)}`);
  return serverUrl.href;
}

async function dropDatabase() {
  const target = state.database;
  if (!target) return;
  state.database = null;
  if (!/^masukan_e2e_[0-9a-f]+$/.test(target.name)) throw new Error(`refusing to drop ${target.name}`);
  const sql = adminClient(target.adminUrl);
  try {
    await sql.unsafe(`DROP DATABASE IF EXISTS "${target.name}" WITH (FORCE)`);
    log(`dropped database ${target.name}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function startServer(port, databaseEnv) {
  const env = { ...process.env, ...databaseEnv, PORT: String(port), NODE_ENV: "production", COOKIE_SECURE: "false", SEED_DEMO: "true" };
  if (!databaseEnv.DATABASE_URL) delete env.DATABASE_URL;
  const server = spawn(process.execPath, ["server.js"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  state.server = server;
  state.serverExited = new Promise((resolve) => server.once("exit", (code, signal) => resolve({ code, signal })));
  server.stdout.on("data", (chunk) => state.serverOutput.push(chunk));
  server.stderr.on("data", (chunk) => process.stderr.write(chunk));
  return server;
}

async function waitForHealth(baseUrl) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let exited = null;
  state.serverExited.then((result) => {
    exited = result;
  });
  let delay = 50;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server stopped before it was ready (exit code ${exited.code ?? exited.signal})`);
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
  throw new Error(`the server was not healthy within ${STARTUP_TIMEOUT_MS / 1000} s (${last})`);
}

async function stopServer() {
  const server = state.server;
  if (!server) return;
  state.server = null;
  if (server.exitCode === null && server.signalCode === null) {
    server.kill("SIGTERM");
    const timer = setTimeout(() => server.kill("SIGKILL"), STOP_TIMEOUT_MS);
    await state.serverExited;
    clearTimeout(timer);
  }
}

function runPlaywright(baseUrl, extraArgs) {
  return new Promise((resolve) => {
    // In its own process group: npx does not pass signals on, so stopping means signalling the group.
    const child = spawn("npx", ["playwright", "test", "--config", "tests/e2e/playwright.config.ts", ...extraArgs], {
      cwd: root,
      env: { ...process.env, BASE_URL: baseUrl },
      stdio: ["ignore", "inherit", "inherit"],
      detached: true,
    });
    state.playwright = child;
    state.playwrightExited = new Promise((done) => child.once("exit", done));
    child.once("error", (error) => {
      state.playwright = null;
      console.error(`[e2e] could not start Playwright: ${error.message}`);
      resolve(1);
    });
    child.once("exit", (code, signal) => {
      state.playwright = null;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function stopPlaywright() {
  const child = state.playwright;
  if (!child) return;
  state.playwright = null;
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), STOP_TIMEOUT_MS);
  await state.playwrightExited;
  clearTimeout(timer);
}

/** Stops what runs and removes what was made; safe to call more than once. */
function cleanUp() {
  state.cleaning ??= (async () => {
    const problems = [];
    for (const step of [stopPlaywright, stopServer, dropDatabase, removeDataDir]) {
      try {
        await step();
      } catch (error) {
        problems.push(error);
        console.error(`[e2e] clean-up step ${step.name} failed: ${error instanceof Error ? error.message : error}`);
      }
    }
    return problems.length === 0;
  })();
  return state.cleaning;
}

async function removeDataDir() {
  const dir = state.dataDir;
  if (!dir) return;
  state.dataDir = null;
  await rm(dir, { recursive: true, force: true });
  log(`removed ${dir}`);
}

function printServerOutput() {
  const output = Buffer.concat(state.serverOutput).toString("utf8").trim();
  if (output) console.log(`[e2e] server output:\n${output}`);
}

for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
]) {
  process.once(signal, () => {
    state.signalExitCode = code;
    log(`${signal}: stopping and cleaning up`);
    cleanUp().finally(() => process.exit(code));
  });
}

async function main() {
  if (!existsSync(path.join(root, "build/index.js"))) {
    console.error("[e2e] build/index.js is missing: run `remix build` first (npm run test:e2e does).");
    return 1;
  }
  const started = Date.now();
  const databaseEnv = {};
  if (process.env.DATABASE_URL) {
    databaseEnv.DATABASE_URL = await createDatabase(process.env.DATABASE_URL);
  } else {
    state.dataDir = await mkdtemp(path.join(tmpdir(), "masukan-e2e-"));
    databaseEnv.DATA_DIR = state.dataDir;
    log(`embedded PGlite database in ${state.dataDir}`);
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  startServer(port, databaseEnv);
  try {
    await waitForHealth(baseUrl);
  } catch (error) {
    console.error(`[e2e] ${error instanceof Error ? error.message : error}`);
    printServerOutput();
    return 1;
  }
  log(`server ready at ${baseUrl} after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const exitCode = await runPlaywright(baseUrl, process.argv.slice(2));
  if (exitCode !== 0) printServerOutput();
  log(`finished in ${((Date.now() - started) / 1000).toFixed(1)} s with exit code ${exitCode}`);
  return exitCode;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error("[e2e]", error);
  printServerOutput();
  exitCode = 1;
} finally {
  const clean = await cleanUp();
  if (!clean && exitCode === 0) exitCode = 1;
}
process.exit(state.signalExitCode ?? exitCode);
