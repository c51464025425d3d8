import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { findInputTarget } from "~/consultations/lookups.server";
import { decide } from "~/moderation/decisions.server";
import { loader as accountLoader } from "~/routes/account._index";
import { action as deleteAction } from "~/routes/account.delete";
import { loader as sectionLoader } from "~/routes/consultations.$slug.sections.$number";
import { action as loginAction } from "~/routes/login";
import { action as registerAction } from "~/routes/register";
import { loader as reviewLoader } from "~/routes/review.$slug.$reference";
import { createSubmission } from "~/submissions/intake.server";
import { editOwnSubmission } from "~/submissions/own-input.server";
import { seededReview, sentInput } from "../helpers/demo";
import { context, cookiesFrom, formRequest, getRequest, jsonBody, settle } from "../helpers/requests";
import { loggedInCookie, PERSON_PASSWORD, type Person, registeredPerson } from "../helpers/sessions";

const SECTION = "2.2";
let consultationId: string;
let moderatorId: string;

beforeEach(async () => {
  ({ consultationId, moderatorId } = await seededReview());
});

async function sendApproved(person: Person, overrides: Parameters<typeof sentInput>[0]) {
  const data = sentInput({ section: SECTION, ...overrides });
  const sent = await createSubmission(person, (await findInputTarget("ascc-post-2025", SECTION, new Date()))!, data);
  if (!sent.ok) throw new Error(`send failed: ${sent.error}`);
  const { db } = await database();
  const [row] = await db
    .select()
    .from(schema.submissions)
    .where(eq(schema.submissions.reference, sent.value.reference));
  return { reference: sent.value.reference, id: row!.id };
}

/** A member of a new organisation with named, anonymous and private input, all approved, and a file never sent. */
async function leavingPerson() {
  const organisationName = `Yayasan Pamit ${randomUUID().slice(0, 8)}`;
  const person = await registeredPerson({
    organisationMode: "new",
    organisationName,
    organisationType: "think_tank",
    organisationCountry: "PH",
  });
  const { db } = await database();
  const [membership] = await db
    .select()
    .from(schema.organisationMembers)
    .where(eq(schema.organisationMembers.userId, person.id));
  // On the organisation's behalf, so what is published shows its type and country.
  const onBehalfOf = membership!.organisationId;
  const named = await sendApproved(person, {
    consent: "public_named",
    onBehalfOf,
    body: "Named input, first version.",
  });
  const edit = sentInput({ section: SECTION, consent: "public_named", onBehalfOf, body: "Named input, as edited." });
  expect((await editOwnSubmission(person, named.reference, edit)).ok).toBe(true);
  const anonymous = await sendApproved(person, { consent: "public_anonymous", onBehalfOf, body: "Anonymous input." });
  const hidden = await sendApproved(person, { consent: "private", onBehalfOf, body: "Private input stays private." });
  await decide({ id: moderatorId }, consultationId, [named.id, anonymous.id, hidden.id], { intent: "approve" });
  await db.insert(schema.attachments).values({
    ownerId: person.id,
    fileName: "draft.pdf",
    kind: "pdf",
    byteSize: 9,
    content: Buffer.from("%PDF-1.4\n"),
  });
  return { person, organisationName, named, anonymous, hidden };
}

function deleteAccount(cookie: string, fields: Record<string, string>) {
  return settle(() =>
    deleteAction({ request: formRequest("/account/delete", fields, { cookie }), params: {}, context: context() }),
  );
}

async function stillSignedIn(cookie: string) {
  const response = await settle(() =>
    accountLoader({ request: getRequest("/account", { cookie }), params: {}, context: context() }),
  );
  return response.status === 200;
}

async function logIn(email: string, password: string) {
  return settle(() =>
    loginAction({ request: formRequest("/login", { email, password }), params: {}, context: context() }),
  );
}

type SectionPage = { input: { items: { reference: string; authorName: string | null; organisationType: string }[] } };
async function publishedOnSection() {
  const response = await settle(() =>
    sectionLoader({
      request: getRequest(`/consultations/ascc-post-2025/sections/${SECTION}`, { language: "en" }),
      params: { slug: "ascc-post-2025", number: SECTION },
      context: context(),
    }),
  );
  return (await jsonBody<SectionPage>(response)).input.items;
}

