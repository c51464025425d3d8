import { createHash } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { acceptInvitation, createInvitation, openInvitation, resendInvitation } from "~/auth/invitations.server";
import { deleteAccount } from "~/auth/account-deletion.server";
import { seedDemo } from "~/demo/seed.server";
import { action as invitationsAction } from "~/routes/admin.invitations";
import { action as acceptAction, loader as acceptLoader } from "~/routes/invitation.$token";
import { loader as reviewLoader } from "~/routes/review._index";
import { context, cookiesFrom, formRequest, getRequest, jsonBody, settle } from "../helpers/requests";
import { loggedInCookie } from "../helpers/sessions";

const NOW = new Date("2026-03-02T05:00:00Z");
const DAY = 86_400_000;
const ADMIN = { id: "demo-admin", name: "Arief Wicaksono" };
const PERSON = { name: "Invited Moderator", password: "a long enough passphrase", preferredLanguage: "id" as const };

type Sent = { errors: Record<string, string>; sent: { email: string; smtp: boolean } | null };

async function invite(cookie: string, fields: Record<string, string>, intent = "?intent=invite") {
  const response = await settle(() =>
    invitationsAction({
      request: formRequest(`/admin/invitations${intent}`, fields, { cookie }),
      params: {},
      context: context(),
    }),
  );
  return { status: response.status, body: await jsonBody<Sent>(response) };
}

/** The e-mails queued to an address, each with the token its link carries. */
async function mailsTo(email: string) {
  const { db } = await database();
  const rows = await db.select().from(schema.outboxMessages).where(eq(schema.outboxMessages.toAddress, email));
  return rows.map((row) => ({ ...row, token: /\/invitation\/([\w-]+)/.exec(row.textBody)?.[1] ?? "" }));
}

async function invitationRows() {
  const { db } = await database();
  return db.select().from(schema.invitations);
}

async function auditActions() {
  const { db } = await database();
  const events = await db.select().from(schema.auditEvents).orderBy(desc(schema.auditEvents.id));
  return events.map((event) => event.action);
}

