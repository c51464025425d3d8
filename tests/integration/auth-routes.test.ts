import { eq } from "drizzle-orm";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { database, schema } from "#db/client.server";
import { seedDemo } from "~/demo/seed.server";
import { pastOrganisations } from "~/demo/past-input";
import { requireRole, requireUser } from "~/auth/session.server";
import { action as languageAction } from "~/routes/language";
import { action as loginAction } from "~/routes/login";
import { action as logoutAction } from "~/routes/logout";
import { action as registerAction, loader as registerLoader } from "~/routes/register";
import { loader as rootLoader } from "~/root";
import { BASE, context, cookiesFrom, formRequest, getRequest, jsonBody, settle } from "../helpers/requests";

const newContributor = {
  name: "Sokha Chan",
  email: "sokha@example.org",
  password: "mekong river passphrase",
  preferredLanguage: "en",
  organisationMode: "new",
  organisationName: "Mekong Civic Network",
  organisationType: "civil_society",
  organisationCountry: "KH",
  organisationWebsite: "",
  redirectTo: "/consultations/ascc-post-2025",
};

async function signIn(email: string, password: string) {
  const response = await settle(() =>
    loginAction({ request: formRequest("/login", { email, password }), params: {}, context: context() }),
  );
  expect(response.status).toBe(302);
  return cookiesFrom(response);
}

describe("register page", () => {
  it("refuses a NUL byte with 400, the error by its field and what was typed, and stores nothing", async () => {
    const response = await settle(() =>
      registerAction({
        request: formRequest("/register", {
          ...newContributor,
          name: "Sokha\u0000Chan",
          organisationName: "Mekong\u0000",
        }),
        params: {},
        context: context(),
      }),
    );
    expect(response.status).toBe(400);
    const body = await jsonBody<{ errors: Record<string, string>; values: Record<string, string> }>(response);
    expect(body.errors).toMatchObject({
      name: "validation.invalidCharacters",
      organisationName: "validation.invalidCharacters",
    });
    expect(body.values).toMatchObject({ name: "Sokha\u0000Chan", email: newContributor.email });
    const { db } = await database();
    expect(await db.select().from(schema.users)).toHaveLength(0);
  });

  it("reads bytes that are not UTF-8 as replacement characters, not as a server error", async () => {
    const request = new Request(`${BASE}/register`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE },
      body: `${new URLSearchParams({ ...newContributor, name: "" })}`.replace("name=", "name=Sokha%ED%A0%80%FF"),
    });
    const response = await settle(() => registerAction({ request, params: {}, context: context() }));
    expect(response.status).toBe(302);
    const { db } = await database();
    const [user] = await db.select().from(schema.users);
    expect(user?.name).toMatch(/^Sokha\uFFFD+$/);
  });

  it("registers, signs in and goes back where the visitor came from", async () => {
    const response = await settle(() =>
      registerAction({ request: formRequest("/register", newContributor), params: {}, context: context() }),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/consultations/ascc-post-2025");
    const setCookies = response.headers.getSetCookie();
    const session = setCookies.find((c) => c.startsWith("masukan_session="));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const root = await jsonBody<{ user: { name: string } | null; language: string }>(
      await rootLoader({ request: getRequest("/", { cookie: cookiesFrom(response) }), params: {}, context: context() }),
    );
    expect(root.user?.name).toBe("Sokha Chan");
    expect(root.language).toBe("en");
  });

  it("answers invalid input with 400, errors per field, and everything typed except the password", async () => {
    const response = await settle(() =>
      registerAction({
        request: formRequest("/register", {
          ...newContributor,
          email: "not-an-email",
          password: "short",
          organisationType: "",
        }),
        params: {},
        context: context(),
      }),
    );
    expect(response.status).toBe(400);
    const body = await jsonBody<{ errors: Record<string, string>; values: Record<string, string> }>(response);
    expect(body.errors).toMatchObject({
      email: "validation.emailInvalid",
      password: "validation.passwordTooShort",
      organisationType: "validation.organisationTypeRequired",
    });
    expect(body.values).toMatchObject({
      name: "Sokha Chan",
      email: "not-an-email",
      organisationName: "Mekong Civic Network",
    });
    expect(body.values).not.toHaveProperty("password");
    const { db } = await database();
    expect(await db.select().from(schema.users)).toHaveLength(0);
  });

  it("answers a tampered form (unknown choice, forged ids) with 400 and stores nothing", async () => {
    const tamperedForms: Record<string, string>[] = [
      { organisationMode: "superuser" },
      { preferredLanguage: "fr" },
      { organisationMode: "existing", organisationId: "'; drop table users; --" },
      { organisationMode: "existing", organisationId: "00000000-0000-4000-8000-000000000000" },
      { organisationCountry: "XX" },
    ];
    for (const tampered of tamperedForms) {
      const response = await settle(() =>
        registerAction({
          request: formRequest("/register", { ...newContributor, ...tampered }),
          params: {},
          context: context(),
        }),
      );
      expect(response.status, JSON.stringify(tampered)).toBe(400);
    }
    const { db } = await database();
    expect(await db.select().from(schema.users)).toHaveLength(0);
  });

  it("answers a body that is not a form with 400 and a form-level message", async () => {
    const request = new Request("http://localhost:3000/register", {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=nothing" },
      body: "garbage",
    });
    const response = await settle(() => registerAction({ request, params: {}, context: context() }));
    expect(response.status).toBe(400);
    expect((await jsonBody<{ errors: Record<string, string> }>(response)).errors.form).toBe("validation.malformedForm");
  });

  it("lists existing organisations to join", async () => {
    const { db } = await database();
    await seedDemo(db);
    const data = await jsonBody<{ organisations: { name: string }[] }>(
      await settle(() => registerLoader({ request: getRequest("/register"), params: {}, context: context() })),
    );
    // The open consultation's four and the organisations that wrote to the past one.
    expect(data.organisations).toHaveLength(4 + pastOrganisations.length);
  });
});

