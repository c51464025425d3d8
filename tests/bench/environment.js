// What a benchmark runs on: a fresh production build, a throwaway database (a new PostgreSQL
// database masukan_bench_<hex> with DATABASE_URL, else a temporary PGlite directory) and the
// production server (node server.js) on a free port. Everything made here is undone by cleanUp(),
// which the runner also calls on Ctrl-C.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import {
  adminClient,
  createDatabase as createThrowawayDatabase,
  dropDatabase,
  freePort,
  root,
  spawnServer,
  stopServerProcess,
  throwawayName,
  waitUntilHealthy,
  withoutPassword,
} from "../support/processes.js";

export { root, withoutPassword };
const STARTUP_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;
const DATABASE_PREFIX = "masukan_bench_";

export function log(message) {
  console.log(`[bench] ${message}`);
}

/** Everything that has to be undone, in reverse order of creation. */
const state = {
  build: null,
  server: null, // { server, exited, baseUrl } from spawnServer
  serverOutput: [],
  databases: [], // { adminUrl, name }
  dataDirs: [],
  closers: [], // async functions (open clients of the bench itself)
  cleaning: null,
  stopping: false,
};

/**
 * Registers something of a scenario's own (a child process …) to be undone by cleanUp(), also on
 * Ctrl-C; returns the function that unregisters it once the scenario undid it itself.
 */
export function atCleanUp(close) {
  state.closers.push(close);
  return () => {
    const index = state.closers.indexOf(close);
    if (index >= 0) state.closers.splice(index, 1);
  };
}

/** Set once a stop was asked for (Ctrl-C): load loops end and no new phase starts. */
export function stopping() {
  return state.stopping;
}

export function requestStop() {
  state.stopping = true;
}

// ---------------------------------------------------------------------------------------------
// Build

