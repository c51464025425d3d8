import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { seedDemo } from "~/demo/seed.server";
import { registerAccount } from "~/auth/accounts.server";
import { registerSchema } from "~/auth/schemas";
import { action as sendAction } from "~/routes/consultations.$slug.send";
import { type Result, refusalErrors } from "~/result";
import { INDIVIDUAL } from "~/submissions/schema";
import { storeAttachment } from "~/submissions/attachments.server";
import { organisationsOf } from "~/auth/organisations.server";
import { createSubmission } from "~/submissions/intake.server";
import { editOwnSubmission, findOwnSubmission, withdrawOwnSubmission } from "~/submissions/own-input.server";
import { publishedInputForSection } from "~/submissions/published-input.server";
import { refusalStatus } from "~/responses";
import { findInputTarget } from "~/consultations/lookups.server";
import { minimalDocx, minimalPdf } from "../fixtures/documents";
import { sentInput } from "../helpers/demo";
import { context, settle } from "../helpers/requests";
import { BASE } from "../helpers/requests";

const NOW = new Date("2026-03-02T05:00:00Z");
const DAY = 86_400_000;

async function contributor(email: string, mode: "new" | "individual" = "new") {
  const result = await registerAccount(
    registerSchema.parse({
      name: `Contributor ${email}`,
      email,
      password: "a long enough passphrase",
      preferredLanguage: "en",
      organisationMode: mode,
      organisationName: `Institute ${email}`,
      organisationType: "research_institution",
      organisationCountry: "PH",
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { id: result.value.userId, name: `Contributor ${email}` };
}

/** The demo, seeded at `now`: the open consultation takes input for 30 days from then. */
async function setup(now = NOW) {
  const { db } = await database();
  await seedDemo(db, now);
  const target = (await findInputTarget("ascc-post-2025", "2.2", now))!;
  return { db, target };
}

/** A refusal as the routes answer it: the error by its field, with the HTTP status they choose for it. */
function answered<T>(result: Result<T>) {
  return result.ok ? result : { ok: false, errors: refusalErrors(result), status: refusalStatus(result) };
}

async function storedCount() {
  const { db } = await database();
  const [row] = await db.select({ n: count() }).from(schema.submissions);
  return row!.n;
}

/** How many references the consultation has given out: the demo's input is numbered first. */
async function referencesGiven(consultationId: string) {
  const { db } = await database();
  const [counter] = await db
    .select()
    .from(schema.referenceCounters)
    .where(eq(schema.referenceCounters.consultationId, consultationId));
  return counter!.last;
}

const referenceNumber = (n: number) => `ASCC-2026-${String(n).padStart(4, "0")}`;

describe("sending input", () => {
  it("stores pending input with the next public reference of the consultation", async () => {
    const { db, target } = await setup();
    const author = await contributor("a@example.org");
    const given = await referencesGiven(target.consultation.id);
    const [demo] = await db
      .select({ n: count() })
      .from(schema.submissions)
      .where(eq(schema.submissions.consultationId, target.consultation.id));
    expect(given).toBe(demo!.n);
    const result = await createSubmission(author, target, sentInput(), NOW);
    expect(result).toEqual({ ok: true, value: { reference: referenceNumber(given + 1), duplicate: false } });
    const [row] = await db
      .select()
      .from(schema.submissions)
      .where(eq(schema.submissions.reference, referenceNumber(given + 1)));
    expect(row).toMatchObject({
      status: "pending",
      kind: "comment",
      language: "en",
      authorId: author.id,
      organisationId: null,
    });
    const second = await createSubmission(author, target, sentInput(), NOW);
    expect(second).toMatchObject({ ok: true, value: { reference: referenceNumber(given + 2) } });
  });

  it("refuses late input by the server's clock", async () => {
    const { db } = await setup();
    const author = await contributor("late@example.org");
    const late = new Date(NOW.getTime() + 31 * DAY);
    const target = (await findInputTarget("ascc-post-2025", "2.2", late))!;
    expect(target.phase).toBe("closed");
    const before = await storedCount();
    expect(answered(await createSubmission(author, target, sentInput(), late))).toEqual({
      ok: false,
      errors: { form: "validation.consultationClosed" },
      status: 403,
    });
    expect(await storedCount()).toBe(before);
    expect(db).toBeDefined();
  });

  it("does not find a section of another consultation", async () => {
    await setup();
    expect(await findInputTarget("ascc-post-2025", "9", NOW)).toBeNull();
    expect(await findInputTarget("ascc-blueprint-2025-review", "2.2", NOW)).toBeNull();
  });

  it("refuses to speak for an organisation the author does not belong to", async () => {
    const { target } = await setup();
    const author = await contributor("member@example.org");
    const other = await contributor("other@example.org");
    const [theirs] = await organisationsOf(other.id);
    const [mine] = await organisationsOf(author.id);
    expect(answered(await createSubmission(author, target, sentInput({ onBehalfOf: theirs!.id }), NOW))).toMatchObject({
      ok: false,
      errors: { onBehalfOf: "validation.onBehalfOfUnknown" },
    });
    expect(await createSubmission(author, target, sentInput({ onBehalfOf: mine!.id }), NOW)).toMatchObject({
      ok: true,
    });
  });

  it("makes exactly one submission from the same form sent many times at once", async () => {
    const { target } = await setup();
    const author = await contributor("double@example.org");
    const form = sentInput();
    const before = await storedCount();
    const given = await referencesGiven(target.consultation.id);
    const results = await Promise.all(Array.from({ length: 6 }, () => createSubmission(author, target, form, NOW)));
    const references = new Set(results.map((r) => (r.ok ? r.value.reference : "failed")));
    expect(references.size).toBe(1);
    expect(await storedCount()).toBe(before + 1);
    expect(await referencesGiven(target.consultation.id)).toBe(given + 1);
  });
});

describe("attachments", () => {
  it("accepts PDF and DOCX by content and refuses a text file named .pdf", async () => {
    await setup();
    const author = await contributor("files@example.org");
    expect(await storeAttachment(author.id, { name: "paper.pdf", bytes: minimalPdf() })).toMatchObject({
      ok: true,
      value: { kind: "pdf" },
    });
    expect(await storeAttachment(author.id, { name: "paper.docx", bytes: minimalDocx() })).toMatchObject({
      ok: true,
      value: { kind: "docx" },
    });
    expect(
      await storeAttachment(author.id, {
        name: "paper.pdf",
        bytes: new TextEncoder().encode("just some text, not a PDF"),
      }),
    ).toEqual({
      ok: false,
      error: "validation.attachmentType",
    });
  });

  it("refuses to attach another person's upload", async () => {
    const { target } = await setup();
    const author = await contributor("owner@example.org");
    const thief = await contributor("thief@example.org");
    const stored = await storeAttachment(author.id, { name: "paper.pdf", bytes: minimalPdf() });
    if (!stored.ok) throw new Error("upload failed");
    expect(
      answered(await createSubmission(thief, target, sentInput({ attachmentId: stored.value.id }), NOW)),
    ).toMatchObject({
      ok: false,
      errors: { attachment: "validation.attachmentUnknown" },
    });
  });
});

describe("changing one's own input", () => {
  it("keeps the replaced text in the history", async () => {
    const { target } = await setup();
    const author = await contributor("edit@example.org");
    const sent = await createSubmission(author, target, sentInput(), NOW);
    if (!sent.ok) throw new Error("send failed");
    const edited = await editOwnSubmission(
      author,
      sent.value.reference,
      sentInput({ body: "A clearer version of what we meant to say here." }),
      NOW,
    );
    expect(edited).toEqual({ ok: true });
    const mine = await findOwnSubmission(author.id, sent.value.reference);
    expect(mine!.body).toBe("A clearer version of what we meant to say here.");
    expect(mine!.revisions.map((r) => r.body)).toEqual([
      "Mutual recognition of vocational skills should be named as a measure.",
    ]);
  });

  it("never lets one contributor read, change or withdraw another's input", async () => {
    const { target } = await setup();
    const author = await contributor("mine@example.org");
    const stranger = await contributor("stranger@example.org");
    const sent = await createSubmission(author, target, sentInput(), NOW);
    if (!sent.ok) throw new Error("send failed");
    expect(await findOwnSubmission(stranger.id, sent.value.reference)).toBeNull();
    expect(
      answered(
        await editOwnSubmission(
          stranger,
          sent.value.reference,
          sentInput({ body: "Rewritten by someone else entirely." }),
          NOW,
        ),
      ),
    ).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(answered(await withdrawOwnSubmission(stranger, sent.value.reference, NOW))).toMatchObject({
      ok: false,
      status: 404,
    });
    expect((await findOwnSubmission(author.id, sent.value.reference))!.status).toBe("pending");
  });

  it("refuses changes once input is withdrawn, reviewed, or the consultation closed", async () => {
    const { db, target } = await setup();
    const author = await contributor("rules@example.org");
    const send = async () => {
      const sent = await createSubmission(author, target, sentInput(), NOW);
      if (!sent.ok) throw new Error("send failed");
      return sent.value.reference;
    };
    const withdrawn = await send();
    expect(await withdrawOwnSubmission(author, withdrawn, NOW)).toEqual({ ok: true });
    expect((await findOwnSubmission(author.id, withdrawn))!.status).toBe("withdrawn");
    expect(
      answered(await editOwnSubmission(author, withdrawn, sentInput({ body: "Trying to edit withdrawn input." }), NOW)),
    ).toMatchObject({
      status: 409,
      errors: { form: "validation.submissionNotPending" },
    });

    const reviewed = await send();
    await db.update(schema.submissions).set({ status: "approved" }).where(eq(schema.submissions.reference, reviewed));
    expect(
      answered(await editOwnSubmission(author, reviewed, sentInput({ body: "Trying to edit approved input." }), NOW)),
    ).toMatchObject({ status: 409 });
    expect(answered(await withdrawOwnSubmission(author, reviewed, NOW))).toMatchObject({ status: 409 });

    const late = await send();
    expect(answered(await withdrawOwnSubmission(author, late, new Date(NOW.getTime() + 40 * DAY)))).toMatchObject({
      status: 403,
      errors: { form: "validation.consultationClosed" },
    });
  });
});

describe("published input on a section page", () => {
  it("shows approved input as consent allows and counts private input without showing it", async () => {
    const { db, target } = await setup();
    const author = await contributor("consent@example.org");
    const [organisation] = await organisationsOf(author.id);
    const send = async (consent: "public_named" | "public_anonymous" | "private", stance: "support" | "oppose") => {
      const sent = await createSubmission(
        author,
        target,
        sentInput({ consent, stance, onBehalfOf: organisation!.id, body: `Input sent with consent ${consent}.` }),
        NOW,
      );
      if (!sent.ok) throw new Error("send failed");
      await db
        .update(schema.submissions)
        .set({ status: "approved" })
        .where(eq(schema.submissions.reference, sent.value.reference));
    };
    await send("public_named", "support");
    await send("public_anonymous", "oppose");
    await send("private", "oppose");
    await createSubmission(author, target, sentInput({ body: "Still pending, so never shown here." }), NOW);

    const published = await publishedInputForSection(target.section!.id);
    const mine = published.items.filter((item) => item.body.startsWith("Input sent with consent"));
    expect(mine).toHaveLength(2);
    const named = mine.find((item) => item.body.includes("public_named"))!;
    const anonymous = mine.find((item) => item.body.includes("public_anonymous"))!;
    expect(named).toMatchObject({
      authorName: author.name,
      organisationName: "Institute consent@example.org",
      organisationType: "research_institution",
      country: "PH",
    });
    expect(anonymous).toMatchObject({
      authorName: null,
      organisationName: null,
      organisationType: "research_institution",
      country: "PH",
    });
    expect(published.items.some((item) => item.body.includes("private") || item.body.includes("pending"))).toBe(false);
    expect(published.privateCount).toBeGreaterThanOrEqual(1);
    expect(published.total).toBe(published.items.length + published.privateCount);
    expect(published.stanceCounts.oppose).toBeGreaterThanOrEqual(2);
  });
});

describe("the send action", () => {
  async function signedInCookie() {
    const { action: registerAction } = await import("~/routes/register");
    const response = await settle(() =>
      registerAction({
        request: new Request(`${BASE}/register`, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({
            name: "Form Tester",
            email: `form-${randomUUID()}@example.org`,
            password: "a long enough passphrase",
            preferredLanguage: "en",
            organisationMode: "individual",
          }).toString(),
        }),
        params: {},
        context: context(),
      }),
    );
    return response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
  }

  function multipart(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }) {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    if (file) form.append("attachment", new Blob([Buffer.from(file.bytes)]), file.name);
    return form;
  }

  const fields = () => ({
    intent: "preview",
    kind: "comment",
    stance: "support",
    body: "Kami mendukung perluasan beasiswa pertukaran pelajar antarnegara ASEAN.",
    consent: "public_named",
    onBehalfOf: INDIVIDUAL,
    idempotencyKey: randomUUID(),
    section: "2.2",
    attachmentId: "",
  });

  async function post(cookie: string, body: FormData, sectionInAddress = "2.2") {
    return settle(() =>
      sendAction({
        request: new Request(`${BASE}/consultations/ascc-post-2025/send?section=${sectionInAddress}`, {
          method: "POST",
          headers: { Cookie: cookie },
          body,
        }),
        params: { slug: "ascc-post-2025" },
        context: context(),
      }),
    );
  }

  it("previews with the detected language, then sends and redirects to the confirmation", async () => {
    await setup(new Date());
    const cookie = await signedInCookie();
    const form = fields();
    const preview = await post(cookie, multipart(form));
    expect(preview.status).toBe(200);
    const body = (await preview.json()) as { step: string; values: Record<string, string>; detectedLanguage: string };
    expect(body.step).toBe("preview");
    expect(body.detectedLanguage).toBe("id");
    const sent = await post(cookie, multipart({ ...body.values, intent: "send" }));
    expect(sent.status).toBe(302);
    expect(sent.headers.get("Location")).toMatch(/^\/my-input\/ASCC-2026-\d{4}\?sent=1$/);
  });

  it.each([
    ["empty text", { body: "" }, "body", "validation.bodyTooShort"],
    ["too short", { body: "Too short." }, "body", "validation.bodyTooShort"],
    ["too long", { body: "x".repeat(10_001) }, "body", "validation.bodyTooLong"],
    ["an unknown consent", { consent: "everyone-forever" }, "consent", "validation.consentRequired"],
    ["a forged organisation", { onBehalfOf: "not-a-uuid" }, "onBehalfOf", "validation.onBehalfOfRequired"],
    ["a NUL byte in the text", { body: `${fields().body}\u0000` }, "body", "validation.invalidCharacters"],
    ["a NUL byte in a hidden field", { attachmentId: "\u0000" }, "attachmentId", "validation.invalidCharacters"],
  ])(
    "answers %s with 400, the error by its field, everything typed, and stores nothing",
    async (_, change, field, message) => {
      await setup(new Date());
      const cookie = await signedInCookie();
      const before = await storedCount();
      const response = await post(cookie, multipart({ ...fields(), intent: "send", ...change }));
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: Record<string, string>; values: Record<string, string> };
      expect(body.errors[field]).toBe(message);
      expect(body.values.body).toBe({ ...fields(), ...change }.body);
      expect(await storedCount()).toBe(before);
    },
  );

  it("refuses a file whose name has a NUL byte, keeping the text and storing no file", async () => {
    await setup(new Date());
    const cookie = await signedInCookie();
    const response = await post(cookie, multipart(fields(), { name: "paper\u0000.pdf", bytes: minimalPdf() }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Record<string, string>; values: Record<string, string> };
    expect(body.errors.attachment).toBe("validation.invalidCharacters");
    expect(body.values.body).toBe(fields().body);
    const { db } = await database();
    expect(await db.select({ id: schema.attachments.id }).from(schema.attachments)).toHaveLength(0);
  });

  it.each([
    ["a=b.pdf", "a=b.pdf"],
    ["a;b.pdf", "a;b.pdf"],
    ['name="x"; filename="y".pdf', "name=_x_; filename=_y_.pdf"],
    ["Laporan kebijakan – ñ 日本語.pdf", "Laporan kebijakan – ñ 日本語.pdf"],
    ["back\\slash 100%.pdf", "back_slash 100%.pdf"],
    ["gpj\u202E.pdf", "gpj.pdf"],
  ])("keeps a file named %s, under the name %s", async (name, kept) => {
    await setup(new Date());
    const cookie = await signedInCookie();
    const response = await post(cookie, multipart(fields(), { name, bytes: minimalPdf() }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { step: string; attachment: { fileName: string } | null };
    expect(body.step).toBe("preview");
    expect(body.attachment?.fileName).toBe(kept);
  });

  it("refuses a file that only claims to be a PDF, keeping the text", async () => {
    await setup(new Date());
    const cookie = await signedInCookie();
    const response = await post(
      cookie,
      multipart(fields(), { name: "paper.pdf", bytes: new TextEncoder().encode("not really a pdf") }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Record<string, string>; values: Record<string, string> };
    expect(body.errors.attachment).toBe("validation.attachmentType");
    expect(body.values.body).toBe(fields().body);
  });

  it("refuses a file over 10 MB without reading it whole, keeping the text typed before it", async () => {
    await setup(new Date());
    const cookie = await signedInCookie();
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode("%PDF-1.4"));
    const response = await post(cookie, multipart(fields(), { name: "big.pdf", bytes: big }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Record<string, string>; values: Record<string, string> };
    expect(body.errors.attachment).toBe("validation.attachmentTooLarge");
    expect(body.values.body).toBe(fields().body);
    const { db } = await database();
    expect(await db.select().from(schema.attachments)).toHaveLength(0);
  });

  it("answers a section of another consultation with 400 and a message, storing nothing", async () => {
    await setup(new Date());
    const cookie = await signedInCookie();
    const before = await storedCount();
    for (const [inForm, inAddress] of [
      ["3", "3"],
      ["2.1", "2.2"],
    ]) {
      const response = await post(cookie, multipart({ ...fields(), intent: "send", section: inForm! }), inAddress);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: Record<string, string>; values: Record<string, string> };
      expect(body.errors.form).toBe("validation.sectionUnknown");
      expect(body.values.body).toBe(fields().body);
    }
    expect(await storedCount()).toBe(before);
  });

  it("sends visitors who are not signed in to log in first", async () => {
    await setup(new Date());
    const response = await post("", multipart(fields()));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(
      "/login?redirectTo=%2Fconsultations%2Fascc-post-2025%2Fsend%3Fsection%3D2.2",
    );
  });
});
