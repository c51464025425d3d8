import { and, desc, eq, isNull } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { changePerson } from "~/auth/people.server";
import type { PersonChange } from "~/auth/people-schema";
import { seedDemo } from "~/demo/seed.server";
import { loader as accountLoader } from "~/routes/account._index";
import { action as peopleAction, loader as peopleLoader } from "~/routes/admin.people";
import { action as loginAction } from "~/routes/login";
import { context, formRequest, getRequest, jsonBody, settle } from "../helpers/requests";
import { loggedInCookie, registeredPerson } from "../helpers/sessions";

const ADMIN = ["admin@demo.masukan.test", "admin-demo-2026"] as const;
const MODERATOR = ["moderator@demo.masukan.test", "moderator-demo-2026"] as const;

type PeoplePage = {
  people: { id: string; name: string; role: string; organisations: string[]; pendingOrganisations: string[] }[];
  total: number;
};
type Answer = { userId: string | null; error: string | null; done: string | null };

async function change(cookie: string, fields: Record<string, string>) {
  const response = await settle(() =>
    peopleAction({ request: formRequest("/admin/people", fields, { cookie }), params: {}, context: context() }),
  );
  return { status: response.status, answer: await jsonBody<Answer>(response) };
}

async function listed(cookie: string, query = "") {
  const response = await settle(() =>
    peopleLoader({ request: getRequest(`/admin/people${query}`, { cookie }), params: {}, context: context() }),
  );
  return jsonBody<PeoplePage>(response);
}

async function user(id: string) {
  const { db } = await database();
  const [row] = await db.select().from(schema.users).where(eq(schema.users.id, id));
  return row!;
}

async function lastAudit() {
  const { db } = await database();
  const [event] = await db.select().from(schema.auditEvents).orderBy(desc(schema.auditEvents.id)).limit(1);
  return event!;
}

async function signedIn(cookie: string) {
  const response = await settle(() =>
    accountLoader({ request: getRequest("/account", { cookie }), params: {}, context: context() }),
  );
  return response.status === 200;
}

