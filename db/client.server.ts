import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { type SQL, sql } from "drizzle-orm";
import { type AnyPgColumn, type PgDatabase, PgDialect, type PgQueryResultHKT } from "drizzle-orm/pg-core";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { isDatabaseUnavailable } from "./faults.server";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything queries can run on: the database itself or an open transaction. */
export type Executor = Database | Transaction;

/**
 * `column = any(ids)` with all ids in one array parameter. inArray binds one parameter per id, and
 * PostgreSQL refuses a statement with more than 65,535: a bulk action may name 100,000 submissions.
 */
export function isAnyOf(column: AnyPgColumn, ids: string[]): SQL {
  return sql`${column} = any(${sql.param(ids)}::uuid[])`;
}

export type DatabaseConfig = { url: string } | { dataDir: string };

export interface DatabaseHandle {
  db: Database;
  kind: "postgres" | "pglite";
  /** A human-readable name of where the data lives, without credentials. */
  location: string;
  migrate(): Promise<void>;
  /** Replaces every connection with new ones; queries under way on the old ones get a few seconds. */
  reconnect(): void;
  /** See queryBytes. */
  queryBytes(query: SQL): Promise<(Uint8Array | null)[][]>;
  close(): Promise<void>;
}

/** Thrown when the configured database cannot be reached; `variable` names the setting to fix. */
export class DatabaseConfigError extends Error {
  constructor(
    readonly variable: "DATABASE_URL" | "DATA_DIR",
    message: string,
  ) {
    super(message);
  }
}

const migrationsFolder = path.resolve(process.cwd(), "db/migrations");
// Any constant works; it only has to be the same for every app server migrating this database.
const MIGRATION_LOCK_ID = 725_001;

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dataDir: env.DATA_DIR || path.resolve(process.cwd(), ".data") };
}

