// End-to-end run: a throwaway database, the production server on a free port, Playwright against it.
// Usage (after `remix build`): node tests/e2e/run.js [extra Playwright arguments]
// With DATABASE_URL set, a fresh database masukan_e2e_<hex> is created on that server and dropped
// afterwards; without it, the embedded PGlite database lives in a temporary directory.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  createDatabase as createThrowawayDatabase,
  dropDatabase as dropThrowawayDatabase,
  freePort,
  root,
  spawnServer,
  stopServerProcess,
  throwawayName,
  waitUntilHealthy,
  withoutPassword,
} from "../support/processes.js";

const DATABASE_PREFIX = "masukan_e2e_";
const STARTUP_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

/** Everything that has to be undone, in reverse order of creation. */
const state = {
  database: null, // { adminUrl, name }
  dataDir: null,
  server: null, // { server, exited, baseUrl } from spawnServer
  serverOutput: [],
  playwright: null,
  playwrightExited: null,
  cleaning: null,
  signalExitCode: null,
};

function log(message) {
  console.log(`[e2e] ${message}`);
}

async function createDatabase(adminUrl) {
  const name = throwawayName(DATABASE_PREFIX);
  // Recorded first, so an interrupt during CREATE still drops it (DROP ... IF EXISTS).
  state.database = { adminUrl, name };
  const url = await createThrowawayDatabase(adminUrl, name);
  log(`created database ${withoutPassword(url)}`);
  return url;
}

async function dropDatabase() {
  const target = state.database;
  if (!target) return;
  state.database = null;
  await dropThrowawayDatabase(target.adminUrl, target.name, DATABASE_PREFIX);
  log(`dropped database ${target.name}`);
}

async function stopServer() {
  const running = state.server;
  if (!running) return;
  state.server = null;
  await stopServerProcess(running, STOP_TIMEOUT_MS);
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

  state.server = spawnServer({
    port: await freePort(),
    env: databaseEnv,
    onStdout: (chunk) => state.serverOutput.push(chunk),
    onStderr: (chunk) => process.stderr.write(chunk),
  });
  const { baseUrl } = state.server;
  try {
    await waitUntilHealthy(state.server, STARTUP_TIMEOUT_MS);
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
