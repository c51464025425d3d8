import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { authenticate, registerAccount } from "~/auth/accounts.server";
import { LOGIN_FAILURES_PER_ADDRESS, LOGIN_FREE_FAILURES } from "~/auth/login-limits.server";
import { registerSchema } from "~/auth/schemas";

const valid = {
  name: "Dewi Lestari",
  email: "Dewi@Example.org",
  password: "a long enough passphrase",
  preferredLanguage: "id",
  organisationMode: "new",
  organisationName: "Pusat Kajian Kebijakan Sosial",
  organisationType: "think_tank",
  organisationCountry: "ID",
  organisationWebsite: "https://kajian.example.org",
};

async function register(overrides: Record<string, string> = {}) {
  return registerAccount(registerSchema.parse({ ...valid, ...overrides }));
}

/** Drizzle wraps the server's error; the database's own words are in its cause. */
async function databaseError(query: PromiseLike<unknown>): Promise<string> {
  try {
    await query;
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? String(error);
  }
  return "no error";
}

async function auditActions() {
  const { db } = await database();
  return (await db.select().from(schema.auditEvents)).map((event) => event.action);
}

describe("registration", () => {
  it("creates the account, a new organisation and the membership, and records it", async () => {
    const result = await register();
    expect(result.ok).toBe(true);
    const { db } = await database();
    const [user] = await db.select().from(schema.users);
    expect(user).toMatchObject({
      email: "dewi@example.org",
      name: "Dewi Lestari",
      role: "contributor",
      preferredLanguage: "id",
    });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const [organisation] = await db.select().from(schema.organisations);
    expect(organisation).toMatchObject({ name: "Pusat Kajian Kebijakan Sosial", type: "think_tank", country: "ID" });
    const members = await db.select().from(schema.organisationMembers);
    expect(members).toEqual([expect.objectContaining({ userId: user!.id, organisationId: organisation!.id })]);
    expect(await auditActions()).toEqual(["account.registered"]);
  });

  it("joins an existing organisation", async () => {
    await register();
    const { db } = await database();
    const [organisation] = await db.select().from(schema.organisations);
    const result = await register({
      email: "second@example.org",
      organisationMode: "existing",
      organisationId: organisation!.id,
    });
    expect(result.ok).toBe(true);
    expect(await db.select().from(schema.organisations)).toHaveLength(1);
    expect(await db.select().from(schema.organisationMembers)).toHaveLength(2);
  });

  it("registers an individual expert without an organisation", async () => {
    const result = await register({
      organisationMode: "individual",
      organisationName: "",
      organisationType: "",
      organisationCountry: "",
    });
    expect(result.ok).toBe(true);
    const { db } = await database();
    const [user] = await db.select().from(schema.users);
    expect(user!.individualExpert).toBe(true);
    expect(await db.select().from(schema.organisationMembers)).toHaveLength(0);
  });

  it("refuses a second account for the same e-mail, whatever its case", async () => {
    await register();
    const again = await register({ email: "DEWI@example.org", organisationMode: "individual" });
    expect(again).toEqual({ ok: false, error: "validation.emailTaken", field: "email" });
  });

  it("refuses an organisation id that does not exist, and stores nothing", async () => {
    const forged = await register({
      organisationMode: "existing",
      organisationId: "00000000-0000-4000-8000-000000000000",
    });
    expect(forged).toEqual({
      ok: false,
      error: "validation.organisationUnknown",
      field: "organisationId",
    });
    const { db } = await database();
    expect(await db.select().from(schema.users)).toHaveLength(0);
  });

  it("points to the existing organisation instead of creating a twin in the same country", async () => {
    await register();
    const twin = await register({ email: "other@example.org", organisationName: "pusat kajian kebijakan SOSIAL" });
    expect(twin).toEqual({ ok: false, error: "validation.organisationExists", field: "organisationName" });
    const elsewhere = await register({ email: "third@example.org", organisationCountry: "MY" });
    expect(elsewhere.ok).toBe(true);
  });
});

