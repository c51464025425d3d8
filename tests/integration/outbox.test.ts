import { randomUUID } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { database, schema } from "#db/client.server";
import { seedDemo } from "~/demo/seed.server";
import { listOutbox } from "~/notifications/dev-outbox.server";
import { forgetOldMail, mailRetentionDays } from "~/notifications/mail-retention.server";
import { enqueueMessage } from "~/notifications/outbox.server";
import { MAX_ATTEMPTS, retryDelayMs, sendDueMessages, startMailSender } from "~/notifications/sender.server";
import { passwordResetMail } from "~/notifications/templates/password-reset.server";
import { smtpTransport } from "~/notifications/transport.server";
import { startSmtpServer } from "../helpers/smtp";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(() => {
  smtp.received.length = 0;
  smtp.refuse(false);
});

const T0 = new Date("2026-12-03T10:00:00Z");
const at = (ms: number) => () => new Date(T0.getTime() + ms);

async function queueResets(count: number) {
  const { db } = await database();
  for (let n = 0; n < count; n++) {
    await enqueueMessage(db, {
      template: passwordResetMail,
      params: { name: `Person ${n}`, token: `token-${n}`, validMinutes: 60 },
      to: { email: `person-${n}@example.org`, language: "en" },
    });
  }
  // Queued "now" by the database's clock; the tests' fixed clock starts later than that.
  await db.update(schema.outboxMessages).set({ nextAttemptAt: T0 });
}

async function rows() {
  const { db } = await database();
  return db.select().from(schema.outboxMessages).orderBy(asc(schema.outboxMessages.toAddress));
}

describe("the sender", () => {
  it("sends a queued message once through SMTP and marks it sent", async () => {
    await queueResets(1);
    const transport = smtpTransport(smtp.url);
    expect(await sendDueMessages({ transport, senderId: "a", now: at(0) })).toBe(1);
    expect(await sendDueMessages({ transport, senderId: "a", now: at(60_000) })).toBe(0);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.to).toEqual(["person-0@example.org"]);
    expect(smtp.received[0]?.subject).toBe("Reset your Masukan password");
    expect(smtp.received[0]?.text).toContain("/reset-password/token-0");
    expect(smtp.received[0]?.html).toContain('href="http://localhost:3000/reset-password/token-0"');
    const [row] = await rows();
    expect(row).toMatchObject({ status: "sent", attempts: 1, claimedBy: null, lastError: null });
    transport.close();
  });

  it("keeps a message while the SMTP server refuses it, retries it later with a growing pause, then sends it", async () => {
    await queueResets(1);
    const transport = smtpTransport(smtp.url);
    smtp.refuse(true);
    await sendDueMessages({ transport, senderId: "a", now: at(0) });
    let [row] = await rows();
    expect(row).toMatchObject({ status: "queued", attempts: 1 });
    expect(row?.lastError).toMatch(/451/);
    expect(row?.nextAttemptAt.getTime()).toBe(T0.getTime() + retryDelayMs(1));

    // Not due yet: nothing is tried.
    expect(await sendDueMessages({ transport, senderId: "a", now: at(retryDelayMs(1) - 1) })).toBe(0);
    smtp.refuse(false);
    expect(await sendDueMessages({ transport, senderId: "a", now: at(retryDelayMs(1)) })).toBe(1);
    [row] = await rows();
    expect(row).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(smtp.received).toHaveLength(1);
    transport.close();
  });

  it("marks a message failed, with its error, after the last attempt", async () => {
    await queueResets(1);
    const transport = smtpTransport(smtp.url);
    smtp.refuse(true);
    let clock = 0;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await sendDueMessages({ transport, senderId: "a", now: at(clock) })).toBe(1);
      clock += retryDelayMs(attempt);
    }
    expect(await sendDueMessages({ transport, senderId: "a", now: at(clock * 2) })).toBe(0);
    const [row] = await rows();
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect(row?.lastError).toMatch(/451/);
    expect(smtp.received).toHaveLength(0);
    // The admins' outbox shows it among the failed ones, with its error and counts.
    const failed = await listOutbox(1, "failed");
    expect(failed.messages.map((message) => [message.toAddress, message.status])).toEqual([
      ["person-0@example.org", "failed"],
    ]);
    expect(failed.messages[0]?.lastError).toMatch(/451/);
    expect(failed.counts).toEqual({ failed: 1 });
    expect((await listOutbox(1, "sent")).messages).toEqual([]);
    transport.close();
  });

  it("marks a message failed at once when the mail server refuses it for good (a 5xx answer)", async () => {
    await queueResets(1);
    const transport = smtpTransport(smtp.url);
    smtp.refuse(true, 550);
    await sendDueMessages({ transport, senderId: "a", now: at(0) });
    const [row] = await rows();
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(row?.lastError).toMatch(/550/);
    transport.close();
  });

  it("never sends a message twice with two senders at once, nor after a sender restarts", async () => {
    await queueResets(30);
    const first = smtpTransport(smtp.url);
    const second = smtpTransport(smtp.url);
    const drain = async (transport: typeof first, senderId: string) => {
      while ((await sendDueMessages({ transport, senderId, now: at(0) })) > 0);
    };
    await Promise.all([drain(first, "a"), drain(second, "b")]);
    // A sender started again (a new process) finds nothing to send.
    await drain(smtpTransport(smtp.url), "a-restarted");
    const addresses = smtp.received.flatMap((mail) => mail.to);
    expect(addresses).toHaveLength(30);
    expect(new Set(addresses).size).toBe(30);
    expect((await rows()).every((row) => row.status === "sent")).toBe(true);
    first.close();
    second.close();
  });

  it("leaves a message claimed by a sender that stopped to that sender until its lease runs out", async () => {
    await queueResets(1);
    const { db } = await database();
    // A sender claimed it and its process died before it could send.
    await db.execute(sql`update outbox_messages set status = 'sending', attempts = 1, claimed_by = 'gone',
      claimed_until = ${new Date(T0.getTime() + 600_000).toISOString()}::timestamptz`);
    const transport = smtpTransport(smtp.url);
    expect(await sendDueMessages({ transport, senderId: "b", now: at(599_999) })).toBe(0);
    expect(await sendDueMessages({ transport, senderId: "b", now: at(600_001) })).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const [row] = await rows();
    expect(row).toMatchObject({ status: "sent", attempts: 2 });
    transport.close();
  });

  it("sends in the background on the shared worker loop until stopped", async () => {
    await queueResets(3);
    const sender = startMailSender({ transport: smtpTransport(smtp.url), senderId: "background" }, (error) => {
      throw error;
    });
    await vi.waitFor(() => expect(smtp.received).toHaveLength(3), { timeout: 10_000 });
    await sender.stop();
    expect((await rows()).map((row) => row.status)).toEqual(["sent", "sent", "sent"]);
  });

  it("without SMTP_URL delivers to the dev outbox: marked sent, kept to read", async () => {
    await queueResets(2);
    expect(await sendDueMessages({ transport: null, senderId: "a", now: at(0) })).toBe(2);
    expect((await rows()).map((row) => row.status)).toEqual(["sent", "sent"]);
  });
});

