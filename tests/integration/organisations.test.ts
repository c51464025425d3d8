import { randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { registerAccount } from "~/auth/accounts.server";
import { organisationsOf } from "~/auth/organisations.server";
import { registerSchema } from "~/auth/schemas";
import { findInputTarget } from "~/consultations/lookups.server";
import { seedDemo } from "~/demo/seed.server";
import { reviewSubmission } from "~/moderation/submission-read.server";
import { action as confirmAction, loader as membersLoader } from "~/routes/account.organisation";
import { action as organisationsAction } from "~/routes/admin.organisations";
import { loader as peopleLoader } from "~/routes/admin.people";
import { action as sendAction, loader as sendLoader } from "~/routes/consultations.$slug.send";
import { createSubmission } from "~/submissions/intake.server";
import { publishedInputForSection } from "~/submissions/published-input.server";
import { INDIVIDUAL } from "~/submissions/schema";
import { sentInput } from "../helpers/demo";
import { context, formRequest, getRequest, jsonBody, settle } from "../helpers/requests";
import { inputFormBody, loggedInCookie, multipartRequest } from "../helpers/sessions";

const NOW = new Date("2026-03-02T05:00:00Z");
const PASSWORD = "a long enough passphrase";

type Registration =
  | { organisationMode: "new"; organisationName: string }
  | { organisationMode: "existing"; organisationId: string };

async function register(email: string, joining: Registration) {
  const result = await registerAccount(
    registerSchema.parse({
      name: `Person ${email}`,
      email,
      password: PASSWORD,
      preferredLanguage: "en",
      organisationType: "civil_society",
      organisationCountry: "ID",
      ...joining,
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { id: result.value.userId, name: `Person ${email}`, cookie: await loggedInCookie(email, PASSWORD) };
}

async function target() {
  return (await findInputTarget("ascc-post-2025", "2.2", NOW))!;
}

type Action = (args: {
  request: Request;
  params: Record<string, string>;
  context: ReturnType<typeof context>;
}) => Promise<unknown>;

function post(action: Action, path: string, cookie: string, fields: Record<string, string>) {
  return settle(() => action({ request: formRequest(path, fields, { cookie }), params: {}, context: context() }));
}

async function lastAudit() {
  const { db } = await database();
  const [event] = await db.select().from(schema.auditEvents).orderBy(desc(schema.auditEvents.id)).limit(1);
  return event!;
}

describe("organisations", () => {
  let admin: string;
  beforeEach(async () => {
    await seedDemo((await database()).db, NOW);
    admin = await loggedInCookie("admin@demo.masukan.test", "admin-demo-2026");
  });

  it("makes whoever joins an existing organisation a pending member, refused on its behalf until its manager confirms", async () => {
    const founder = await register(`founder-${randomUUID()}@example.org`, {
      organisationMode: "new",
      organisationName: "Yayasan Pending",
    });
    const [organisation] = await organisationsOf(founder.id);
    expect(organisation).toMatchObject({ name: "Yayasan Pending", pending: false });
    const joiner = await register(`joiner-${randomUUID()}@example.org`, {
      organisationMode: "existing",
      organisationId: organisation!.id,
    });
    expect(await organisationsOf(joiner.id)).toMatchObject([{ id: organisation!.id, pending: true }]);
    const people = await settle(() =>
      peopleLoader({
        request: getRequest("/admin/people?q=joiner-", { cookie: admin }),
        params: {},
        context: context(),
      }),
    );
    expect(await jsonBody(people)).toMatchObject({
      people: [{ id: joiner.id, organisations: ["Yayasan Pending"], pendingOrganisations: ["Yayasan Pending"] }],
    });

    const onBehalf = sentInput({ onBehalfOf: organisation!.id });
    expect(await createSubmission(joiner, await target(), onBehalf, NOW)).toEqual({
      ok: false,
      error: "validation.onBehalfOfPending",
      field: "onBehalfOf",
    });
    expect(await createSubmission(joiner, await target(), sentInput({ onBehalfOf: INDIVIDUAL }), NOW)).toMatchObject({
      ok: true,
    });

    // Someone who does not manage the organisation sees nobody waiting and cannot confirm.
    const stranger = await register(`stranger-${randomUUID()}@example.org`, {
      organisationMode: "new",
      organisationName: "Another Body",
    });
    const strangerPage = await settle(() =>
      membersLoader({
        request: getRequest("/account/organisation", { cookie: stranger.cookie }),
        params: {},
        context: context(),
      }),
    );
    expect(await jsonBody(strangerPage)).toMatchObject({ manages: true, members: [] });
    const refused = await post(confirmAction, "/account/organisation", stranger.cookie, {
      organisationId: organisation!.id,
      userId: joiner.id,
      answer: "confirm",
    });
    expect(refused.status).toBe(403);
    expect(await jsonBody(refused)).toEqual({ error: "people:errors.unknownMembership", answer: null });

    const page = await settle(() =>
      membersLoader({
        request: getRequest("/account/organisation", { cookie: founder.cookie }),
        params: {},
        context: context(),
      }),
    );
    // Dates of requests are shown in the secretariat's zone (its newest consultation's), not UTC.
    expect(await jsonBody(page)).toMatchObject({
      manages: true,
      members: [{ userId: joiner.id }],
      zone: "Asia/Jakarta",
    });
    const confirmed = await post(confirmAction, "/account/organisation", founder.cookie, {
      organisationId: organisation!.id,
      userId: joiner.id,
      answer: "confirm",
    });
    expect(await jsonBody(confirmed)).toEqual({ error: null, answer: "confirm" });
    expect(await lastAudit()).toMatchObject({
      actorId: founder.id,
      action: "organisation.member_confirmed",
      subjectId: organisation!.id,
      details: { userId: joiner.id },
    });
    expect(
      await createSubmission(joiner, await target(), sentInput({ onBehalfOf: organisation!.id }), NOW),
    ).toMatchObject({ ok: true });
  });

  it("lets an admin confirm any pending member", async () => {
    const founder = await register(`f-${randomUUID()}@example.org`, {
      organisationMode: "new",
      organisationName: "Admin Confirms",
    });
    const [organisation] = await organisationsOf(founder.id);
    const joiner = await register(`j-${randomUUID()}@example.org`, {
      organisationMode: "existing",
      organisationId: organisation!.id,
    });
    const response = await post(organisationsAction, "/admin/organisations?intent=membership", admin, {
      organisationId: organisation!.id,
      userId: joiner.id,
      answer: "confirm",
    });
    expect(await jsonBody(response)).toMatchObject({ done: "confirmed" });
    expect(await organisationsOf(joiner.id)).toMatchObject([{ pending: false }]);
  });

  it("lets the manager or an admin decline a request to join, audited; the person stays an individual, and a member cannot be declined", async () => {
    const founder = await register(`f-${randomUUID()}@example.org`, {
      organisationMode: "new",
      organisationName: "Declines Strangers",
    });
    const [organisation] = await organisationsOf(founder.id);
    const joinAs = () =>
      register(`j-${randomUUID()}@example.org`, { organisationMode: "existing", organisationId: organisation!.id });
    const byManager = await joinAs();
    const declined = await post(confirmAction, "/account/organisation", founder.cookie, {
      organisationId: organisation!.id,
      userId: byManager.id,
      answer: "decline",
    });
    expect(await jsonBody(declined)).toEqual({ error: null, answer: "decline" });
    expect(await organisationsOf(byManager.id)).toEqual([]);
    expect(await lastAudit()).toMatchObject({
      actorId: founder.id,
      action: "organisation.member_declined",
      subjectId: organisation!.id,
      details: { userId: byManager.id },
    });
    expect(
      await createSubmission(byManager, await target(), sentInput({ onBehalfOf: organisation!.id }), NOW),
    ).toMatchObject({ ok: false });

    const byAdmin = await joinAs();
    const answered = await post(organisationsAction, "/admin/organisations?intent=membership", admin, {
      organisationId: organisation!.id,
      userId: byAdmin.id,
      answer: "decline",
    });
    expect(await jsonBody(answered)).toMatchObject({ done: "declined" });
    expect(await organisationsOf(byAdmin.id)).toEqual([]);

    const refused = await post(confirmAction, "/account/organisation", founder.cookie, {
      organisationId: organisation!.id,
      userId: founder.id,
      answer: "decline",
    });
    expect(refused.status).toBe(403);
    expect(await jsonBody(refused)).toEqual({ error: "people:errors.alreadyMember", answer: null });
    expect(await organisationsOf(founder.id)).toMatchObject([{ pending: false }]);
  });

  it("lets an admin rename an organisation, audited with both names, shown at once on its published input; a name taken in its country is refused next to the field", async () => {
    const founder = await register(`r-${randomUUID()}@example.org`, {
      organisationMode: "new",
      organisationName: "Yayasan Typo Sejahtra",
    });
    const [organisation] = await organisationsOf(founder.id);
    const section = await target();
    const sent = await createSubmission(
      founder,
      section,
      sentInput({ consent: "public_named", onBehalfOf: organisation!.id, body: "Rename test input." }),
      NOW,
    );
    if (!sent.ok) throw new Error("not sent");
    const { db } = await database();
    await db.update(schema.submissions).set({ status: "approved" }).where(eq(schema.submissions.authorId, founder.id));
    const shownAs = async () =>
      (await publishedInputForSection(section.section!.id)).items.find((item) => item.body === "Rename test input.")
        ?.organisationName;
    expect(await shownAs()).toBe("Yayasan Typo Sejahtra");

    const renamed = await post(organisationsAction, "/admin/organisations", admin, {
      intent: "rename",
      organisationId: organisation!.id,
      name: "  Yayasan   Sejahtera ",
    });
    expect(await jsonBody(renamed)).toMatchObject({ done: "rename" });
    expect(await shownAs()).toBe("Yayasan Sejahtera");
    expect(await lastAudit()).toMatchObject({
      action: "organisation.renamed",
      subjectId: organisation!.id,
      details: { from: "Yayasan Typo Sejahtra", to: "Yayasan Sejahtera" },
    });

    const other = await register(`r2-${randomUUID()}@example.org`, {
      organisationMode: "new",
      organisationName: "Another Body",
    });
    const [second] = await organisationsOf(other.id);
    const refused = await post(organisationsAction, "/admin/organisations", admin, {
      intent: "rename",
      organisationId: second!.id,
      name: "yayasan sejahtera",
    });
    expect(refused.status).toBe(400);
    expect(await jsonBody(refused)).toMatchObject({
      done: null,
      errors: { name: "people:errors.organisationNameTaken" },
      values: { name: "yayasan sejahtera" },
    });
    expect(await organisationsOf(other.id)).toMatchObject([{ name: "Another Body" }]);
  });

  it("shows a verified mark on the organisation's named input, on the section page and in review, once an admin verifies it", async () => {
    const founder = await register(`v-${randomUUID()}@example.org`, {
      organisationMode: "new",
      organisationName: "To Verify",
    });
    const [organisation] = await organisationsOf(founder.id);
    const section = await target();
    const references: string[] = [];
    for (const consent of ["public_named", "public_anonymous"] as const) {
      const sent = await createSubmission(
        founder,
        section,
        sentInput({ consent, onBehalfOf: organisation!.id, body: `Verified mark test, ${consent}.` }),
        NOW,
      );
      if (!sent.ok) throw new Error("not sent");
      references.push(sent.value.reference);
    }
    const { db } = await database();
    await db.update(schema.submissions).set({ status: "approved" }).where(eq(schema.submissions.authorId, founder.id));
    const marks = async () =>
      (await publishedInputForSection(section.section!.id)).items
        .filter((item) => item.body.startsWith("Verified mark test"))
        .map((item) => [item.body, item.organisationVerified]);
    expect(await marks()).toEqual(
      expect.arrayContaining([
        ["Verified mark test, public_named.", false],
        ["Verified mark test, public_anonymous.", false],
      ]),
    );

    const verified = await post(organisationsAction, "/admin/organisations", admin, {
      intent: "verify",
      organisationId: organisation!.id,
    });
    expect(await jsonBody(verified)).toMatchObject({ done: "verify" });
    expect(await lastAudit()).toMatchObject({ action: "organisation.verified", subjectId: organisation!.id });
    // Anonymous input names no organisation, so it carries no mark of one.
    expect(await marks()).toEqual(
      expect.arrayContaining([
        ["Verified mark test, public_named.", true],
        ["Verified mark test, public_anonymous.", false],
      ]),
    );
    const inReview = await reviewSubmission(section.consultation.id, references[1]!, "demo-moderator");
    expect(inReview).toMatchObject({ organisationVerified: true });
  });

  it("refuses a second organisation of the same name in the same country at registration", async () => {
    await register(`a-${randomUUID()}@example.org`, { organisationMode: "new", organisationName: "Pusat Studi Sama" });
    const second = await registerAccount(
      registerSchema.parse({
        name: "Second",
        email: `b-${randomUUID()}@example.org`,
        password: PASSWORD,
        preferredLanguage: "en",
        organisationMode: "new",
        organisationName: "pusat studi sama",
        organisationType: "think_tank",
        organisationCountry: "ID",
      }),
    );
    expect(second).toEqual({ ok: false, error: "validation.organisationExists", field: "organisationName" });
  });

  it("merges two records of one organisation: members and input move, the merge is recorded", async () => {
    const first = await register(`m1-${randomUUID()}@example.org`, {
      organisationMode: "new",
      organisationName: "Institut Satu",
    });
    const second = await register(`m2-${randomUUID()}@example.org`, {
      organisationMode: "new",
      organisationName: "Institut Satu (IS)",
    });
    const [from] = await organisationsOf(first.id);
    const [into] = await organisationsOf(second.id);
    const sent = await createSubmission(first, await target(), sentInput({ onBehalfOf: from!.id }), NOW);
    if (!sent.ok) throw new Error("not sent");

    const itself = await post(organisationsAction, "/admin/organisations", admin, {
      intent: "merge",
      fromId: into!.id,
      intoId: into!.id,
    });
    expect(await jsonBody(itself)).toMatchObject({ errors: { intoId: "people:errors.mergeIntoItself" } });

    const merged = await post(organisationsAction, "/admin/organisations", admin, {
      intent: "merge",
      fromId: from!.id,
      intoId: into!.id,
    });
    expect(await jsonBody(merged)).toMatchObject({ done: "merge" });
    expect(await organisationsOf(first.id)).toMatchObject([
      { id: into!.id, name: "Institut Satu (IS)", pending: false },
    ]);
    const { db } = await database();
    const [submission] = await db
      .select()
      .from(schema.submissions)
      .where(eq(schema.submissions.reference, sent.value.reference));
    expect(submission!.organisationId).toBe(into!.id);
    expect(await db.select().from(schema.organisations).where(eq(schema.organisations.id, from!.id))).toEqual([]);
    expect(await lastAudit()).toMatchObject({
      action: "organisation.merged",
      subjectId: into!.id,
      details: { from: { id: from!.id, name: "Institut Satu" }, membersMoved: 1, submissionsMoved: 1 },
    });
  });

  it("keeps one membership for a person in both, confirmed and managing if either was", async () => {
    const founder = await register(`b1-${randomUUID()}@example.org`, {
      organisationMode: "new",
      organisationName: "Dua Kali",
    });
    const other = await register(`b2-${randomUUID()}@example.org`, {
      organisationMode: "new",
      organisationName: "Dua Kali (2)",
    });
    const [from] = await organisationsOf(founder.id);
    const [into] = await organisationsOf(other.id);
    // The founder of one also asked to join the other, and waits there.
    const { db } = await database();
    await db.insert(schema.organisationMembers).values({ userId: founder.id, organisationId: into!.id });
    await post(organisationsAction, "/admin/organisations", admin, {
      intent: "merge",
      fromId: from!.id,
      intoId: into!.id,
    });
    const memberships = await db
      .select()
      .from(schema.organisationMembers)
      .where(eq(schema.organisationMembers.userId, founder.id));
    expect(memberships).toHaveLength(1);
    expect(memberships[0]).toMatchObject({ organisationId: into!.id, manages: true });
    expect(memberships[0]!.confirmedAt).not.toBeNull();
  });

  it("the send form offers a pending member only themselves, says why, and the send is refused on the organisation's behalf", async () => {
    const founder = await register(`s1-${randomUUID()}@example.org`, {
      organisationMode: "new",
      organisationName: "Lembaga Kirim",
    });
    const [organisation] = await organisationsOf(founder.id);
    const joiner = await register(`s2-${randomUUID()}@example.org`, {
      organisationMode: "existing",
      organisationId: organisation!.id,
    });
    // The route reads the server's clock: the consultation seeded at NOW is opened around it.
    const { db } = await database();
    await db
      .update(schema.consultations)
      .set({ opensAt: new Date(Date.now() - 86_400_000), closesAt: new Date(Date.now() + 86_400_000) })
      .where(eq(schema.consultations.slug, "ascc-post-2025"));
    const path = "/consultations/ascc-post-2025/send?section=2.2";
    const page = await settle(() =>
      sendLoader({
        request: getRequest(path, { cookie: joiner.cookie }),
        params: { slug: "ascc-post-2025" },
        context: context(),
      }),
    );
    expect(await jsonBody(page)).toMatchObject({ organisations: [], pendingOrganisations: ["Lembaga Kirim"] });
    const typed = {
      intent: "send",
      kind: "comment",
      stance: "support",
      body: "Written for an organisation the author is not yet confirmed in.",
      consent: "public_named",
      onBehalfOf: organisation!.id,
      idempotencyKey: randomUUID(),
      section: "2.2",
      attachmentId: "",
    };
    const response = await settle(() =>
      sendAction({
        request: multipartRequest(path, joiner.cookie, inputFormBody(typed)),
        params: { slug: "ascc-post-2025" },
        context: context(),
      }),
    );
    expect(response.status).toBe(400);
    expect(await jsonBody(response)).toMatchObject({
      step: "form",
      errors: { onBehalfOf: "validation.onBehalfOfPending" },
      values: { body: typed.body },
    });
  });
});
