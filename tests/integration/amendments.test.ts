import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { registerAccount } from "~/auth/accounts.server";
import { registerSchema } from "~/auth/schemas";
import { decideAmendment, listAmendments, setAmendmentsOpen } from "~/consultations/amendments.server";
import { findInputTarget } from "~/consultations/lookups.server";
import { decide } from "~/moderation/decisions.server";
import { action as amendmentsAction, loader as amendmentsLoader } from "~/routes/admin.consultations.$slug_.amendments";
import { action as sendAction, loader as sendLoader } from "~/routes/consultations.$slug.send";
import { createSubmission } from "~/submissions/intake.server";
import { findOwnSubmission, listOwnSubmissions } from "~/submissions/own-input.server";
import { seededReview, sentInput } from "../helpers/demo";
import { context, formRequest, getRequest, settle } from "../helpers/requests";
import { inputFormBody, loggedInCookie, multipartRequest } from "../helpers/sessions";

const SECTION = "3.1";
const PAGE = "/admin/consultations/ascc-post-2025/amendments";
let consultationId: string;
let moderatorId: string;
let adminId: string;

beforeEach(async () => {
  ({ consultationId, moderatorId } = await seededReview());
  const { db } = await database();
  const [admin] = await db.select().from(schema.users).where(eq(schema.users.email, "admin@demo.masukan.test"));
  adminId = admin!.id;
});

async function author() {
  const email = `author-${randomUUID()}@example.org`;
  const result = await registerAccount(
    registerSchema.parse({
      name: "Amendment Author",
      email,
      password: "a long enough passphrase",
      preferredLanguage: "en",
      organisationMode: "individual",
    }),
  );
  if (!result.ok) throw new Error("registration failed");
  return { id: result.value.userId, name: "Amendment Author" };
}

/** An amendment on section 3.1, sent by a new author and, unless asked otherwise, approved by the demo moderator. */
async function amendment(status: "approved" | "pending" | "rejected" = "approved") {
  const writer = await author();
  const target = (await findInputTarget("ascc-post-2025", SECTION, new Date()))!;
  const sent = await createSubmission(
    writer,
    target,
    sentInput({
      kind: "amendment",
      section: SECTION,
      quotedPassage: "regional cooperation",
      proposedText: "regional and sub-regional cooperation",
      body: "Sub-regional bodies already do much of this work and should be named.",
    }),
  );
  if (!sent.ok) throw new Error(`send failed: ${sent.error}`);
  const { reference } = sent.value;
  const { db } = await database();
  const [row] = await db.select().from(schema.submissions).where(eq(schema.submissions.reference, reference));
  if (status === "approved") await decide({ id: moderatorId }, consultationId, [row!.id], { intent: "approve" });
  if (status === "rejected")
    await decide({ id: moderatorId }, consultationId, [row!.id], { intent: "reject", reason: "off_topic", note: "" });
  return { writer, reference, id: row!.id };
}

async function auditOf(subjectId: string) {
  const { db } = await database();
  const events = await db.select().from(schema.auditEvents).where(eq(schema.auditEvents.subjectId, subjectId));
  return events.filter((event) => event.action.startsWith("amendment.")).map((event) => [event.action, event.reason]);
}

async function decisionRows(submissionId: string) {
  const { db } = await database();
  return db.select().from(schema.amendmentDecisions).where(eq(schema.amendmentDecisions.submissionId, submissionId));
}

const admin = () => ({ id: adminId });
const adminCookie = () => loggedInCookie("admin@demo.masukan.test", "admin-demo-2026");

async function postPage(cookie: string, fields: Record<string, string>) {
  const response = await settle(() =>
    amendmentsAction({
      request: formRequest(PAGE, fields, { cookie }),
      params: { slug: "ascc-post-2025" },
      context: context(),
    }),
  );
  return {
    status: response.status,
    body: (await response.json()) as { errors: Record<string, string>; values: Record<string, string> },
  };
}

