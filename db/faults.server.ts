// How the app tells "the database is away for now" from everything else, and the guard against the
// one driver defect that turns losing a connection into a crash (decision 013).

// Node's codes for a server that refuses, drops or does not answer a connection.
const networkCodes = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);
// postgres.js's codes for a connection it lost or could not open.
const driverCodes = new Set(["CONNECTION_CLOSED", "CONNECTION_DESTROYED", "CONNECTION_ENDED", "CONNECT_TIMEOUT"]);
// PostgreSQL's: shutting down (57P01–57P03: also "the database system is starting up") and the
// connection-exception class 08.
const sqlStates = new Set(["57P01", "57P02", "57P03"]);

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  // drizzle wraps the driver's error as `cause`.
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === "string") codes.push(code);
    current = cause;
  }
  return codes;
}

/**
 * True when `error` means the database cannot be reached right now (refused, dropped, restarting),
 * which waiting and trying again cures; false for everything else, a wrong password or a missing
 * database included, which waiting does not.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return codesOf(error).some(
    (code) => networkCodes.has(code) || driverCodes.has(code) || sqlStates.has(code) || code.startsWith("08"),
  );
}

/**
 * postgres.js 3.4.9 (porsager/postgres#1154, #1208; fixes #1168, #1209 unreleased) may write to a
 * connection after its socket closed: a transaction whose backend died sends its ROLLBACK, the
 * write is deferred with setImmediate and throws there, outside any caller, so the process dies.
 * The error has this exact shape; its connection is left unable to connect again.
 */
export function isDriverClosedSocketWrite(error: unknown): boolean {
  if (!(error instanceof TypeError) || !error.message.includes("reading 'write'")) return false;
  const frame = error.stack?.split("\n")[1] ?? "";
  return /\bnextWrite \(.*[/\\]node_modules[/\\]postgres[/\\]src[/\\]connection\.js:/.test(frame);
}

let guarded = false;

/**
 * Keeps the server alive through that one driver defect: it is logged in one line and `recover`
 * (a fresh connection pool) runs. Any other uncaught error still ends the process, as it would
 * without this listener, because the process is then in a state nobody planned for.
 */
export function guardDriverFaults(recover: () => void): void {
  if (guarded) return;
  guarded = true;
  process.on("uncaughtException", (error) => {
    if (isDriverClosedSocketWrite(error)) {
      console.error("[database] a connection closed under a pending write (postgres.js #1208): opening a new pool");
      recover();
      return;
    }
    console.error(error);
    process.exit(1);
  });
}
