import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { decideAmendment } from "~/consultations/amendments.server";
import { findInputTarget } from "~/consultations/lookups.server";
import { decide } from "~/moderation/decisions.server";
import { loader as dataLoader } from "~/routes/account.data";
import { createSubmission } from "~/submissions/intake.server";
import { editOwnSubmission } from "~/submissions/own-input.server";
import { seededReview, sentInput } from "../helpers/demo";
import { context, getRequest, settle } from "../helpers/requests";
import { type Person, registeredPerson } from "../helpers/sessions";

let consultationId: string;
let moderatorId: string;

beforeEach(async () => {
  ({ consultationId, moderatorId } = await seededReview());
});

async function send(person: Person, overrides: Parameters<typeof sentInput>[0] = {}) {
  const data = sentInput(overrides);
  const target = (await findInputTarget("ascc-post-2025", data.section, new Date()))!;
  const sent = await createSubmission(person, target, data);
  if (!sent.ok) throw new Error(`send failed: ${sent.error}`);
  const { db } = await database();
  const [row] = await db
    .select({ id: schema.submissions.id })
    .from(schema.submissions)
    .where(eq(schema.submissions.reference, sent.value.reference));
  return { reference: sent.value.reference, id: row!.id };
}

function download(cookie: string) {
  return settle(() => dataLoader({ request: getRequest("/account/data", { cookie }), params: {}, context: context() }));
}

/** A person of a new organisation with input in every state the download must show. */
async function personWithHistory() {
  const organisationName = `Yayasan Data ${randomUUID().slice(0, 8)}`;
  const person = await registeredPerson({
    organisationMode: "new",
    organisationName,
    organisationType: "civil_society",
    organisationCountry: "ID",
  });
  const edited = await send(person, { body: "The first version of my comment on skills recognition." });
  const rewritten = sentInput({ body: "The second version of my comment on skills recognition." });
  expect((await editOwnSubmission(person, edited.reference, rewritten)).ok).toBe(true);
  await decide({ id: moderatorId }, consultationId, [edited.id], { intent: "approve" });

  const rejected = await send(person, { consent: "private", body: "A comment the working group turned down." });
  await decide({ id: moderatorId }, consultationId, [rejected.id], {
    intent: "reject",
    reason: "off_topic",
    note: "Please write about this section.",
  });

  const amendment = await send(person, {
    kind: "amendment",
    section: "3.1",
    quotedPassage: "regional cooperation",
    proposedText: "regional and sub-regional cooperation",
    body: "Sub-regional bodies already do much of this work.",
  });
  await decide({ id: moderatorId }, consultationId, [amendment.id], { intent: "approve" });
  const { db } = await database();
  const [admin] = await db.select().from(schema.users).where(eq(schema.users.email, "admin@demo.masukan.test"));
  await decideAmendment({ id: admin!.id }, consultationId, {
    reference: amendment.reference,
    decision: "rejected",
    reason: "The plan names no bodies below the region.",
  });

  const [file] = await db
    .insert(schema.attachments)
    .values({
      ownerId: person.id,
      fileName: "position-paper.pdf",
      kind: "pdf",
      byteSize: 9,
      content: Buffer.from("%PDF-1.4\n"),
    })
    .returning({ id: schema.attachments.id });
  await db.update(schema.submissions).set({ attachmentId: file!.id }).where(eq(schema.submissions.id, edited.id));
  return { person, organisationName, edited, rejected, amendment };
}

type Download = {
  format: string;
  version: number;
  exportedAt: string;
  account: Record<string, unknown>;
  organisations: { name: string; type: string; country: string }[];
  submissions: {
    reference: string;
    body: string;
    consent: string;
    status: string;
    consultation: { slug: string };
    section: string | null;
    decision: { decidedAt: string | null; rejectionReason: string | null; note: string | null };
    amendmentAnswer: { answer: string; reason: string | null } | null;
    attachment: Record<string, unknown> | null;
    revisions: { body: string }[];
  }[];
};

describe("downloading one's data", () => {
  it("is a JSON attachment with the account, memberships, input, history, decisions, answers and files", async () => {
    const { person, organisationName, edited, rejected, amendment } = await personWithHistory();
    const response = await download(person.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="masukan-my-data-\d{4}-\d\d-\d\d\.json"$/,
    );
    const data = (await response.json()) as Download;

    expect(data).toMatchObject({ format: "masukan-account-data", version: 1 });
    expect(data.account).toMatchObject({
      name: person.name,
      email: person.email,
      preferredLanguage: "en",
      role: "contributor",
    });
    expect(typeof data.account.createdAt).toBe("string");
    expect(data.organisations).toEqual([
      expect.objectContaining({ name: organisationName, type: "civil_society", country: "ID" }),
    ]);
    expect(data.submissions.map((submission) => submission.reference)).toEqual([
      edited.reference,
      rejected.reference,
      amendment.reference,
    ]);
    const [first, second, third] = data.submissions;
    expect(first).toMatchObject({
      body: "The second version of my comment on skills recognition.",
      status: "approved",
      consultation: { slug: "ascc-post-2025" },
      section: "2.2",
      attachment: { fileName: "position-paper.pdf", kind: "pdf", byteSize: 9 },
    });
    expect(first!.revisions.map((revision) => revision.body)).toEqual([
      "The first version of my comment on skills recognition.",
    ]);
    expect(second).toMatchObject({
      consent: "private",
      status: "rejected",
      decision: { rejectionReason: "off_topic", note: "Please write about this section." },
      amendmentAnswer: null,
      attachment: null,
    });
    expect(third!.amendmentAnswer).toMatchObject({
      answer: "rejected",
      reason: "The plan names no bodies below the region.",
    });
  });

  it("holds nothing of anyone else, and no file's bytes", async () => {
    const { person } = await personWithHistory();
    const other = await registeredPerson();
    await send(other, { body: "Someone else's comment, not in the download." });
    const text = await (await download(person.cookie)).text();
    expect(text).not.toContain(other.email);
    expect(text).not.toContain(other.name);
    expect(text).not.toContain("Someone else's comment");
    expect(text).not.toContain("%PDF");
    expect(text).not.toContain("moderator@demo.masukan.test");

    const data = JSON.parse((await (await download(other.cookie)).text()) as string) as Download;
    expect(data.account.email).toBe(other.email);
    expect(data.organisations).toEqual([]);
    expect(data.submissions.map((submission) => submission.body)).toEqual([
      "Someone else's comment, not in the download.",
    ]);
  });

  it("sends a visitor to log in", async () => {
    const response = await download("");
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/login?${new URLSearchParams({ redirectTo: "/account/data" })}`);
  });
});