describe("the secretariat's answer to an amendment", () => {
  it("accepts an approved amendment once, audited, and its author reads it under My input", async () => {
    const { writer, reference, id } = await amendment();
    expect(await decideAmendment(admin(), consultationId, { reference, decision: "accepted", reason: null })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await auditOf(id)).toEqual([["amendment.accepted", null]]);
    expect(await findOwnSubmission(writer.id, reference)).toMatchObject({
      amendmentDecision: "accepted",
      amendmentReason: null,
    });
    expect((await listOwnSubmissions(writer.id))[0]).toMatchObject({ amendmentDecision: "accepted" });
    const accepted = await listAmendments(consultationId, { state: "accepted", section: null });
    expect(accepted.map((row) => row.reference)).toContain(reference);
    const undecided = await listAmendments(consultationId, { state: "undecided", section: SECTION });
    expect(undecided.map((row) => row.reference)).not.toContain(reference);
  });

  it("needs a reason to reject: the error is on the reason field, nothing is saved, then the reason reaches the author", async () => {
    const { writer, reference, id } = await amendment();
    const cookie = await adminCookie();
    const missing = await postPage(cookie, { intent: "decide", reference, decision: "rejected", reason: "   " });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual({ reason: "errors.reasonRequired" });
    expect(missing.body.values).toMatchObject({ reference, decision: "rejected" });
    expect(await decisionRows(id)).toEqual([]);
    expect(await auditOf(id)).toEqual([]);

    const reason = "Sub-regional bodies are covered in section 4.";
    expect((await postPage(cookie, { intent: "decide", reference, decision: "rejected", reason })).status).toBe(200);
    expect(await findOwnSubmission(writer.id, reference)).toMatchObject({
      amendmentDecision: "rejected",
      amendmentReason: reason,
    });
    expect(await auditOf(id)).toEqual([["amendment.rejected", reason]]);
  });

  it("refuses a second answer with a clear message, and keeps the first whole", async () => {
    const { reference, id } = await amendment();
    const cookie = await adminCookie();
    expect((await postPage(cookie, { intent: "decide", reference, decision: "accepted" })).status).toBe(200);
    const again = await postPage(cookie, {
      intent: "decide",
      reference,
      decision: "rejected",
      reason: "Changed our mind.",
    });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual({ form: "amendments:errors.alreadyDecided" });
    expect(again.body.values.reason).toBe("Changed our mind.");
    expect(await decisionRows(id)).toMatchObject([{ decision: "accepted", reason: null }]);
    expect(await auditOf(id)).toEqual([["amendment.accepted", null]]);
  });

  it("answers only amendments the working group approved", async () => {
    for (const status of ["pending", "rejected"] as const) {
      const { reference, id } = await amendment(status);
      expect(await decideAmendment(admin(), consultationId, { reference, decision: "accepted", reason: null })).toEqual(
        {
          ok: false,
          error: "amendments:errors.notApproved",
        },
      );
      expect(await decisionRows(id)).toEqual([]);
      const listed = await listAmendments(consultationId, { state: "all", section: null });
      expect(listed.map((row) => row.reference)).not.toContain(reference);
    }
    expect(
      await decideAmendment(admin(), consultationId, {
        reference: "ASCC-1999-0001",
        decision: "accepted",
        reason: null,
      }),
    ).toEqual({ ok: false, error: "amendments:errors.unknown" });
  });

  it("leaves the list while a moderator's undo takes the approval back, and returns with its answer", async () => {
    const { writer, reference, id } = await amendment();
    await decideAmendment(admin(), consultationId, { reference, decision: "accepted", reason: null });
    await decide({ id: moderatorId }, consultationId, [id], { intent: "undo" });
    const all = () => listAmendments(consultationId, { state: "all", section: SECTION });
    expect((await all()).map((row) => row.reference)).not.toContain(reference);
    expect(await findOwnSubmission(writer.id, reference)).toMatchObject({ status: "pending" });
    await decide({ id: moderatorId }, consultationId, [id], { intent: "approve" });
    expect((await all()).find((row) => row.reference === reference)).toMatchObject({ decision: "accepted" });
  });

  it("lists each amendment with its word diff and the author's organisation as the working group sees it", async () => {
    const { reference } = await amendment();
    const response = await settle(() =>
      amendmentsLoader({
        request: getRequest(`${PAGE}?section=${SECTION}`, { cookie: "" }),
        params: { slug: "ascc-post-2025" },
        context: context(),
      }),
    );
    expect(response.status).toBe(302);
    const cookie = await adminCookie();
    const page = (await (
      await settle(() =>
        amendmentsLoader({
          request: getRequest(`${PAGE}?section=${SECTION}`, { cookie }),
          params: { slug: "ascc-post-2025" },
          context: context(),
        }),
      )
    ).json()) as {
      amendments: { reference: string; diff: { change: string; text: string }[]; organisationName: string | null }[];
    };
    const listed = page.amendments.find((row) => row.reference === reference);
    expect(listed?.organisationName).toBeNull();
    expect(listed?.diff.filter((segment) => segment.change !== "same").map((segment) => segment.text.trim())).toEqual([
      "and sub-regional",
    ]);
  });
});

