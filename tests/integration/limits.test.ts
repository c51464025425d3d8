import { count, eq, notLike } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { database, schema } from "#db/client.server";
import { authenticate, REGISTRATIONS_PER_ADDRESS, registerAccount } from "~/auth/accounts.server";
import { LOGIN_FAILURES_PER_ADDRESS, LOGIN_FREE_FAILURES } from "~/auth/login-limits.server";
import { registerSchema } from "~/auth/schemas";
import { startSession } from "~/auth/session.server";
import { findInputTarget } from "~/consultations/lookups.server";
import { seedDemo } from "~/demo/seed.server";
import { action as sendAction } from "~/routes/consultations.$slug.send";
import { createSubmission, SUBMISSIONS_PER_ACCOUNT, SUBMISSIONS_PER_ADDRESS } from "~/submissions/intake.server";
import { sentInput } from "../helpers/demo";
import { BASE, context, settle } from "../helpers/requests";

// On a window's start, so every window below runs its whole length from here.
const NOW = new Date("2026-03-02T05:00:00Z");
const PASSWORD = "a long enough passphrase";

function account(email: string) {
  return registerSchema.parse({
    name: `Person ${email}`,
    email,
    password: PASSWORD,
    preferredLanguage: "en",
    organisationMode: "individual",
  });
}

async function contributor(email: string) {
  const result = await registerAccount(account(email));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { id: result.value.userId, name: `Person ${email}` };
}

async function failedLogins() {
  const { db } = await database();
  const [row] = await db
    .select({ n: count() })
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.action, "auth.login_failed"));
  return row!.n;
}

describe("log-in limits", () => {
  it("checks at most the free failures' passwords of 100 parallel wrong attempts on one e-mail", async () => {
    await contributor("target@example.org");
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, n) =>
        authenticate("target@example.org", `guess number ${n}`, `198.51.100.${n}`, NOW),
      ),
    );
    const errors = results.map((result) => (result.ok ? "logged in" : result.error));
    expect(errors.filter((error) => error === "validation.wrongCredentials")).toHaveLength(LOGIN_FREE_FAILURES);
    expect(errors.filter((error) => error === "validation.tooManyAttempts")).toHaveLength(100 - LOGIN_FREE_FAILURES);
    expect(await failedLogins()).toBe(LOGIN_FREE_FAILURES);
  });

  it("does not count log-ins that succeed against the office's address", async () => {
    await contributor("colleague@example.org");
    for (let n = 0; n < LOGIN_FAILURES_PER_ADDRESS.limit + 5; n++) {
      expect((await authenticate("colleague@example.org", PASSWORD, "192.0.2.10", NOW)).ok).toBe(true);
    }
    for (let n = 0; n < LOGIN_FAILURES_PER_ADDRESS.limit; n++) {
      expect(await authenticate(`typo${n}@example.org`, "mistyped", "192.0.2.10", NOW)).toMatchObject({
        error: "validation.wrongCredentials",
      });
    }
    expect(await authenticate("colleague@example.org", PASSWORD, "192.0.2.10", NOW)).toMatchObject({
      error: "validation.tooManyAttempts",
      retryAfterSeconds: LOGIN_FAILURES_PER_ADDRESS.windowSeconds,
    });
  });
});

