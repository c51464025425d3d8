import { isRouteErrorResponse } from "@remix-run/react";
import { DrizzleQueryError } from "drizzle-orm/errors";

// A cause of a cause of a cause is as deep as any driver goes; a loop of causes must still end.
const MAX_CAUSES = 3;
const REDACTED = "[value left out]";

/**
 * The one way a server error reaches the log: Remix's `handleError` and the render's `onError`
 * both call it. A failed query's message lists its values (argon2id hashes, e-mail addresses, what
 * people wrote), so the line carries the error's class, its message with those values left out,
 * the SQL with placeholders only, the database's error code, and the stack's frames.
 */
export function logServerError(error: unknown, request?: Request): void {
  if (request?.signal.aborted) return;
  console.error(describeServerError(error, request));
}

export function describeServerError(error: unknown, request?: Request): string {
  // Remix wraps some errors (a route that matched nothing) in a response; the error inside is the news.
  const unwrapped = isRouteErrorResponse(error) && "error" in error && error.error ? error.error : error;
  const values = queryValues(unwrapped);
  const lines = [request ? `${request.method} ${new URL(request.url).pathname}` : "server error"];
  let current: unknown = unwrapped;
  for (let depth = 0; depth <= MAX_CAUSES && current !== undefined; depth++) {
    lines.push(`${depth === 0 ? "" : "caused by "}${describeOne(current, values)}`);
    current = current instanceof Error ? current.cause : undefined;
  }
  const frames = unwrapped instanceof Error ? (unwrapped.stack ?? "").split("\n").filter(isFrame) : [];
  return [...lines, ...frames].join("\n");
}

function describeOne(error: unknown, values: string[]): string {
  if (!(error instanceof Error)) return `thrown ${typeof error}`;
  const code = "code" in error && typeof error.code === "string" ? ` [database error ${error.code}]` : "";
  const message = error instanceof DrizzleQueryError ? `failed query: ${error.query}` : leaveOut(error.message, values);
  // The class says what failed; drizzle's errors keep the name "Error".
  return `${error.constructor.name}${code}: ${message}`;
}

/**
 * The values a failed query was sent with, longest first so no value is left half out. One or two
 * characters (a flag, a language code) say nothing about anyone, and leaving them out of every
 * word they occur in would make the message unreadable.
 */
function queryValues(error: unknown): string[] {
  const found: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth <= MAX_CAUSES; depth++) {
    if (current instanceof DrizzleQueryError) found.push(...current.params.map(String));
    current = current.cause;
  }
  return found.filter((value) => value.length > 2).sort((a, b) => b.length - a.length);
}

// A driver's own message may quote what it was sent ("invalid input syntax for type uuid: …").
function leaveOut(message: string, values: string[]): string {
  return values.reduce((text, value) => text.replaceAll(value, REDACTED), message);
}

// Only the "at …" lines: a stack's first lines repeat the message, values and all.
function isFrame(line: string): boolean {
  return /^\s+at /.test(line);
}
