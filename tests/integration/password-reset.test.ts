import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import {
  checkResetToken,
  forgetExpiredResetLinks,
  RESETS_PER_EMAIL,
  requestPasswordReset,
  resetPassword,
} from "~/auth/password-reset.server";
import { loader as accountLoader } from "~/routes/account._index";
import { action as forgotAction } from "~/routes/forgot-password";
import { action as loginAction } from "~/routes/login";
import { action as registerAction } from "~/routes/register";
import { action as resetAction, loader as resetLoader } from "~/routes/reset-password.$token";
import { context, cookiesFrom, formRequest, getRequest, jsonBody, settle } from "../helpers/requests";

const OLD_PASSWORD = "a long enough passphrase";
const NEW_PASSWORD = "another long passphrase";

async function newPerson(language: "en" | "id" = "en") {
  const email = `reset-${randomUUID()}@example.org`;
  const response = await settle(() =>
    registerAction({
      request: formRequest("/register", {
        name: "Reset Tester",
        email,
        password: OLD_PASSWORD,
        preferredLanguage: language,
        organisationMode: "individual",
      }),
      params: {},
      context: context(),
    }),
  );
  return { email, cookie: cookiesFrom(response) };
}

function askForLink(email: string, address = "203.0.113.7") {
  return settle(() =>
    forgotAction({ request: formRequest("/forgot-password", { email }), params: {}, context: context(address) }),
  );
}

/** The token in the newest reset e-mail to this address, as the person would click it. */
async function tokenMailedTo(email: string): Promise<string> {
  const { db } = await database();
  const mails = await db
    .select({ text: schema.outboxMessages.textBody })
    .from(schema.outboxMessages)
    .where(eq(schema.outboxMessages.toAddress, email));
  const token = mails.at(-1)?.text.match(/\/reset-password\/([\w-]+)/)?.[1];
  if (!token) throw new Error(`no reset link was sent to ${email}`);
  return token;
}

function openLink(token: string) {
  return settle(() =>
    resetLoader({ request: getRequest(`/reset-password/${token}`), params: { token }, context: context() }),
  );
}

function setPassword(token: string, password: string, confirm = password) {
  return settle(() =>
    resetAction({
      request: formRequest(`/reset-password/${token}`, { newPassword: password, confirmPassword: confirm }),
      params: { token },
      context: context(),
    }),
  );
}

async function logIn(email: string, password: string) {
  return settle(() =>
    loginAction({ request: formRequest("/login", { email, password }), params: {}, context: context() }),
  );
}