describe("registration limits", () => {
  it("lets a handful of registrations an hour through from one address, however many race", async () => {
    const attempts = REGISTRATIONS_PER_ADDRESS.limit + 5;
    const results = await Promise.all(
      Array.from({ length: attempts }, (_, n) => registerAccount(account(`new${n}@example.org`), "192.0.2.20", NOW)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(REGISTRATIONS_PER_ADDRESS.limit);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array.from({ length: 5 }, () => ({
        ok: false,
        error: "validation.tooManyRegistrations",
        retryAfterSeconds: 60 * 60,
      })),
    );
    expect((await registerAccount(account("elsewhere@example.org"), "192.0.2.21", NOW)).ok).toBe(true);
  });
});

describe("sending limits", () => {
  async function setup() {
    const { db } = await database();
    await seedDemo(db, NOW);
    return (await findInputTarget("ascc-post-2025", "2.2", NOW))!;
  }

  /** Submissions stored by the people of this test, not the demo's. */
  async function stored() {
    const { db } = await database();
    const [row] = await db
      .select({ n: count() })
      .from(schema.submissions)
      .innerJoin(schema.users, eq(schema.users.id, schema.submissions.authorId))
      .where(notLike(schema.users.email, "%@demo.masukan.test"));
    return row!.n;
  }

  it("stores at most the account's limit of 100 parallel sends, and a resend still finds its copy", async () => {
    const target = await setup();
    const author = await contributor("flood@example.org");
    const inputs = Array.from({ length: 100 }, () => sentInput());
    const results = await Promise.all(inputs.map((data) => createSubmission(author, target, data, NOW)));
    expect(results.filter((result) => result.ok)).toHaveLength(SUBMISSIONS_PER_ACCOUNT.limit);
    expect(results.find((result) => !result.ok)).toEqual({
      ok: false,
      error: "validation.tooManySubmissions",
      retryAfterSeconds: SUBMISSIONS_PER_ACCOUNT.windowSeconds,
    });
    expect(await stored()).toBe(SUBMISSIONS_PER_ACCOUNT.limit);
    // Whichever of them was stored, sending it again at the limit gives its reference back.
    const storedInput = inputs[results.findIndex((result) => result.ok)]!;
    const resend = await createSubmission(author, target, storedInput, NOW);
    expect(resend).toMatchObject({ ok: true, value: { duplicate: true } });
  });

  it("counts a resend of a stored form as nothing: the account keeps its places", async () => {
    const target = await setup();
    const author = await contributor("resender@example.org");
    const first = sentInput();
    expect(await createSubmission(author, target, first, NOW, "198.51.100.9")).toMatchObject({ ok: true });
    for (let n = 0; n < 3; n++) {
      const resend = await createSubmission(author, target, first, NOW, "198.51.100.9");
      expect(resend).toMatchObject({ ok: true, value: { duplicate: true } });
    }
    const rest = Array.from({ length: SUBMISSIONS_PER_ACCOUNT.limit - 1 }, () => sentInput());
    const results = await Promise.all(rest.map((data) => createSubmission(author, target, data, NOW, "198.51.100.9")));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await createSubmission(author, target, sentInput(), NOW, "198.51.100.9")).toMatchObject({ ok: false });
    expect(await stored()).toBe(SUBMISSIONS_PER_ACCOUNT.limit);
  });

  it("limits one address across accounts, and a send refused there takes no place from the account", async () => {
    const target = await setup();
    const perAccount = SUBMISSIONS_PER_ACCOUNT.limit;
    const authors = await Promise.all(
      Array.from({ length: SUBMISSIONS_PER_ADDRESS.limit / perAccount + 1 }, (_, n) => contributor(`o${n}@x.org`)),
    );
    const results = await Promise.all(
      authors.flatMap((author) =>
        Array.from({ length: perAccount }, () => createSubmission(author, target, sentInput(), NOW, "192.0.2.30")),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(SUBMISSIONS_PER_ADDRESS.limit);
    expect(await stored()).toBe(SUBMISSIONS_PER_ADDRESS.limit);
    // The accounts refused at the office's address kept their own places for another network.
    const refusedAuthor = authors.find((_, n) =>
      results.slice(n * perAccount, (n + 1) * perAccount).some((result) => !result.ok),
    )!;
    expect((await createSubmission(refusedAuthor, target, sentInput(), NOW, "198.51.100.30")).ok).toBe(true);
  }, 60_000);

  describe("through the send form, without JavaScript", () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it("answers 429 with Retry-After and the form with everything typed", async () => {
      vi.useFakeTimers({ toFake: ["Date"], now: new Date(NOW.getTime() + 4 * 60_000) });
      const target = await setup();
      const author = await contributor("busy@example.org");
      for (let n = 0; n < SUBMISSIONS_PER_ACCOUNT.limit; n++) {
        expect((await createSubmission(author, target, sentInput(), new Date())).ok).toBe(true);
      }
      const form = new FormData();
      const typed = { ...sentInput(), intent: "send", attachmentId: "" };
      for (const [key, value] of Object.entries(typed)) form.append(key, String(value));
      const cookie = (await startSession(author.id)).split(";")[0]!;
      const response = await settle(() =>
        sendAction({
          request: new Request(`${BASE}/consultations/ascc-post-2025/send?section=2.2`, {
            method: "POST",
            headers: { Cookie: cookie },
            body: form,
          }),
          params: { slug: "ascc-post-2025" },
          context: context(),
        }),
      );
      expect(response.status).toBe(429);
      expect(response.headers.get("Retry-After")).toBe(String(6 * 60));
      const body = (await response.json()) as {
        step: string;
        errors: Record<string, string>;
        values: Record<string, string>;
        retryAfterSeconds: number;
      };
      expect(body).toMatchObject({
        step: "form",
        errors: { form: "validation.tooManySubmissions" },
        retryAfterSeconds: 6 * 60,
      });
      expect(body.values.body).toBe(typed.body);
      expect(await stored()).toBe(SUBMISSIONS_PER_ACCOUNT.limit);
    });
  });
});