describe("log in and log out", () => {
  it("logs a demo account in, sets the language it prefers, and logs it out again", async () => {
    const { db } = await database();
    await seedDemo(db);
    const cookie = await signIn("contributor@demo.masukan.test", "contributor-demo-2026");
    expect(cookie).toMatch(/masukan_lang=/);
    const root = await jsonBody<{ user: { role: string } | null; language: string }>(
      await rootLoader({ request: getRequest("/", { cookie }), params: {}, context: context() }),
    );
    expect(root.user?.role).toBe("contributor");
    expect(root.language).toBe("id");

    const out = await settle(() =>
      logoutAction({ request: formRequest("/logout", {}, { cookie }), params: {}, context: context() }),
    );
    expect(out.status).toBe(302);
    const after = await jsonBody<{ user: unknown }>(
      await rootLoader({ request: getRequest("/", { cookie }), params: {}, context: context() }),
    );
    expect(after.user).toBeNull();
    const actions = (await db.select().from(schema.auditEvents)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["auth.login", "auth.logout"]));
  });

  it("keeps the e-mail and says what is wrong when the password is wrong", async () => {
    const { db } = await database();
    await seedDemo(db);
    const response = await settle(() =>
      loginAction({
        request: formRequest("/login", { email: "contributor@demo.masukan.test", password: "wrong-password" }),
        params: {},
        context: context(),
      }),
    );
    expect(response.status).toBe(400);
    const body = await jsonBody<{ errors: Record<string, string>; values: Record<string, string> }>(response);
    expect(body.errors.form).toBe("validation.wrongCredentials");
    expect(body.values.email).toBe("contributor@demo.masukan.test");
  });

  it("answers 429 with Retry-After once an e-mail has failed too often", async () => {
    // The wait is a second: a clock that stands still keeps the sixth attempt inside it.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-03-02T05:00:00Z") });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const { db } = await database();
    await seedDemo(db);
    const attempt = () =>
      settle(() =>
        loginAction({
          request: formRequest("/login", { email: "moderator@demo.masukan.test", password: "wrong-password" }),
          params: {},
          context: context(),
        }),
      );
    for (let i = 0; i < 5; i++) expect((await attempt()).status).toBe(400);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("1");
    expect(await jsonBody(limited)).toMatchObject({
      errors: { form: "validation.tooManyAttempts" },
      values: { email: "moderator@demo.masukan.test" },
      retryAfterSeconds: 1,
    });
  });

  it("never redirects to another site after log-in", async () => {
    const { db } = await database();
    await seedDemo(db);
    const response = await settle(() =>
      loginAction({
        request: formRequest("/login", {
          email: "admin@demo.masukan.test",
          password: "admin-demo-2026",
          redirectTo: "//evil.example.com/phish",
        }),
        params: {},
        context: context(),
      }),
    );
    expect(response.headers.get("Location")).toBe("/");
  });
});

