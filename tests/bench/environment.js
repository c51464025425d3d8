// What a benchmark runs on: a fresh production build, a throwaway database (a new PostgreSQL
// database masukan_bench_<hex> with DATABASE_URL, else a temporary PGlite directory) and the
// production server (node server.js) on a free port. Everything made here is undone by cleanUp(),
// which the runner also calls on Ctrl-C.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import {
  adminClient,
  databaseUrl,
  isThrowawayName,
  root,
  runCleanUpSteps,
  Throwaways,
  withoutPassword,
} from "../support/processes.js";

export { root, withoutPassword };
const DATABASE_PREFIX = "masukan_bench_";

export function log(message) {
  console.log(`[bench] ${message}`);
}

/** The scenario's databases (or PGlite directories) and its server, to undo afterwards. */
const throwaways = new Throwaways({
  databasePrefix: DATABASE_PREFIX,
  dataDirPrefix: "masukan-bench-",
  log,
  startupTimeoutMs: 90_000,
  stopTimeoutMs: 15_000,
});

/** What else has to be undone: the build, the bench's own clients; and whether a stop was asked for. */
const state = {
  build: null,
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
  log(`building (${reason}): npm run build`);
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(root, "scripts/build.js")], {
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
    const dataDir = await throwaways.createDataDir();
    return { kind: "pglite", env: { DATA_DIR: dataDir }, location: dataDir, dataDir };
  }
  const { url, name } = await throwaways.createDatabase(adminUrl, { keep });
  if (keep) log(`measure again on it with --database ${name}`);
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
  if (!isThrowawayName(name, DATABASE_PREFIX))
    throw new Error(`--database takes a kept ${DATABASE_PREFIX}<hex> database (got ${name})`);
  const sql = adminClient(adminUrl);
  try {
    const found = await sql`select 1 from pg_database where datname = ${name}`;
    if (found.length === 0) throw new Error(`no database ${name} on ${withoutPassword(adminUrl)}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  const url = databaseUrl(adminUrl, name);
  log(`using the kept database ${withoutPassword(url)}`);
  return postgresDatabase(url, name);
}

/**
 * A client of the bench's own, closed by `close()` or else by cleanUp(): postgres.js (with these
 * options) on PostgreSQL, PGlite on the data directory (with the server stopped: one process owns
 * it at a time).
 */
async function openClient(database, options) {
  if (database.kind === "postgres") {
    const client = postgres(database.url, { onnotice: () => {}, ...options });
    return registered(client, () => client.end({ timeout: 5 }));
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const client = new PGlite(path.join(database.dataDir, "pglite"));
  const opened = registered(client, () => client.close());
  await client.waitReady;
  return opened;
}

/** `{ client, close }`: close is registered with cleanUp() until it is called. */
function registered(client, end) {
  const unregister = atCleanUp(end);
  return {
    client,
    close: () => {
      unregister();
      return end();
    },
  };
}

/**
 * Runs `query(sql)` against the scenario's database with a client of the bench's own; `sql` is a
 * tagged template returning rows. For PGlite the server must be stopped first (one process owns
 * the data directory at a time).
 */
export async function withDatabase(database, query) {
  const { client, close } = await openClient(database, { max: 1 });
  try {
    if (database.kind === "postgres") return await query((strings, ...values) => client(strings, ...values));
    return await query(async (strings, ...values) => (await client.sql(strings, ...values)).rows);
  } finally {
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
    const reserved = [];
    const { client, close } = await openClient(database, { max: count, connect_timeout: 10 });
    const release = () => {
      for (const connection of reserved.splice(0)) connection.release();
    };
    const unregister = atCleanUp(release);
    for (let index = 0; index < count; index++) reserved.push(await client.reserve());
    return {
      sessions: reserved.map((connection) => (text) => connection.unsafe(text)),
      close: () => {
        unregister();
        release();
        return close();
      },
    };
  }
  const { client, close } = await openClient(database);
  return { sessions: [async (text) => (await client.query(text)).rows], close };
}

// ---------------------------------------------------------------------------------------------
// Server

/** Starts `node server.js` on the database and waits until /healthz answers 200; returns its base URL. */
export async function startServer(database, { cpuProfileDir } = {}) {
  const { baseUrl, server } = await throwaways.startServer({
    env: database.env,
    // Adds the bare form-parsing baseline route (tests/bench/baseline-route.js) to the server's routes;
    // the bench's clients name their own addresses behind a loopback proxy (intake.js).
    extraEnv: { BENCH_ROUTES: "true", TRUSTED_PROXIES: "loopback" },
    nodeArgs: cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : [],
  });
  return { baseUrl, pid: server.pid };
}

export function stopServer() {
  return throwaways.stopServer();
}

export function serverOutput() {
  return throwaways.serverOutput();
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
  state.cleaning ??= runCleanUpSteps("bench", {
    stopBuild,
    stopServer,
    closeClients,
    dropDatabases: () => throwaways.dropDatabases(),
    removeDataDirs: () => throwaways.removeDataDirs(),
  }).finally(() => {
    state.cleaning = null;
  });
  return state.cleaning;
}