describe("log-in", () => {
  it("accepts the right password and records the log-in", async () => {
    await register({ organisationMode: "individual" });
    const result = await authenticate("dewi@example.org", valid.password, "198.51.100.1");
    expect(result).toMatchObject({ ok: true, value: { preferredLanguage: "id" } });
    expect(await auditActions()).toContain("auth.login");
  });

  it("gives the same answer for a wrong password and an unknown e-mail", async () => {
    await register({ organisationMode: "individual" });
    expect(await authenticate("dewi@example.org", "wrong password here", "198.51.100.1")).toEqual({
      ok: false,
      error: "validation.wrongCredentials",
    });
    expect(await authenticate("nobody@example.org", "wrong password here", "198.51.100.1")).toEqual({
      ok: false,
      error: "validation.wrongCredentials",
    });
    expect((await auditActions()).filter((a) => a === "auth.login_failed")).toHaveLength(2);
  });

  it("delays an e-mail after repeated failures from any address, then lets the right password in", async () => {
    await register({ organisationMode: "individual" });
    const at = (seconds: number) => new Date(Date.parse("2026-03-02T05:00:00Z") + seconds * 1000);
    for (let attempt = 0; attempt < LOGIN_FREE_FAILURES; attempt++) {
      expect(await authenticate("dewi@example.org", "wrong password here", `198.51.100.${attempt}`, at(0))).toEqual({
        ok: false,
        error: "validation.wrongCredentials",
      });
    }
    // While the wait runs even the right password is refused, and told how long to wait.
    expect(await authenticate("dewi@example.org", valid.password, "198.51.100.99", at(0))).toEqual({
      ok: false,
      error: "validation.tooManyAttempts",
      retryAfterSeconds: 1,
    });
    expect(await authenticate("other@example.org", valid.password, "198.51.100.99", at(0))).toMatchObject({
      error: "validation.wrongCredentials",
    });
    expect((await authenticate("dewi@example.org", valid.password, "198.51.100.99", at(1))).ok).toBe(true);
    // The right password ended the streak: the next mistake is free again.
    expect(await authenticate("dewi@example.org", "wrong password here", "198.51.100.99", at(1))).toMatchObject({
      error: "validation.wrongCredentials",
    });
  });

  it("doubles the wait with each further failure, up to 15 minutes", async () => {
    let now = Date.parse("2026-03-02T05:00:00Z");
    for (let attempt = 0; attempt < LOGIN_FREE_FAILURES; attempt++) {
      await authenticate("target@example.org", "wrong password here", "198.51.100.1", new Date(now));
    }
    const waits: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const refused = await authenticate("target@example.org", "guess", `203.0.113.${attempt}`, new Date(now));
      waits.push(refused.ok ? 0 : (refused.retryAfterSeconds ?? 0));
      now += waits[attempt]! * 1000;
      expect(await authenticate("target@example.org", "guess", "203.0.113.99", new Date(now))).toMatchObject({
        error: "validation.wrongCredentials",
      });
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
  });

  it("limits failures from one address across e-mails", async () => {
    const now = new Date("2026-03-02T05:00:00Z");
    for (let attempt = 0; attempt < LOGIN_FAILURES_PER_ADDRESS.limit; attempt++) {
      await authenticate(`person${attempt}@example.org`, "whatever password", "192.0.2.50", now);
    }
    expect(await authenticate("person-last@example.org", "whatever password", "192.0.2.50", now)).toEqual({
      ok: false,
      error: "validation.tooManyAttempts",
      retryAfterSeconds: 15 * 60,
    });
    expect(await authenticate("person-last@example.org", "whatever password", "192.0.2.51", now)).toMatchObject({
      error: "validation.wrongCredentials",
    });
  });
});

describe("audit log", () => {
  it("refuses to change or delete an event", async () => {
    await register({ organisationMode: "individual" });
    const { db } = await database();
    expect(await databaseError(db.update(schema.auditEvents).set({ action: "rewritten" }))).toMatch(
      /append-only: UPDATE refused/,
    );
    expect(
      await databaseError(db.delete(schema.auditEvents).where(eq(schema.auditEvents.action, "account.registered"))),
    ).toMatch(/append-only: DELETE refused/);
    expect(await auditActions()).toEqual(["account.registered"]);
  });

  it("refuses to empty the log in one statement", async () => {
    await register({ organisationMode: "individual" });
    const { db } = await database();
    expect(await databaseError(db.execute(sql`TRUNCATE audit_events`))).toMatch(/append-only: TRUNCATE refused/);
    expect(await auditActions()).toEqual(["account.registered"]);
  });
});

describe("registration races", () => {
  it("lets exactly one of two simultaneous sign-ups with one e-mail through", async () => {
    const results = await Promise.all([
      register({ organisationMode: "individual" }),
      register({ organisationMode: "individual", name: "Dewi Kedua" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "validation.emailTaken", field: "email" }]);
  });
});