describe("switching amendments off", () => {
  it("refuses new amendments on a section, keeps comments and the amendments already sent, and is audited", async () => {
    const earlier = await amendment();
    expect(await setAmendmentsOpen(admin(), consultationId, { section: SECTION, open: false })).toEqual({
      ok: true,
      value: undefined,
    });
    const target = (await findInputTarget("ascc-post-2025", SECTION, new Date()))!;
    const writer = await author();
    const refused = await createSubmission(
      writer,
      target,
      sentInput({ kind: "amendment", section: SECTION, proposedText: "Another text." }),
    );
    expect(refused).toEqual({ ok: false, error: "amendments:errors.closed", field: "kind" });
    expect((await createSubmission(writer, target, sentInput({ section: SECTION }))).ok).toBe(true);
    // Another section still takes amendments.
    const other = (await findInputTarget("ascc-post-2025", "3.2", new Date()))!;
    expect(
      (await createSubmission(writer, other, sentInput({ kind: "amendment", section: "3.2", proposedText: "X." }))).ok,
    ).toBe(true);

    const listed = await listAmendments(consultationId, { state: "all", section: SECTION });
    expect(listed.map((row) => row.reference)).toContain(earlier.reference);
    expect(await findOwnSubmission(earlier.writer.id, earlier.reference)).toMatchObject({ kind: "amendment" });
    const { db } = await database();
    const events = await db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.subjectId, consultationId), eq(schema.auditEvents.subjectType, "consultation")));
    expect(events.map((event) => [event.action, event.details])).toEqual([
      ["consultation.amendments_closed", { section: SECTION }],
    ]);
  });

  it("for the whole consultation: the send form offers no amendment and answers one with an error on the kind field, the text kept", async () => {
    const cookie = await adminCookie();
    expect((await postPage(cookie, { intent: "switch", section: "", open: "false" })).status).toBe(200);
    const contributor = await loggedInCookie("contributor@demo.masukan.test", "contributor-demo-2026");
    const path = `/consultations/ascc-post-2025/send?section=${SECTION}`;
    const page = (await (
      await settle(() =>
        sendLoader({
          request: getRequest(path, { cookie: contributor }),
          params: { slug: "ascc-post-2025" },
          context: context(),
        }),
      )
    ).json()) as { amendmentsOpen: boolean; organisations: { id: string }[] };
    expect(page.amendmentsOpen).toBe(false);
    const typed = {
      intent: "preview",
      kind: "amendment",
      stance: "support_with_changes",
      body: "The plan should name the sub-regional bodies that do this work.",
      proposedText: "regional and sub-regional cooperation",
      consent: "public_named",
      onBehalfOf: page.organisations[0]?.id ?? "individual",
      idempotencyKey: randomUUID(),
      section: SECTION,
      attachmentId: "",
    };
    const response = await settle(() =>
      sendAction({
        request: multipartRequest(path, contributor, inputFormBody(typed)),
        params: { slug: "ascc-post-2025" },
        context: context(),
      }),
    );
    expect(response.status).toBe(400);
    const answer = (await response.json()) as {
      step: string;
      errors: Record<string, string>;
      values: Record<string, string>;
    };
    expect(answer.step).toBe("form");
    expect(answer.errors).toEqual({ kind: "amendments:errors.closed" });
    expect(answer.values).toMatchObject({ body: typed.body, proposedText: typed.proposedText });

    expect((await postPage(cookie, { intent: "switch", section: "", open: "true" })).status).toBe(200);
    const target = (await findInputTarget("ascc-post-2025", SECTION, new Date()))!;
    expect(target.consultation.amendmentsOpen).toBe(true);
  });
});