describe("queueing", () => {
  async function newUser(overrides: Partial<typeof schema.users.$inferInsert> = {}) {
    const { db } = await database();
    const id = randomUUID();
    await db
      .insert(schema.users)
      .values({ id, email: `${id}@example.org`, name: "Siti", passwordHash: "x", ...overrides });
    return id;
  }

  it("writes to a user in their e-mail language, at their address", async () => {
    const { db } = await database();
    const userId = await newUser({ emailLanguage: "id", preferredLanguage: "en" });
    expect(
      await enqueueMessage(db, {
        template: passwordResetMail,
        params: { name: "Siti", token: "t", validMinutes: 60 },
        to: { userId },
      }),
    ).toBe(true);
    const [row] = await db.select().from(schema.outboxMessages).where(eq(schema.outboxMessages.recipientId, userId));
    expect(row).toMatchObject({ toAddress: `${userId}@example.org`, language: "id", kind: "password_reset" });
    expect(row?.subject).toBe("Atur ulang kata sandi Masukan Anda");
    expect(row?.textBody).toContain("Yth. Siti,");
  });

  it("queues a message with a key once", async () => {
    const { db } = await database();
    const message = {
      template: passwordResetMail,
      params: { name: "A", token: "t", validMinutes: 60 },
      to: { email: "a@example.org", language: "en" as const },
      dedupeKey: "once",
    };
    expect(await enqueueMessage(db, message)).toBe(true);
    expect(await enqueueMessage(db, message)).toBe(false);
    expect(await rows()).toHaveLength(1);
  });
});

describe("the demo", () => {
  it("fills the dev outbox with the demo contributor's receipts and decisions, in their language", async () => {
    const { db } = await database();
    await seedDemo(db);
    const mail = await db.select().from(schema.outboxMessages);
    const submissions = await db
      .select({ status: schema.submissions.status })
      .from(schema.submissions)
      .where(eq(schema.submissions.authorId, "demo-contributor"));
    const approved = submissions.filter((row) => row.status === "approved").length;
    expect(mail.filter((row) => row.kind === "receipt")).toHaveLength(submissions.length);
    expect(mail.filter((row) => row.kind === "decision")).toHaveLength(approved);
    expect(new Set(mail.map((row) => `${row.toAddress} ${row.language}`))).toEqual(
      new Set(["contributor@demo.masukan.test id"]),
    );
    expect(mail.every((row) => !row.subject.includes("%%"))).toBe(true);
  });
});

describe("keeping sent mail", () => {
  it("deletes sent and failed messages after the retention period, audited, and keeps those still to send", async () => {
    const { db } = await database();
    await queueResets(5);
    const ids = (await rows()).map((row) => row.id);
    const day = 86_400_000;
    const [oldSent, recentSent, oldFailed, oldQueued, neverSent] = ids;
    const set = (id: string | undefined, values: Partial<typeof schema.outboxMessages.$inferInsert>) =>
      db.update(schema.outboxMessages).set(values).where(eq(schema.outboxMessages.id, id!));
    await set(oldSent, { status: "sent", sentAt: new Date(T0.getTime() - 31 * day) });
    await set(recentSent, { status: "sent", sentAt: new Date(T0.getTime() - 29 * day) });
    await set(oldFailed, { status: "failed", createdAt: new Date(T0.getTime() - 40 * day) });
    await set(oldQueued, { createdAt: new Date(T0.getTime() - 40 * day) });
    expect(await forgetOldMail(T0, 30)).toBe(2);
    expect((await rows()).map((row) => row.id).sort()).toEqual([recentSent, oldQueued, neverSent].sort());
    const [event] = await db.select().from(schema.auditEvents).where(eq(schema.auditEvents.action, "mail.forgotten"));
    expect(event?.details).toMatchObject({ count: 2, retentionDays: 30 });
    expect(await forgetOldMail(T0, 30)).toBe(0);
  });

  it("refuses a retention that is not a whole number of days, naming the variable", () => {
    expect(mailRetentionDays({})).toBe(30);
    expect(mailRetentionDays({ MAIL_RETENTION_DAYS: "7" })).toBe(7);
    expect(() => mailRetentionDays({ MAIL_RETENTION_DAYS: "a month" })).toThrow(/^MAIL_RETENTION_DAYS: /);
  });
});