export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.username ? `${parsed.username}@` : ""}${parsed.host}${parsed.pathname}`;
  } catch {
    return "(not a valid URL)";
  }
}

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return "url" in config ? openPostgres(config.url) : openPglite(config.dataDir);
}

/**
 * An object that forwards every use to `current()` at the time of use, so whoever kept the
 * database (the session adapter keeps it for the process's life) follows a replaced pool.
 */
function following<T extends object>(current: () => T): T {
  // A method is bound once per object followed: the same function on every use, so it can key a
  // cache (`$client`, postgres.js's client, is a function: preparedPerPool keys on it).
  const bound = new WeakMap<object, WeakMap<object, unknown>>();
  return new Proxy(Object.create(null), {
    get(_, key) {
      const target = current();
      const value = Reflect.get(target, key);
      if (typeof value !== "function") return value;
      let methods = bound.get(target);
      if (!methods) {
        methods = new WeakMap();
        bound.set(target, methods);
      }
      let method = methods.get(value);
      if (method === undefined) {
        method = value.bind(target);
        methods.set(value, method);
      }
      return method;
    },
    has: (_, key) => Reflect.has(current(), key),
    getPrototypeOf: () => Object.getPrototypeOf(current()),
  }) as T;
}

/**
 * The client drizzle is given, with every statement prepared. drizzle asks postgres.js for an
 * unnamed statement unless a query is named, and postgres.js then asks PostgreSQL for the
 * parameter types before each run: two round trips per query, a quarter of the app server's CPU
 * under intake load (decision 017). A prepared statement is described once per connection.
 */
function preparingEveryStatement<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== "function") return value;
      if (key === "unsafe")
        return (query: string, parameters: unknown[], options?: object) =>
          value.call(target, query, parameters, { ...options, prepare: true });
      if (key === "begin" || key === "savepoint")
        return (...args: unknown[]) => {
          const body = args.pop() as (inner: object) => unknown;
          return value.call(target, ...args, (inner: object) => body(preparingEveryStatement(inner)));
        };
      return value;
    },
  });
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const location = describeUrl(url);
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new DatabaseConfigError("DATABASE_URL", `DATABASE_URL must start with postgres:// (got ${location})`);
  }
  // JIT compiles plans of short queue queries for longer than they then run (measured: a 20 ms
  // page query took 107–180 ms with it).
  const newPool = () =>
    postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
      connect_timeout: 10,
      // Statements are prepared (below), but each run is still planned for its own values: a plan
      // made for one queue filter or search word would be a poor one for another.
      connection: { jit: "off", plan_cache_mode: "force_custom_plan" },
    });
  let pool = newPool();
  let current = drizzlePostgres(preparingEveryStatement(pool), { schema }) as unknown as Database;
  await firstAnswer(pool, location);
  return {
    db: following(() => current),
    kind: "postgres",
    location,
    async migrate() {
      // Several app servers may start at once; only one may apply migrations.
      // A one-connection client, so the session-level advisory lock covers every migration query.
      const single = postgres(url, { max: 1, onnotice: () => {} });
      try {
        if (await allMigrationsApplied(single)) return;
        await single`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
        await migratePostgres(drizzlePostgres(single), { migrationsFolder });
      } finally {
        await single.end({ timeout: 5 });
      }
    },
    reconnect() {
      const old = pool;
      pool = newPool();
      current = drizzlePostgres(preparingEveryStatement(pool), { schema }) as unknown as Database;
      void old.end({ timeout: 5 }).catch(() => {});
    },
    async queryBytes(query) {
      const { sql: text, params } = dialect.sqlToQuery(query);
      const rows = await pool.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true }).raw();
      return rows as unknown as (Buffer | null)[][];
    },
    close: () => pool.end({ timeout: 5 }),
  };
}

const dialect = new PgDialect();

/**
 * Whether the database already has every migration. The server checks before migrating because it
 * may connect as a role that owns nothing and may create nothing (README, "Database roles"), which
 * can read this table but not run the migrator, whose first statement is a CREATE SCHEMA.
 */
async function allMigrationsApplied(single: postgres.Sql): Promise<boolean> {
  const newest = readMigrationFiles({ migrationsFolder }).at(-1)?.folderMillis ?? 0;
  const [table] = await single<{ found: boolean }[]>`
    select to_regclass('drizzle.__drizzle_migrations') is not null as found`;
  if (!table?.found) return false;
  const [row] = await single<{ applied: string | null }[]>`
    select max(created_at)::text as applied from drizzle.__drizzle_migrations`;
  return row?.applied != null && Number(row.applied) >= newest;
}

const WAIT_FIRST_MS = 250;
const WAIT_LONGEST_MS = 5_000;

/**
 * Waits for the database's first answer. While it refuses or is still starting (an app server
 * started before PostgreSQL, or during its restart) it says so once and tries again, backing
 * off, for at most DATABASE_WAIT_SECONDS (default 60); anything waiting cannot cure (a wrong
 * password, host or database name) stops at once. Either way the error names DATABASE_URL.
 */
async function firstAnswer(pool: postgres.Sql, location: string): Promise<void> {
  const deadline = Date.now() + Number(process.env.DATABASE_WAIT_SECONDS ?? 60) * 1000;
  for (let delay = WAIT_FIRST_MS, said = false; ; delay = Math.min(delay * 2, WAIT_LONGEST_MS)) {
    try {
      await pool`select 1`;
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() + delay > deadline) {
        await pool.end({ timeout: 1 }).catch(() => {});
        throw new DatabaseConfigError("DATABASE_URL", `DATABASE_URL: cannot connect to ${location} (${reason(error)})`);
      }
      if (!said) console.log(`Waiting for the database at ${location} (${reason(error)}); trying again…`);
      said = true;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const inMemory = dataDir.startsWith("memory://");
  let client: PGlite;
  try {
    if (!inMemory) mkdirSync(dataDir, { recursive: true });
    client = new PGlite(inMemory ? dataDir : path.join(dataDir, "pglite"));
    await client.waitReady;
  } catch (error) {
    throw new DatabaseConfigError(
      "DATA_DIR",
      `DATA_DIR: cannot open the embedded database in ${dataDir} (${reason(error)})`,
    );
  }
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    location: inMemory ? dataDir : path.join(dataDir, "pglite"),
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    // One embedded database in this process: there is no connection to lose.
    reconnect: () => {},
    async queryBytes(query) {
      const encoder = new TextEncoder();
      const rows = await queryRows<Record<string, unknown>>(db, query);
      return rows.map((row) =>
        Object.values(row).map((value) => (value === null ? null : encoder.encode(String(value)))),
      );
    },
    close: () => client.close(),
  };
}

function reason(error: unknown): string {
  if (error instanceof Error) return error.message.split("\n")[0] || error.name;
  return String(error);
}

/** postgres.js returns a row array, PGlite `{ rows }`: raw SQL goes through this one door. */
export async function queryRows<Row>(executor: Executor, query: ReturnType<typeof sql>): Promise<Row[]> {
  const result = (await executor.execute(query)) as unknown;
  if (Array.isArray(result)) return result as Row[];
  return ((result as { rows?: Row[] }).rows ?? []) as Row[];
}

/**
 * Each row's columns as the bytes PostgreSQL sent (null for NULL), for a large text passed on to a
 * response without becoming a JavaScript string: strings that wait for a slow reader outlive the
 * young generation and pile up in the old one until a full collection (an export's batches,
 * decision 027). postgres.js hands over its own buffers; PGlite's texts are encoded.
 */
export async function queryBytes(query: SQL): Promise<(Uint8Array | null)[][]> {
  return (await database()).queryBytes(query);
}

let current: Promise<DatabaseHandle> | undefined;

/** The process-wide database, opened from the environment on first use. */
export function database(): Promise<DatabaseHandle> {
  current ??= openDatabase(configFromEnv()).catch((error) => {
    current = undefined;
    throw error;
  });
  return current;
}

export async function db(): Promise<Database> {
  return (await database()).db;
}

export { schema };

/** The unique constraint a failed statement ran into (both drivers name it), or null for any other failure. */
export function violatedUniqueConstraint(error: unknown): string | null {
  const cause = (error as { cause?: { code?: string; constraint?: string; constraint_name?: string } })?.cause;
  if (cause?.code !== "23505") return null;
  return cause.constraint ?? cause.constraint_name ?? null;
}

/**
 * A query built and prepared once per connection pool, instead of built by drizzle and planned
 * by PostgreSQL on every call: for a query on every request of a hot page (decision 016). A pool
 * made again after losing its connections (decision 013) gets the query prepared anew on it.
 */
export function preparedPerPool<Query>(prepare: (database: Database) => Query): () => Promise<Query> {
  const byPool = new WeakMap<object, Query>();
  return async () => {
    const database = await db();
    const pool = (database as Database & { $client: object }).$client;
    let query = byPool.get(pool);
    if (query === undefined) {
      query = prepare(database);
      byPool.set(pool, query);
    }
    return query;
  };
}

/** The row an INSERT … RETURNING of one row gave back; its absence is a bug, not a user's error. */
export function onlyRow<Row>(rows: Row[]): Row {
  const [row] = rows;
  if (row === undefined) throw new Error("expected the statement to return a row");
  return row;
}