describe("resetting a forgotten password", () => {
  it("gives the same answer for an unknown address, and sends nothing", async () => {
    const known = await newPerson();
    const forKnown = await askForLink(known.email);
    const forUnknown = await askForLink(`nobody-${randomUUID()}@example.org`);
    expect([forKnown.status, forKnown.headers.get("Location")]).toEqual([302, "/forgot-password?sent=1"]);
    expect([forUnknown.status, forUnknown.headers.get("Location")]).toEqual([302, "/forgot-password?sent=1"]);
    const { db } = await database();
    const sent = await db
      .select({ to: schema.outboxMessages.toAddress, kind: schema.outboxMessages.kind })
      .from(schema.outboxMessages)
      .where(eq(schema.outboxMessages.kind, "password_reset"));
    expect(sent).toEqual([{ to: known.email, kind: "password_reset" }]);
  });

  it("sets the new password from the link, ends every session, and the old password stops working", async () => {
    const person = await newPerson("id");
    await askForLink(person.email);
    const { db } = await database();
    const [mail] = await db
      .select()
      .from(schema.outboxMessages)
      .where(eq(schema.outboxMessages.toAddress, person.email))
      .limit(1);
    expect(mail?.subject).toBe("Atur ulang kata sandi Masukan Anda");
    const token = await tokenMailedTo(person.email);
    // Only the token's hash is kept.
    const stored = await db.select({ hash: schema.passwordResets.tokenHash }).from(schema.passwordResets);
    expect(stored.map((row) => row.hash)).not.toContain(token);

    expect((await openLink(token)).status).toBe(200);
    const done = await setPassword(token, NEW_PASSWORD);
    expect([done.status, done.headers.get("Location")]).toEqual([302, "/login?notice=passwordReset"]);
    const stillIn = await settle(() =>
      accountLoader({ request: getRequest("/account", { cookie: person.cookie }), params: {}, context: context() }),
    );
    expect(stillIn.headers.get("Location")).toMatch(/^\/login\?/);
    expect((await logIn(person.email, OLD_PASSWORD)).status).toBe(400);
    expect((await logIn(person.email, NEW_PASSWORD)).status).toBe(302);
  });

  it("refuses a link used twice, an unknown link, and two passwords that differ, each with its own message", async () => {
    const person = await newPerson();
    await askForLink(person.email);
    const token = await tokenMailedTo(person.email);
    const differ = await setPassword(token, NEW_PASSWORD, "something else entirely");
    expect(differ.status).toBe(400);
    expect((await jsonBody(differ)).errors).toEqual({ confirmPassword: "validation.passwordsDiffer" });

    expect((await setPassword(token, NEW_PASSWORD)).status).toBe(302);
    const again = await setPassword(token, "a third long passphrase");
    expect(again.status).toBe(410);
    expect((await jsonBody(again)).linkRefusal).toBe("validation.resetLinkUsed");
    const reopened = await openLink(token);
    expect(reopened.status).toBe(410);
    expect(await jsonBody(reopened)).toEqual({ refusal: "validation.resetLinkUsed" });
    expect(await jsonBody(await openLink("made-up"))).toEqual({ refusal: "validation.resetLinkUnknown" });
    expect((await logIn(person.email, NEW_PASSWORD)).status).toBe(302);
  });

  it("lets a link expire after an hour, by the clock given", async () => {
    const person = await newPerson();
    const asked = new Date("2026-12-03T10:00:00Z");
    await requestPasswordReset(person.email, "203.0.113.9", asked);
    const token = await tokenMailedTo(person.email);
    const justInTime = new Date(asked.getTime() + 59 * 60_000);
    const late = new Date(asked.getTime() + 60 * 60_000);
    expect(await checkResetToken(token, justInTime)).toEqual({ ok: true, value: undefined });
    expect(await checkResetToken(token, late)).toEqual({ ok: false, error: "validation.resetLinkExpired" });
    expect(await resetPassword(token, NEW_PASSWORD, late)).toEqual({ ok: false, error: "validation.resetLinkExpired" });
    expect((await logIn(person.email, OLD_PASSWORD)).status).toBe(302);
    // A day after it ran out, the start of a server forgets it.
    const { db } = await database();
    await forgetExpiredResetLinks(db, new Date(late.getTime() + 86_400_000 - 1));
    expect(await checkResetToken(token, late)).toEqual({ ok: false, error: "validation.resetLinkExpired" });
    await forgetExpiredResetLinks(db, new Date(late.getTime() + 86_400_000 + 1));
    expect(await checkResetToken(token, late)).toEqual({ ok: false, error: "validation.resetLinkUnknown" });
  });

  it("keeps only the newest link of a person working", async () => {
    const person = await newPerson();
    await askForLink(person.email);
    const first = await tokenMailedTo(person.email);
    await askForLink(person.email);
    const second = await tokenMailedTo(person.email);
    expect(await jsonBody(await openLink(first))).toEqual({ refusal: "validation.resetLinkUnknown" });
    expect((await openLink(second)).status).toBe(200);
  });

  it("limits links per e-mail address like log-ins, with Retry-After, whether or not it has an account", async () => {
    const unknown = `nobody-${randomUUID()}@example.org`;
    for (let n = 0; n < RESETS_PER_EMAIL.limit; n++) expect((await askForLink(unknown)).status).toBe(302);
    const refused = await askForLink(unknown);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await jsonBody(refused)).errors).toEqual({ form: "validation.tooManyResets" });
  });
});
