import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { setEmailPreferences } from "~/auth/account.server";
import { accountData } from "~/auth/account-data.server";
import { deleteAccount } from "~/auth/account-deletion.server";
import { registerAccount } from "~/auth/accounts.server";
import { registerSchema } from "~/auth/schemas";
import { findInputTarget } from "~/consultations/lookups.server";
import { seedDemo } from "~/demo/seed.server";
import { decide } from "~/moderation/decisions.server";
import { queueDailyDigests } from "~/notifications/digest.server";
import { retryDelayMs, sendDueMessages } from "~/notifications/sender.server";
import { smtpTransport } from "~/notifications/transport.server";
import { createSubmission } from "~/submissions/intake.server";
import { sentInput } from "../helpers/demo";
import { startSmtpServer } from "../helpers/smtp";

const NOW = new Date("2026-03-02T05:00:00Z");
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  smtp.received.length = 0;
  smtp.refuse(false);
  const { db } = await database();
  await seedDemo(db, NOW);
  // The seed's own demo mail is the dev outbox's business (seed test); these tests start empty.
  await db.delete(schema.outboxMessages);
});

async function contributor(email: string, language: "en" | "id") {
  const result = await registerAccount(
    registerSchema.parse({
      name: `Contributor ${email}`,
      email,
      password: "a long enough passphrase",
      preferredLanguage: language,
      organisationMode: "individual",
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { id: result.value.userId, name: `Contributor ${email}` };
}

/** Everything due is sent through the test's SMTP server, by the clock given. */
async function deliver(now = new Date(Date.now() + 1000)) {
  const transport = smtpTransport(smtp.url);
  while ((await sendDueMessages({ transport, senderId: "test", now: () => now })) > 0);
  transport.close();
}

async function send(author: { id: string; name: string }, section = "2.2", at = NOW) {
  const target = (await findInputTarget("ascc-post-2025", section, at))!;
  const result = await createSubmission(author, target, sentInput({ section }), at);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.reference;
}

const mailTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));

describe("e-mail notifications", () => {
  it("sends the author a receipt in their language, with the reference and a link to My input", async () => {
    const siti = await contributor("siti@example.org", "id");
    const john = await contributor("john@example.org", "en");
    const sitiReference = await send(siti);
    const johnReference = await send(john);
    await deliver();
    const [toSiti] = mailTo("siti@example.org");
    expect(toSiti?.subject).toBe(`Masukan Anda telah kami terima (${sitiReference})`);
    expect(toSiti?.text).toContain(`Yth. Contributor siti@example.org,`);
    expect(toSiti?.text).toContain("Bagian 2.2");
    expect(toSiti?.text).toContain(`http://localhost:3000/my-input/${sitiReference}`);
    expect(toSiti?.html).toContain(`href="http://localhost:3000/my-input/${sitiReference}"`);
    const [toJohn] = mailTo("john@example.org");
    expect(toJohn?.subject).toBe(`We received your input (${johnReference})`);
    expect(smtp.received).toHaveLength(2);
  });

  it("sends one receipt for a form sent twice, none to who turned receipts off, and follows the e-mail language", async () => {
    const siti = await contributor("siti@example.org", "id");
    const target = (await findInputTarget("ascc-post-2025", "2.2", NOW))!;
    const input = sentInput();
    await createSubmission(siti, target, input, NOW);
    await createSubmission(siti, target, input, NOW);
    await setEmailPreferences(
      { id: siti.id, role: "contributor" },
      { emailLanguage: "en", emailReceipts: false, emailDecisions: true, emailDigest: true },
    );
    await send(siti);
    await setEmailPreferences(
      { id: siti.id, role: "contributor" },
      { emailLanguage: "en", emailReceipts: true, emailDecisions: true, emailDigest: false },
    );
    const last = await send(siti);
    await deliver();
    expect(mailTo("siti@example.org").map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Masukan Anda telah kami terima/),
      `We received your input (${last})`,
    ]);
  });

  it("tells each author the decision, with the reason and the moderator's note; an undo sends nothing", async () => {
    const { db } = await database();
    const siti = await contributor("siti@example.org", "id");
    const john = await contributor("john@example.org", "en");
    const references = [await send(siti), await send(john)];
    const rows = await db
      .select({ id: schema.submissions.id, consultationId: schema.submissions.consultationId })
      .from(schema.submissions)
      .where(sql`${schema.submissions.reference} = any(${sql.param(references)}::text[])`);
    const consultationId = rows[0]!.consultationId;
    await db.delete(schema.outboxMessages);
    const moderator = { id: "demo-moderator" };
    const ids = rows.map((row) => row.id);
    await decide(moderator, consultationId, ids, {
      intent: "reject",
      reason: "off_topic",
      note: "Please see section 3.",
    });
    await decide(moderator, consultationId, ids, { intent: "undo" });
    await deliver();
    expect(smtp.received).toHaveLength(2);
    const [toSiti] = mailTo("siti@example.org");
    expect(toSiti?.subject).toBe(`Masukan Anda ${references[0]} tidak diterbitkan`);
    expect(toSiti?.text).toContain("Yth. Contributor siti@example.org,");
    expect(toSiti?.text).toContain("isinya tidak berkaitan dengan konsultasi ini");
    expect(toSiti?.text).toContain("Catatan dari kelompok kerja: Please see section 3.");
    const [toJohn] = mailTo("john@example.org");
    expect(toJohn?.subject).toBe(`Your input ${references[1]} was not published`);
    expect(toJohn?.text).toContain("Note from the working group: Please see section 3.");
    expect(toJohn?.text).toContain(`http://localhost:3000/my-input/${references[1]}`);
  });

  it("takes input while the mail server is down; the receipt waits, is tried again and sent later", async () => {
    const siti = await contributor("siti@example.org", "en");
    smtp.refuse(true);
    const reference = await send(siti);
    const firstTry = new Date(Date.now() + 1000);
    await deliver(firstTry);
    const { db } = await database();
    const [waiting] = await db.select().from(schema.outboxMessages);
    expect(waiting).toMatchObject({ status: "queued", attempts: 1 });
    expect(waiting?.lastError).toMatch(/451/);
    smtp.refuse(false);
    await deliver(new Date(firstTry.getTime() + retryDelayMs(1)));
    expect(mailTo("siti@example.org").map((mail) => mail.subject)).toEqual([`We received your input (${reference})`]);
  });

  it("queues yesterday's digest once per opted-in working-group member, grouped by section, newest first", async () => {
    const { db } = await database();
    const siti = await contributor("siti@example.org", "en");
    const yesterday = new Date("2026-03-01T10:00:00Z");
    const early = await send(siti, "2.2", yesterday);
    const late = await send(siti, "2.2", new Date("2026-03-01T11:00:00Z"));
    // Only the working group has a digest: a contributor's choice of it is not kept.
    await setEmailPreferences(
      { id: siti.id, role: "contributor" },
      { emailLanguage: "en", emailReceipts: false, emailDecisions: false, emailDigest: true },
    );
    await db.delete(schema.outboxMessages);

    expect(await queueDailyDigests(NOW)).toBe(1);
    expect(await queueDailyDigests(new Date(NOW.getTime() + 3_600_000))).toBe(0);
    await deliver();
    expect(smtp.received.map((mail) => mail.to)).toEqual([["moderator@demo.masukan.test"]]);
    const [digest] = smtp.received;
    expect(digest?.subject).toMatch(/^New input on 1 March 2026: \d+ submissions$/);
    const section = digest!.text.slice(digest!.text.indexOf("Section 2.2"));
    expect(section.indexOf(late)).toBeLessThan(section.indexOf(early));
    expect(digest?.text).toContain(`http://localhost:3000/review/ascc-post-2025/${late}`);
    const kept = await db
      .select({ key: schema.outboxMessages.dedupeKey })
      .from(schema.outboxMessages)
      .where(and(eq(schema.outboxMessages.kind, "digest")));
    expect(kept).toEqual([{ key: "digest:demo-moderator:2026-03-01" }]);
  });

  it("makes the digest of the day as the secretariat counts it (Jakarta), not the UTC day", async () => {
    const { db } = await database();
    const siti = await contributor("siti@example.org", "en");
    // 23:30 on 28 February in Jakarta, but already 1 March's digest in UTC terms would include it.
    const dayBefore = await send(siti, "2.2", new Date("2026-02-28T16:30:00Z"));
    // 18:00 on 1 March in Jakarta: 1 March is the day that just ended there.
    const ofTheDay = await send(siti, "2.2", new Date("2026-03-01T11:00:00Z"));
    await db.delete(schema.outboxMessages);
    // 01:30 on 2 March in Jakarta, 18:30 on 1 March in UTC.
    expect(await queueDailyDigests(new Date("2026-03-01T18:30:00Z"))).toBe(1);
    await deliver();
    const [digest] = smtp.received;
    expect(digest?.subject).toMatch(/^New input on 1 March 2026: /);
    expect(digest?.text).toContain(ofTheDay);
    expect(digest?.text).not.toContain(dayBefore);
  });

  it("lists a person's e-mails in their data download, erases them with the account, and writes to a deleted account no more", async () => {
    const { db } = await database();
    const siti = await contributor("siti@example.org", "id");
    const reference = await send(siti);
    const data = await accountData(siti.id);
    expect(data?.notifications).toEqual([
      expect.objectContaining({
        kind: "receipt",
        subject: `Masukan Anda telah kami terima (${reference})`,
        status: "queued",
      }),
    ]);
    const deleted = await deleteAccount(siti.id, "a long enough passphrase", "203.0.113.7");
    expect(deleted).toMatchObject({ ok: true, value: { emailsErased: 1 } });
    const [submission] = await db
      .select({ id: schema.submissions.id, consultationId: schema.submissions.consultationId })
      .from(schema.submissions)
      .where(eq(schema.submissions.reference, reference));
    await decide({ id: "demo-moderator" }, submission!.consultationId, [submission!.id], { intent: "approve" });
    expect(await db.select().from(schema.outboxMessages)).toEqual([]);
  });
});