const SOURCES = ["app", "db", "locales", "public", "remix.config.js", "package.json", "tsconfig.json"];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    // public/build is the build's own output.
    if (child === "build" && entry === path.join(root, "public")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** Whether build/index.js is missing or older than any source it is made from. */
export function buildIsStale() {
  const output = path.join(root, "build/index.js");
  if (!existsSync(output)) return "build/index.js is missing";
  const built = statSync(output).mtimeMs;
  const newer = SOURCES.find((entry) => newestMtime(path.join(root, entry)) > built);
  return newer ? `${newer}/ changed since the last build` : null;
}

export async function build({ force }) {
  const reason = force ? "--build was given" : buildIsStale();
  if (!reason) {
    log("build/index.js is up to date (use --build to force a rebuild)");
    return;
  }
  log(`building (${reason}): remix build`);
  const started = Date.now();
  const child = spawn(path.join(root, "node_modules/.bin/remix"), ["build"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  state.build = child;
  const code = await new Promise((resolve) => {
    child.once("error", (error) => {
      console.error(`[bench] could not run remix build: ${error.message}`);
      resolve(1);
    });
    child.once("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  state.build = null;
  if (code !== 0) throw new Error(`remix build failed (exit code ${code})`);
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------
// Database

/**
 * A database for one scenario: { kind, env, location, dataDir?, url? }. With DATABASE_URL a new
 * database on that server, otherwise an embedded PGlite in a new temporary directory.
 */
export async function createDatabase({ keep = false } = {}) {
  const adminUrl = process.env.DATABASE_URL;
  if (keep && !adminUrl) throw new Error("--keep-database needs DATABASE_URL (a PGlite directory is not kept)");
  if (!adminUrl) {
    const dataDir = await mkdtemp(path.join(tmpdir(), "masukan-bench-"));
    state.dataDirs.push(dataDir);
    log(`embedded PGlite database in ${dataDir}`);
    return { kind: "pglite", env: { DATA_DIR: dataDir }, location: dataDir, dataDir };
  }
  const name = throwawayName(DATABASE_PREFIX);
  // Recorded first, so an interrupt during CREATE still drops it (DROP ... IF EXISTS).
  if (!keep) state.databases.push({ adminUrl, name });
  const url = await createThrowawayDatabase(adminUrl, name);
  log(
    `created database ${withoutPassword(url)}${keep ? ` (kept afterwards: measure again with --database ${name})` : ""}`,
  );
  return postgresDatabase(url, name);
}

const postgresDatabase = (url, name) => ({
  kind: "postgres",
  env: { DATABASE_URL: url },
  location: withoutPassword(url),
  url,
  name,
});

/** A database an earlier run kept (--keep-database), used as it is and not dropped. */
export async function keptDatabase(name) {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error("--database needs DATABASE_URL");
  if (!new RegExp(`^${DATABASE_PREFIX}[0-9a-f]+$`).test(name))
    throw new Error(`--database takes a kept ${DATABASE_PREFIX}<hex> database (got ${name})`);
  const sql = adminClient(adminUrl);
  try {
    const found = await sql`select 1 from pg_database where datname = ${name}`;
    if (found.length === 0) throw new Error(`no database ${name} on ${withoutPassword(adminUrl)}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  log(`using the kept database ${withoutPassword(url.href)}`);
  return postgresDatabase(url.href, name);
}

async function dropDatabases() {
  while (state.databases.length > 0) {
    const { adminUrl, name } = state.databases.pop();
    await dropDatabase(adminUrl, name, DATABASE_PREFIX);
    log(`dropped database ${name}`);
  }
}

async function removeDataDirs() {
  while (state.dataDirs.length > 0) {
    const dir = state.dataDirs.pop();
    await rm(dir, { recursive: true, force: true });
    log(`removed ${dir}`);
  }
}

/**
 * Runs `query(sql)` against the scenario's database with a client of the bench's own; `sql` is a
 * tagged template returning rows. For PGlite the server must be stopped first (one process owns
 * the data directory at a time).
 */
export async function withDatabase(database, query) {
  if (database.kind === "postgres") {
    const client = postgres(database.url, { max: 1, onnotice: () => {} });
    const close = () => client.end({ timeout: 5 });
    state.closers.push(close);
    try {
      return await query((strings, ...values) => client(strings, ...values));
    } finally {
      state.closers.splice(state.closers.indexOf(close), 1);
      await close();
    }
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const client = new PGlite(path.join(database.dataDir, "pglite"));
  const close = () => client.close();
  state.closers.push(close);
  try {
    await client.waitReady;
    return await query(async (strings, ...values) => (await client.sql(strings, ...values)).rows);
  } finally {
    state.closers.splice(state.closers.indexOf(close), 1);
    await close();
  }
}

/**
 * Connections of the bench's own for bulk work: `count` sessions on PostgreSQL (one connection
 * each, so session settings stick), a single one on PGlite (with the server stopped). Each session
 * is `(text) => rows`, one statement of trusted SQL at a time. Closed by `close()` or cleanUp().
 */
export async function openSessions(database, count) {
  if (database.kind === "postgres") {
    const client = postgres(database.url, { max: count, onnotice: () => {}, connect_timeout: 10 });
    const reserved = [];
    const close = async () => {
      for (const connection of reserved.splice(0)) connection.release();
      await client.end({ timeout: 5 });
    };
    state.closers.push(close);
    for (let index = 0; index < count; index++) reserved.push(await client.reserve());
    return {
      sessions: reserved.map((connection) => (text) => connection.unsafe(text)),
      close: () => {
        state.closers.splice(state.closers.indexOf(close), 1);
        return close();
      },
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const client = new PGlite(path.join(database.dataDir, "pglite"));
  const close = () => client.close();
  state.closers.push(close);
  await client.waitReady;
  return {
    sessions: [async (text) => (await client.query(text)).rows],
    close: () => {
      state.closers.splice(state.closers.indexOf(close), 1);
      return close();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Server

/** Starts `node server.js` on the database and waits until /healthz answers 200; returns its base URL. */
export async function startServer(database, { cpuProfileDir } = {}) {
  state.serverOutput = [];
  const collect = (chunk) => state.serverOutput.push(chunk);
  const started = Date.now();
  state.server = spawnServer({
    port: await freePort(),
    env: database.env,
    // Adds the bare form-parsing baseline route (tests/bench/baseline-route.js) to the server's routes.
    extraEnv: { BENCH_ROUTES: "true" },
    nodeArgs: cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : [],
    onStdout: collect,
    onStderr: collect,
  });
  const { baseUrl, server } = state.server;
  await waitUntilHealthy(state.server, STARTUP_TIMEOUT_MS);
  log(`server ready at ${baseUrl} after ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${server.pid})`);
  return { baseUrl, pid: server.pid };
}

export async function stopServer() {
  const running = state.server;
  if (!running) return;
  state.server = null;
  await stopServerProcess(running, STOP_TIMEOUT_MS);
}

export function serverOutput() {
  return Buffer.concat(state.serverOutput).toString("utf8").trim();
}

// ---------------------------------------------------------------------------------------------
// Clean-up

async function stopBuild() {
  const child = state.build;
  if (!child) return;
  state.build = null;
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
}

async function closeClients() {
  while (state.closers.length > 0) await state.closers.pop()();
}

/** Stops what runs and removes what was made; safe to call more than once and concurrently. */
export function cleanUp() {
  state.cleaning ??= (async () => {
    let clean = true;
    for (const step of [stopBuild, stopServer, closeClients, dropDatabases, removeDataDirs]) {
      try {
        await step();
      } catch (error) {
        clean = false;
        console.error(`[bench] clean-up step ${step.name} failed: ${error instanceof Error ? error.message : error}`);
      }
    }
    return clean;
  })().finally(() => {
    state.cleaning = null;
  });
  return state.cleaning;
}