describe("invitations", () => {
  beforeEach(async () => {
    await seedDemo((await database()).db, NOW);
  });

  it("invites by e-mail with a role; the link sets a name and password, signs in, and opens the review queue", async () => {
    const admin = await loggedInCookie("admin@demo.masukan.test", "admin-demo-2026");
    const { status, body } = await invite(admin, {
      email: "New.Member@Example.org",
      role: "moderator",
      language: "id",
    });
    expect(status).toBe(200);
    expect(body.sent).toEqual({ email: "new.member@example.org", smtp: false });
    // The link goes by e-mail, queued with the invitation, in the language the admin chose.
    const [mail] = await mailsTo("new.member@example.org");
    expect(mail).toMatchObject({ kind: "invitation", language: "id", subject: "Anda diundang ke Masukan" });
    expect(mail!.textBody).toContain("Arief Wicaksono");
    expect(mail!.htmlBody).toContain(`href="http://localhost:3000/invitation/${mail!.token}"`);
    const token = mail!.token;
    expect(JSON.stringify(body)).not.toContain(token);

    // Only the token's hash is stored.
    const [row] = await invitationRows();
    expect(row!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);

    const page = await settle(() =>
      acceptLoader({ request: getRequest(`/invitation/${token}`), params: { token }, context: context() }),
    );
    expect(await jsonBody(page)).toMatchObject({ invitation: { email: "new.member@example.org", role: "moderator" } });

    const accepted = await settle(() =>
      acceptAction({
        request: formRequest(`/invitation/${token}`, {
          name: "New Member",
          password: "a long enough passphrase",
          confirmPassword: "a long enough passphrase",
        }),
        params: { token },
        context: context(),
      }),
    );
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("Location")).toBe("/review");
    const queue = await settle(() =>
      reviewLoader({
        request: getRequest("/review", { cookie: cookiesFrom(accepted) }),
        params: {},
        context: context(),
      }),
    );
    expect(queue.status).toBe(200);
    const { db } = await database();
    const [account] = await db.select().from(schema.users).where(eq(schema.users.email, "new.member@example.org"));
    expect(account).toMatchObject({ name: "New Member", role: "moderator" });
    expect(await auditActions()).toEqual(expect.arrayContaining(["invitation.created", "invitation.accepted"]));
  });

  it("works once: a second use is refused and makes no second account", async () => {
    const sent = await createInvitation(ADMIN, { email: "once@example.org", role: "admin", language: "en" }, NOW);
    if (!sent.ok) throw new Error("not invited");
    expect(await acceptInvitation(sent.value.token, PERSON, NOW)).toMatchObject({ ok: true, value: { role: "admin" } });
    expect(await acceptInvitation(sent.value.token, PERSON, NOW)).toEqual({
      ok: false,
      error: "people:errors.invitationUsed",
    });
    expect(await openInvitation(sent.value.token, NOW)).toMatchObject({ error: "people:errors.invitationUsed" });
    const { db } = await database();
    expect(await db.select().from(schema.users).where(eq(schema.users.email, "once@example.org"))).toHaveLength(1);
  });

  it("expires after 7 days by the server's clock", async () => {
    const sent = await createInvitation(ADMIN, { email: "late@example.org", role: "moderator", language: "en" }, NOW);
    if (!sent.ok) throw new Error("not invited");
    const justBefore = new Date(NOW.getTime() + 7 * DAY - 1);
    expect(await openInvitation(sent.value.token, justBefore)).toMatchObject({ ok: true });
    const expired = new Date(NOW.getTime() + 7 * DAY);
    expect(await acceptInvitation(sent.value.token, PERSON, expired)).toEqual({
      ok: false,
      error: "people:errors.invitationExpired",
    });
  });

  it("resent: a new link that works for 7 more days, and the old one is dead", async () => {
    const sent = await createInvitation(ADMIN, { email: "again@example.org", role: "moderator", language: "en" }, NOW);
    if (!sent.ok) throw new Error("not invited");
    const later = new Date(NOW.getTime() + 8 * DAY);
    const resent = await resendInvitation(ADMIN, sent.value.invitationId, later);
    if (!resent.ok) throw new Error("not resent");
    expect(resent.value.token).not.toBe(sent.value.token);
    const tokens = (await mailsTo("again@example.org")).map((mail) => mail.token);
    expect(tokens.sort()).toEqual([sent.value.token, resent.value.token].sort());
    expect(await openInvitation(sent.value.token, later)).toMatchObject({ error: "people:errors.invitationInvalid" });
    expect(await acceptInvitation(resent.value.token, PERSON, new Date(later.getTime() + 6 * DAY))).toMatchObject({
      ok: true,
    });
  });

  it("revoked: the link stops working, and it can no longer be resent", async () => {
    const admin = await loggedInCookie("admin@demo.masukan.test", "admin-demo-2026");
    await invite(admin, { email: "revoked@example.org", role: "moderator", language: "en" });
    const token = (await mailsTo("revoked@example.org"))[0]!.token;
    const [row] = await invitationRows();
    expect((await invite(admin, { intent: "revoke", invitationId: row!.id }, "")).status).toBe(200);
    const page = await settle(() =>
      acceptLoader({ request: getRequest(`/invitation/${token}`), params: { token }, context: context() }),
    );
    expect(page.status).toBe(410);
    expect(await jsonBody(page)).toMatchObject({ refused: "people:errors.invitationInvalid" });
    const resent = await invite(admin, { intent: "resend", invitationId: row!.id }, "");
    expect(resent.status).toBe(400);
    expect(resent.body.errors.list).toBe("people:errors.invitationRevoked");
    expect(await auditActions()).toContain("invitation.revoked");
  });

  it("refuses an address that has an account or a waiting invitation, and a role that does not exist", async () => {
    const admin = await loggedInCookie("admin@demo.masukan.test", "admin-demo-2026");
    expect(
      (await invite(admin, { email: "contributor@demo.masukan.test", role: "moderator", language: "en" })).body.errors,
    ).toEqual({
      email: "people:errors.accountExists",
    });
    await invite(admin, { email: "waiting@example.org", role: "moderator", language: "en" });
    expect((await invite(admin, { email: "waiting@example.org", role: "admin", language: "en" })).body.errors).toEqual({
      email: "people:errors.alreadyInvited",
    });
    expect((await invite(admin, { email: "someone@example.org", role: "owner", language: "en" })).body.errors).toEqual({
      role: "people:validation.unknownRole",
    });
    expect(await invitationRows()).toHaveLength(1);
    // A refused invitation queues no e-mail.
    expect(await mailsTo("someone@example.org")).toEqual([]);
  });

  it("keeps the name typed when the password is refused, and never sends the password back", async () => {
    const sent = await createInvitation(ADMIN, { email: "typo@example.org", role: "moderator", language: "en" }, NOW);
    if (!sent.ok) throw new Error("not invited");
    const token = sent.value.token;
    const response = await settle(() =>
      acceptAction({
        request: formRequest(`/invitation/${token}`, { name: "Typo", password: "short", confirmPassword: "short" }),
        params: { token },
        context: context(),
      }),
    );
    expect(response.status).toBe(400);
    expect(await jsonBody(response)).toEqual({
      errors: { password: "validation.passwordTooShort" },
      values: { name: "Typo" },
    });
  });

  it("gives the invitation e-mail to the account it made, and forgets both when that account is deleted", async () => {
    const sent = await createInvitation(
      ADMIN,
      { email: "leaving@example.org", role: "moderator", language: "en" },
      NOW,
    );
    if (!sent.ok) throw new Error("not invited");
    const accepted = await acceptInvitation(sent.value.token, PERSON, NOW);
    if (!accepted.ok) throw new Error("not accepted");
    expect(await mailsTo("leaving@example.org")).toMatchObject([{ recipientId: accepted.value.userId }]);
    // The audit log names the invitation, never the address it went to.
    expect(JSON.stringify(await database().then(({ db }) => db.select().from(schema.auditEvents)))).not.toContain(
      "leaving@example.org",
    );

    const deleted = await deleteAccount(accepted.value.userId, PERSON.password, "203.0.113.7", NOW);
    expect(deleted.ok).toBe(true);
    expect(await mailsTo("leaving@example.org")).toEqual([]);
    expect(await invitationRows()).toEqual([]);
  });
});