describe("sessions", () => {
  it("extends a session that is past half its life and clears one that no longer exists", async () => {
    const { db } = await database();
    await seedDemo(db);
    const cookie = await signIn("contributor@demo.masukan.test", "contributor-demo-2026");
    const rootFor = (c: string) =>
      rootLoader({ request: getRequest("/", { cookie: c }), params: {}, context: context() });
    expect((await rootFor(cookie)).headers.get("Set-Cookie")).toBeNull();

    await db.update(schema.sessions).set({ expiresAt: new Date(Date.now() + 86_400_000) });
    const refreshed = (await rootFor(cookie)).headers.get("Set-Cookie");
    expect(refreshed).toMatch(/^masukan_session=\w+;.*Max-Age=2592000/);
    const [session] = await db.select().from(schema.sessions);
    expect(session!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    await db.delete(schema.sessions);
    const cleared = await rootFor(cookie);
    expect(cleared.headers.get("Set-Cookie")).toMatch(/^masukan_session=;.*Max-Age=0/);
    expect((await jsonBody<{ user: unknown }>(cleared)).user).toBeNull();
  });
});

describe("roles", () => {
  it("sends visitors to log in and refuses roles below the one required", async () => {
    const { db } = await database();
    await seedDemo(db);
    const visitor = await settle(() => requireUser(getRequest("/my-input?x=1")));
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("Location")).toBe("/login?redirectTo=%2Fmy-input%3Fx%3D1");

    const contributor = await signIn("contributor@demo.masukan.test", "contributor-demo-2026");
    const moderator = await signIn("moderator@demo.masukan.test", "moderator-demo-2026");
    const admin = await signIn("admin@demo.masukan.test", "admin-demo-2026");
    expect((await settle(() => requireRole(getRequest("/review", { cookie: contributor }), "moderator"))).status).toBe(
      403,
    );
    expect((await requireRole(getRequest("/review", { cookie: moderator }), "moderator")).role).toBe("moderator");
    expect((await requireRole(getRequest("/review", { cookie: admin }), "moderator")).role).toBe("admin");
    expect((await settle(() => requireRole(getRequest("/admin", { cookie: moderator }), "admin"))).status).toBe(403);
  });
});

describe("language choice", () => {
  it("follows Accept-Language until the reader chooses, then remembers the choice", async () => {
    const first = await jsonBody<{ language: string }>(
      await rootLoader({
        request: getRequest("/", { language: "id-ID,id;q=0.9,en;q=0.5" }),
        params: {},
        context: context(),
      }),
    );
    expect(first.language).toBe("id");
    const chosen = await settle(() =>
      languageAction({
        request: formRequest("/language", { language: "en", redirectTo: "/consultations/x" }),
        params: {},
        context: context(),
      }),
    );
    expect(chosen.headers.get("Location")).toBe("/consultations/x");
    const after = await jsonBody<{ language: string }>(
      await rootLoader({
        request: new Request("http://localhost:3000/", {
          headers: { Cookie: cookiesFrom(chosen), "Accept-Language": "id-ID,id;q=0.9" },
        }),
        params: {},
        context: context(),
      }),
    );
    expect(after.language).toBe("en");
  });

  it("keeps the language chosen before logging in, and makes it the account's", async () => {
    const { db } = await database();
    await seedDemo(db);
    const stored = async () =>
      (
        await db
          .select({ language: schema.users.preferredLanguage })
          .from(schema.users)
          .where(eq(schema.users.email, "moderator@demo.masukan.test"))
      )[0]?.language;
    expect(await stored()).toBe("en");
    const chosen = await settle(() =>
      languageAction({ request: formRequest("/language", { language: "id" }), params: {}, context: context() }),
    );
    const loggedIn = await settle(() =>
      loginAction({
        request: formRequest(
          "/login",
          { email: "moderator@demo.masukan.test", password: "moderator-demo-2026" },
          { cookie: cookiesFrom(chosen) },
        ),
        params: {},
        context: context(),
      }),
    );
    expect(loggedIn.status).toBe(302);
    const root = await jsonBody<{ language: string }>(
      await rootLoader({ request: getRequest("/", { cookie: cookiesFrom(loggedIn) }), params: {}, context: context() }),
    );
    expect(root.language).toBe("id");
    expect(await stored()).toBe("id");

    // On a device with no choice yet, the account's language applies.
    const elsewhere = await signIn("moderator@demo.masukan.test", "moderator-demo-2026");
    const there = await jsonBody<{ language: string }>(
      await rootLoader({
        request: getRequest("/", { cookie: elsewhere, language: "en" }),
        params: {},
        context: context(),
      }),
    );
    expect(there.language).toBe("id");
  });

  it("refuses an unknown language with 400", async () => {
    const response = await settle(() =>
      languageAction({ request: formRequest("/language", { language: "xx" }), params: {}, context: context() }),
    );
    expect(response.status).toBe(400);
  });

  it("saves the choice on the account of a signed-in reader", async () => {
    const { db } = await database();
    await seedDemo(db);
    const cookie = await signIn("moderator@demo.masukan.test", "moderator-demo-2026");
    await settle(() =>
      languageAction({
        request: formRequest("/language", { language: "id" }, { cookie }),
        params: {},
        context: context(),
      }),
    );
    const [user] = await db.select().from(schema.users).where(eq(schema.users.email, "moderator@demo.masukan.test"));
    expect(user!.preferredLanguage).toBe("id");
  });
});