describe("the people page", () => {
  let admin: string;
  beforeEach(async () => {
    await seedDemo((await database()).db);
    admin = await loggedInCookie(...ADMIN);
  });

  it("lists accounts by name with their organisations, and finds them by name, e-mail or organisation", async () => {
    const everyone = await listed(admin);
    expect(everyone.total).toBeGreaterThan(3);
    expect(everyone.people.length).toBe(25);
    const names = everyone.people.map((person) => person.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));

    const byEmail = await listed(admin, "?q=moderator%40demo");
    expect(byEmail.people.map((person) => person.id)).toEqual(["demo-moderator"]);
    const contributor = (await listed(admin, "?q=contributor%40demo")).people[0]!;
    expect(contributor.organisations.length).toBe(1);
    expect(contributor.pendingOrganisations).toEqual([]);
    const byOrganisation = await listed(admin, `?q=${encodeURIComponent(contributor.organisations[0]!)}`);
    expect(byOrganisation.people.map((person) => person.id)).toContain("demo-contributor");
    // A "%" typed is a letter to find, not a pattern that matches everyone.
    expect((await listed(admin, "?q=%25")).total).toBe(0);
    const secondPage = await listed(admin, "?page=2");
    expect(secondPage.people[0]?.id).not.toBe(everyone.people[0]?.id);
  });

  it("changes a role, audited with what it was", async () => {
    const { status, answer } = await change(admin, { intent: "role", userId: "demo-contributor", role: "moderator" });
    expect(status).toBe(200);
    expect(answer.done).toBe("role");
    expect((await user("demo-contributor")).role).toBe("moderator");
    expect(await lastAudit()).toMatchObject({
      actorId: "demo-admin",
      action: "user.role_changed",
      subjectId: "demo-contributor",
      details: { from: "contributor", to: "moderator" },
    });
  });

  it("refuses a role that does not exist, with a clear message, and changes nothing", async () => {
    const { status, answer } = await change(admin, { intent: "role", userId: "demo-contributor", role: "owner" });
    expect(status).toBe(400);
    expect(answer).toMatchObject({ userId: "demo-contributor", error: "people:validation.unknownRole" });
    expect((await user("demo-contributor")).role).toBe("contributor");
  });

  it("does not let an admin remove their own admin role or disable themselves", async () => {
    const ownChanges: Record<string, string>[] = [
      { intent: "role", userId: "demo-admin", role: "moderator" },
      { intent: "disable", userId: "demo-admin" },
    ];
    for (const fields of ownChanges) {
      const { status, answer } = await change(admin, fields);
      expect(status).toBe(400);
      expect(answer.error).toMatch(/^people:errors\.own/);
    }
    expect(await user("demo-admin")).toMatchObject({ role: "admin", disabledAt: null });
    expect(await signedIn(admin)).toBe(true);
  });

  it("leaves one admin when two demote or disable each other at the same moment", async () => {
    const { db } = await database();
    const activeAdmins = () =>
      db
        .select({ id: schema.users.id })
        .from(schema.users)
        .where(and(eq(schema.users.role, "admin"), isNull(schema.users.disabledAt)));
    for (const intent of ["role", "disable"] as const) {
      const other = await registeredPerson();
      await db.update(schema.users).set({ role: "admin" }).where(eq(schema.users.id, other.id));
      // Both requests were let in as admins; their changes then meet in the database.
      const against = (userId: string): PersonChange =>
        intent === "role" ? { intent, userId, role: "moderator" } : { intent, userId };
      const results = await Promise.all([
        changePerson({ id: "demo-admin" }, against(other.id)),
        changePerson({ id: other.id }, against("demo-admin")),
      ]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.find((result) => !result.ok)).toMatchObject({ error: "people:errors.noLongerAdmin" });
      expect(await activeAdmins()).toHaveLength(1);
      await db.update(schema.users).set({ role: "admin", disabledAt: null }).where(eq(schema.users.id, "demo-admin"));
      await db.update(schema.users).set({ role: "contributor", disabledAt: null }).where(eq(schema.users.id, other.id));
    }
  });

  it("disables an account: its sessions end at once, it cannot log in, and enabling lets it in again", async () => {
    const moderator = await loggedInCookie(...MODERATOR);
    expect(await signedIn(moderator)).toBe(true);

    expect((await change(admin, { intent: "disable", userId: "demo-moderator" })).answer.done).toBe("disable");
    expect(await signedIn(moderator)).toBe(false);
    expect(await lastAudit()).toMatchObject({ action: "user.disabled", details: { sessionsEnded: 1 } });
    const { db } = await database();
    expect(await db.select().from(schema.sessions).where(eq(schema.sessions.userId, "demo-moderator"))).toEqual([]);

    const refused = await settle(() =>
      loginAction({
        request: formRequest("/login", { email: MODERATOR[0], password: MODERATOR[1] }),
        params: {},
        context: context(),
      }),
    );
    expect(refused.status).toBe(400);
    expect(await jsonBody(refused)).toMatchObject({ errors: { form: "validation.accountDisabled" } });
    // A wrong password says nothing about the account being disabled.
    const wrong = await settle(() =>
      loginAction({
        request: formRequest("/login", { email: MODERATOR[0], password: "not the password" }),
        params: {},
        context: context(),
      }),
    );
    expect(await jsonBody(wrong)).toMatchObject({ errors: { form: "validation.wrongCredentials" } });

    expect((await change(admin, { intent: "enable", userId: "demo-moderator" })).answer.done).toBe("enable");
    expect(await signedIn(await loggedInCookie(...MODERATOR))).toBe(true);
  });

  it("refuses a session of a disabled account even if a row of it were left", async () => {
    const moderator = await loggedInCookie(...MODERATOR);
    const { db } = await database();
    await db.update(schema.users).set({ disabledAt: new Date() }).where(eq(schema.users.id, "demo-moderator"));
    expect(await db.select().from(schema.sessions).where(eq(schema.sessions.userId, "demo-moderator"))).not.toEqual([]);
    expect(await signedIn(moderator)).toBe(false);
  });

  it("answers an unknown account with a message, not a crash", async () => {
    const { status, answer } = await change(admin, { intent: "disable", userId: "nobody" });
    expect(status).toBe(400);
    expect(answer.error).toBe("people:errors.unknownPerson");
  });
});