async function rowsOf(personId: string) {
  const { db } = await database();
  const [user] = await db.select().from(schema.users).where(eq(schema.users.id, personId));
  const submissions = await db.select().from(schema.submissions).where(eq(schema.submissions.authorId, personId));
  const consentOf = Object.fromEntries(submissions.map((row) => [row.reference, row.consent]));
  const members = await db
    .select()
    .from(schema.organisationMembers)
    .where(eq(schema.organisationMembers.userId, personId));
  const sessions = await db.select().from(schema.sessions).where(eq(schema.sessions.userId, personId));
  const files = await db.select().from(schema.attachments).where(eq(schema.attachments.ownerId, personId));
  const events = await db.select().from(schema.auditEvents).where(eq(schema.auditEvents.subjectId, personId));
  return { user: user!, consentOf, members, sessions, files, events };
}

describe("deleting one's account", () => {
  it("erases the person, ends every session, and keeps their input only as its consent allows", async () => {
    const { person, organisationName, named, anonymous, hidden } = await leavingPerson();
    const otherDevice = await loggedInCookie(person.email, PERSON_PASSWORD);
    expect((await publishedOnSection()).find((item) => item.reference === named.reference)?.authorName).toBe(
      person.name,
    );

    const response = await deleteAccount(person.cookie, { currentPassword: PERSON_PASSWORD, understood: "on" });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/?notice=accountDeleted");
    expect(response.headers.get("Set-Cookie")).toMatch(/^masukan_session=;/);

    expect(await stillSignedIn(person.cookie)).toBe(false);
    expect(await stillSignedIn(otherDevice)).toBe(false);
    const after = await rowsOf(person.id);
    expect(after.user.deletedAt).toBeInstanceOf(Date);
    expect(after.user.name).not.toContain(person.name);
    expect(after.user.email).not.toBe(person.email);
    expect(after.user.passwordHash).not.toMatch(/^\$argon2/);
    expect(after.sessions).toEqual([]);
    expect(after.members).toEqual([]);
    expect(after.files).toEqual([]);
    expect(after.consentOf).toEqual({
      [named.reference]: "public_anonymous",
      [anonymous.reference]: "public_anonymous",
      [hidden.reference]: "private",
    });
    const { db } = await database();
    const revisions = await db
      .select()
      .from(schema.submissionRevisions)
      .where(eq(schema.submissionRevisions.submissionId, named.id));
    expect(revisions.map((revision) => revision.consent)).toEqual(["public_anonymous"]);

    // Published input stays public, without the name; private input is still not shown.
    const shown = await publishedOnSection();
    const theirs = shown.filter((item) =>
      [named.reference, anonymous.reference, hidden.reference].includes(item.reference),
    );
    expect(theirs.map((item) => item.reference).sort()).toEqual([named.reference, anonymous.reference].sort());
    expect(theirs.every((item) => item.authorName === null && item.organisationType === "think_tank")).toBe(true);
    expect(JSON.stringify(shown)).not.toContain(person.name);
    expect(JSON.stringify(shown)).not.toContain(organisationName);
  });

  it("records what kinds of data went and when, with none of the erased values anywhere in the audit log", async () => {
    const { person } = await leavingPerson();
    await deleteAccount(person.cookie, { currentPassword: PERSON_PASSWORD, understood: "on" });
    const deleted = (await rowsOf(person.id)).events.filter((event) => event.action === "account.deleted");
    expect(deleted).toHaveLength(1);
    expect(deleted[0]).toMatchObject({ actorId: person.id, subjectType: "user", subjectId: person.id });
    expect(deleted[0]!.details).toMatchObject({
      erased: [
        "name",
        "email",
        "password",
        "sessions",
        "organisation_memberships",
        "unsent_attachments",
        "audit_addresses",
        "emails",
        "password_reset_links",
        "invitation",
      ],
      sessionsEnded: 1,
      membershipsRemoved: 1,
      unsentAttachmentsRemoved: 1,
      submissionsKept: 3,
      submissionsMadeAnonymous: 1,
      revisionsMadeAnonymous: 1,
    });
    expect(typeof deleted[0]!.details.erasedAt).toBe("string");
    const { db } = await database();
    const everyEvent = JSON.stringify(await db.select().from(schema.auditEvents));
    expect(everyEvent).not.toContain(person.email);
    expect(everyEvent).not.toContain(person.name);
  });

  it("refuses the old e-mail at log-in as it refuses an unknown one, and lets it register as a new person", async () => {
    const { person } = await leavingPerson();
    await deleteAccount(person.cookie, { currentPassword: PERSON_PASSWORD, understood: "on" });
    const refused = await logIn(person.email, PERSON_PASSWORD);
    const unknown = await logIn(`nobody-${randomUUID()}@example.org`, PERSON_PASSWORD);
    expect(refused.status).toBe(unknown.status);
    expect((await jsonBody(refused)).errors).toEqual((await jsonBody(unknown)).errors);

    const again = await settle(() =>
      registerAction({
        request: formRequest("/register", {
          name: "Someone New",
          email: person.email,
          password: PERSON_PASSWORD,
          preferredLanguage: "id",
          organisationMode: "individual",
        }),
        params: {},
        context: context(),
      }),
    );
    expect(again.status).toBe(302);
    const { db } = await database();
    const [newcomer] = await db.select().from(schema.users).where(eq(schema.users.email, person.email));
    expect(newcomer!.id).not.toBe(person.id);
    expect(newcomer!.name).toBe("Someone New");
    expect(await stillSignedIn(cookiesFrom(again))).toBe(true);
  });

  it("shows the working group a deleted account where the name and e-mail were", async () => {
    const { person, named } = await leavingPerson();
    await deleteAccount(person.cookie, { currentPassword: PERSON_PASSWORD, understood: "on" });
    const moderator = await loggedInCookie("moderator@demo.masukan.test", "moderator-demo-2026");
    const response = await settle(() =>
      reviewLoader({
        request: getRequest(`/review/ascc-post-2025/${named.reference}`, { cookie: moderator }),
        params: { slug: "ascc-post-2025", reference: named.reference },
        context: context(),
      }),
    );
    type Detail = {
      authorName: string | null;
      authorEmail: string | null;
      events: { action: string; actorDeleted: boolean }[];
    };
    const { detail } = await jsonBody<{ detail: Detail }>(response);
    expect(detail).toMatchObject({ authorName: null, authorEmail: null });
    // The author's own edit in the history names a deleted account; the moderator's approval does not.
    expect(detail.events.map((event) => [event.action, event.actorDeleted])).toEqual([
      ["submission.edited", true],
      ["submission.approved", false],
    ]);
  });

  it("refuses a wrong password next to its field, keeps everything, and counts it as a failed log-in", async () => {
    const { person, named } = await leavingPerson();
    const before = await rowsOf(person.id);
    const response = await deleteAccount(person.cookie, { currentPassword: "not my passphrase", understood: "on" });
    expect(response.status).toBe(400);
    const body = await jsonBody<{ errors: Record<string, string>; values: Record<string, string> }>(response);
    expect(body.errors).toEqual({ currentPassword: "validation.wrongCurrentPassword" });
    expect(body.values).toEqual({ understood: "on" });

    const after = await rowsOf(person.id);
    expect(after.user).toEqual(before.user);
    expect(after.consentOf[named.reference]).toBe("public_named");
    expect(after.members).toHaveLength(1);
    expect(after.files).toHaveLength(1);
    expect(after.events.map((event) => event.action)).toContain("auth.login_failed");
    expect(after.events.map((event) => event.action)).not.toContain("account.deleted");
    expect(await stillSignedIn(person.cookie)).toBe(true);
    expect((await logIn(person.email, PERSON_PASSWORD)).status).toBe(302);
  });

  it("refuses without the ticked box, next to it, and changes nothing", async () => {
    const { person } = await leavingPerson();
    const response = await deleteAccount(person.cookie, { currentPassword: PERSON_PASSWORD });
    expect(response.status).toBe(400);
    const body = await jsonBody<{ errors: Record<string, string> }>(response);
    expect(body.errors).toEqual({ understood: "account:validation.deletionNotUnderstood" });
    expect((await rowsOf(person.id)).user.deletedAt).toBeNull();
    expect(await stillSignedIn(person.cookie)).toBe(true);
  });

  it("refuses the only admin, who would leave nobody to run the secretariat's pages", async () => {
    const admin = await loggedInCookie("admin@demo.masukan.test", "admin-demo-2026");
    const response = await deleteAccount(admin, { currentPassword: "admin-demo-2026", understood: "on" });
    expect(response.status).toBe(409);
    expect((await jsonBody<{ errors: Record<string, string> }>(response)).errors).toEqual({
      form: "account:validation.lastAdmin",
    });
    expect(await stillSignedIn(admin)).toBe(true);
  });

  it("refuses the last active admin even when a disabled admin remains", async () => {
    const { db } = await database();
    const disabled = await registeredPerson();
    await db
      .update(schema.users)
      .set({ role: "admin", disabledAt: new Date() })
      .where(eq(schema.users.id, disabled.id));
    const admin = await loggedInCookie("admin@demo.masukan.test", "admin-demo-2026");
    const response = await deleteAccount(admin, { currentPassword: "admin-demo-2026", understood: "on" });
    expect(response.status).toBe(409);
    expect(await stillSignedIn(admin)).toBe(true);
  });

  it("sends a visitor to log in", async () => {
    const response = await deleteAccount("", { currentPassword: PERSON_PASSWORD, understood: "on" });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toMatch(/^\/login\?/);
  });
});
