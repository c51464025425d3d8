import { randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { action as accountAction, loader as accountLoader } from "~/routes/account._index";
import { action as preferencesAction } from "~/routes/account.preferences";
import { action as sessionsAction } from "~/routes/account.sessions";
import { action as loginAction } from "~/routes/login";
import { action as registerAction } from "~/routes/register";
import { context, cookiesFrom, formRequest, getRequest, jsonBody, settle } from "../helpers/requests";

const PASSWORD = "a long enough passphrase";

/** A new individual contributor, registered through the form, with the session cookie of that visit. */
async function newPerson() {
  const email = `account-${randomUUID()}@example.org`;
  const response = await settle(() =>
    registerAction({
      request: formRequest("/register", {
        name: "Account Tester",
        email,
        password: PASSWORD,
        preferredLanguage: "en",
        organisationMode: "individual",
      }),
      params: {},
      context: context(),
    }),
  );
  return { email, cookie: cookiesFrom(response) };
}

async function logIn(email: string, password: string) {
  return settle(() =>
    loginAction({ request: formRequest("/login", { email, password }), params: {}, context: context() }),
  );
}

/** Whether the cookie still opens the account page (a signed-out visitor is sent to log in). */
async function stillSignedIn(cookie: string) {
  const response = await settle(() =>
    accountLoader({ request: getRequest("/account", { cookie }), params: {}, context: context() }),
  );
  return response.status === 200;
}

function changePassword(cookie: string, fields: Record<string, string>) {
  return settle(() =>
    accountAction({ request: formRequest("/account", fields, { cookie }), params: {}, context: context() }),
  );
}

async function auditActionsOf(email: string) {
  const { db } = await database();
  const [user] = await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, email));
  const events = await db
    .select({ action: schema.auditEvents.action })
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.subjectId, user?.id ?? ""))
    .orderBy(desc(schema.auditEvents.id));
  return events.map((event) => event.action);
}

describe("changing one's password", () => {
  it("ends every other session, keeps this one, and the new password is the one that logs in", async () => {
    const person = await newPerson();
    const otherDevice = cookiesFrom(await logIn(person.email, PASSWORD));
    expect(await stillSignedIn(otherDevice)).toBe(true);

    const response = await changePassword(person.cookie, {
      currentPassword: PASSWORD,
      newPassword: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/account?done=password");

    expect(await stillSignedIn(person.cookie)).toBe(true);
    expect(await stillSignedIn(otherDevice)).toBe(false);
    expect((await logIn(person.email, PASSWORD)).status).not.toBe(302);
    expect((await logIn(person.email, "a brand new passphrase")).status).toBe(302);
    expect(await auditActionsOf(person.email)).toContain("account.password_changed");
  });

  it("refuses a wrong current password next to its field, changes nothing, and counts it as a failed log-in", async () => {
    const person = await newPerson();
    const response = await changePassword(person.cookie, {
      currentPassword: "not my passphrase at all",
      newPassword: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    const body = await jsonBody<{ errors: Record<string, string>; values: Record<string, string> }>(response);
    expect(body.errors.currentPassword).toBe("validation.wrongCurrentPassword");
    expect(body.values).toEqual({});
    expect((await logIn(person.email, PASSWORD)).status).toBe(302);
    expect(await auditActionsOf(person.email)).toContain("auth.login_failed");
  });

  it("refuses a confirmation that differs, next to the confirmation", async () => {
    const person = await newPerson();
    const response = await changePassword(person.cookie, {
      currentPassword: PASSWORD,
      newPassword: "a brand new passphrase",
      confirmPassword: "a brand new passphrase, almost",
    });
    expect(response.status).toBe(400);
    const body = await jsonBody<{ errors: Record<string, string> }>(response);
    expect(body.errors.confirmPassword).toBe("validation.passwordsDiffer");
    expect((await logIn(person.email, PASSWORD)).status).toBe(302);
  });

  it("sends a visitor who is not signed in to log in", async () => {
    const response = await changePassword("", {
      currentPassword: PASSWORD,
      newPassword: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toMatch(/^\/login/);
  });
});

describe("logging out everywhere", () => {
  it("ends every session of the person, this one included, and says so at log-in", async () => {
    const person = await newPerson();
    const otherDevice = cookiesFrom(await logIn(person.email, PASSWORD));
    const stranger = await newPerson();

    const response = await settle(() =>
      sessionsAction({
        request: formRequest("/account/sessions", {}, { cookie: person.cookie }),
        params: {},
        context: context(),
      }),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login?notice=loggedOutEverywhere");

    expect(await stillSignedIn(person.cookie)).toBe(false);
    expect(await stillSignedIn(otherDevice)).toBe(false);
    expect(await stillSignedIn(stranger.cookie)).toBe(true);
    expect(await auditActionsOf(person.email)).toContain("auth.logout_everywhere");
  });
});

describe("e-mail settings", () => {
  function savePreferences(cookie: string, fields: Record<string, string>) {
    return settle(() =>
      preferencesAction({
        request: formRequest("/account/preferences", fields, { cookie }),
        params: {},
        context: context(),
      }),
    );
  }

  async function preferencesShown(cookie: string) {
    const page = await accountLoader({ request: getRequest("/account", { cookie }), params: {}, context: context() });
    return (await jsonBody<{ account: { emailPreferences: unknown } }>(page as Response)).account.emailPreferences;
  }

  it("starts in the language chosen at registration, with receipts and decisions on and no digest", async () => {
    const person = await newPerson();
    expect(await preferencesShown(person.cookie)).toEqual({
      emailLanguage: "en",
      emailReceipts: true,
      emailDecisions: true,
      emailDigest: false,
    });
  });

  it("saves the language and the kinds ticked (an unticked box is off), audited; a contributor gets no digest", async () => {
    const person = await newPerson();
    const response = await savePreferences(person.cookie, {
      emailLanguage: "id",
      emailDecisions: "on",
      emailDigest: "on",
    });
    expect([response.status, response.headers.get("Location")]).toEqual([302, "/account?done=preferences"]);
    expect(await preferencesShown(person.cookie)).toEqual({
      emailLanguage: "id",
      emailReceipts: false,
      emailDecisions: true,
      emailDigest: false,
    });
    expect(await auditActionsOf(person.email)).toContain("account.email_preferences_changed");
  });

  it("refuses a hand-made request without a language, and a visitor is sent to log in", async () => {
    const person = await newPerson();
    expect((await savePreferences(person.cookie, { emailReceipts: "on" })).status).toBe(400);
    const visitor = await savePreferences("", { emailLanguage: "id" });
    expect(visitor.headers.get("Location")).toMatch(/^\/login\?/);
  });
});
