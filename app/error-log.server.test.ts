import { DrizzleQueryError } from "drizzle-orm/errors";
import postgres from "postgres";
import { afterEach, describe, expect, it, vi } from "vitest";
import { describeServerError, logServerError } from "./error-log.server";

const email = "sokha.chan@example.org";
const hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$Jm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0";
const sql = 'insert into "users" ("email", "password_hash", "name") values ($1, $2, $3)';

function failedInsert() {
  const cause = new postgres.PostgresError({
    message: `invalid input syntax for type uuid: "${email}"`,
    code: "22P02",
    severity: "ERROR",
  } as never);
  return new DrizzleQueryError(sql, [email, hash, "Sokha\u0000Chan"], cause);
}

const request = new Request("http://127.0.0.1/register?email=sokha.chan%40example.org", { method: "POST" });

describe("the server's error log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("names the error, the SQL with placeholders and the database's code, never the query's values", () => {
    const line = describeServerError(failedInsert(), request);
    expect(line).toContain("POST /register");
    expect(line).toContain(`DrizzleQueryError: failed query: ${sql}`);
    expect(line).toContain("PostgresError [database error 22P02]: invalid input syntax for type uuid:");
    expect(line).toMatch(/\n\s+at /);
    expect(line).not.toContain(email);
    expect(line).not.toContain("sokha.chan%40example.org");
    expect(line).not.toContain("$argon2id$");
    expect(line).not.toContain("Jm9vYmFy");
    expect(line).not.toContain("Sokha");
  });

  it("writes exactly that line, and nothing for a request the browser gave up on", () => {
    const written = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = failedInsert();
    logServerError(error, request);
    expect(written).toHaveBeenCalledTimes(1);
    expect(written.mock.calls[0]).toEqual([describeServerError(error, request)]);

    const controller = new AbortController();
    controller.abort();
    logServerError(failedInsert(), new Request("http://127.0.0.1/", { signal: controller.signal }));
    expect(written).toHaveBeenCalledTimes(1);
  });

  it("keeps the message of an error that is not a query's", () => {
    expect(describeServerError(new TypeError("Cannot read properties of null (reading 'write')"))).toContain(
      "TypeError: Cannot read properties of null (reading 'write')",
    );
  });
});
