import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { findInputTarget } from "~/consultations/lookups.server";
import { removeSection, sectionsForEditing } from "~/consultations/sections.server";
import { draftNewVersion, publishVersion, setInputFrozen } from "~/consultations/version-drafting.server";
import { pairValue } from "~/consultations/version-forms";
import { versionsPage } from "~/consultations/version-reads.server";
import { action as versionsAction, loader as versionsLoader } from "~/routes/admin.consultations.$slug_.versions";
import { action as sendAction } from "~/routes/consultations.$slug.send";
import { createSubmission } from "~/submissions/intake.server";
import { createDraftConsultation } from "../helpers/draft-consultation";
import { seededReview, sentInput } from "../helpers/demo";
import { acceptedAmendment } from "../helpers/versions";
import { BASE, context, getRequest, settle } from "../helpers/requests";
import { inputFormBody, loggedInCookie, multipartRequest } from "../helpers/sessions";

const SLUG = "ascc-post-2025";
const SECTION = "3.1";
const PAGE = `/admin/consultations/${SLUG}/versions`;
// After the seed (which uses the real clock), so the new version comes after the first in time too.
const NOW = new Date("2030-02-01T10:00:00Z");
let consultationId: string;
let moderatorId: string;
let adminId: string;

beforeEach(async () => {
  ({ consultationId, moderatorId } = await seededReview());
  const { db } = await database();
  const [admin] = await db.select().from(schema.users).where(eq(schema.users.email, "admin@demo.masukan.test"));
  adminId = admin!.id;
});

const admin = () => ({ id: adminId });
const accept = (quotedPassage: string, proposedText: string) =>
  acceptedAmendment({ consultationId, moderatorId, adminId }, SECTION, quotedPassage, proposedText);

/** Everything publishing may change: the versions, the mapping, the freeze. Equal before and after a refusal. */
async function publishingState() {
  const { db } = await database();
  const [versions, mappings, consultation] = await Promise.all([
    db.select().from(schema.documentVersions).where(eq(schema.documentVersions.consultationId, consultationId)),
    db.select().from(schema.sectionMappings),
    db.select().from(schema.consultations).where(eq(schema.consultations.id, consultationId)),
  ]);
  return { versions, mappings, consultation };
}

async function post(fields: [string, string][]) {
  const cookie = await loggedInCookie("admin@demo.masukan.test", "admin-demo-2026");
  const request = new Request(`${BASE}${PAGE}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE, Cookie: cookie },
    body: new URLSearchParams(fields).toString(),
  });
  return settle(() => versionsAction({ request, params: { slug: SLUG }, context: context() }));
}

async function versionAudit() {
  const { db } = await database();
  const events = await db.select().from(schema.auditEvents).where(eq(schema.auditEvents.actorId, adminId));
  return events.filter((event) => /^(version|consultation\.input)/.test(event.action)).map((event) => event.action);
}

describe("drafting the next version", () => {
  it("applies the accepted amendments whose passage matches once, lists the others as conflicts, and publishes only when all is settled", async () => {
    const applied = await accept(
      "Senior Officials Committee for the ASCC (SOCA)",
      "Senior Officials Committee for the ASCC (SOCA) and its working groups",
    );
    const ambiguous = await accept("sectoral bodies", "sector bodies");
    const overlapping = await accept("help sectoral bodies translate", "help sectoral bodies turn");
    const overlapped = await accept("translate the measures", "translate all the measures");

    expect(await draftNewVersion(admin(), SLUG, NOW)).toEqual({ ok: true, value: { label: "v2" } });
    expect(await draftNewVersion(admin(), SLUG, NOW)).toEqual({ ok: false, error: "versions:errors.alreadyDrafting" });
    const page = (await versionsPage(SLUG))!;
    const drafting = page.drafting!;
    expect(drafting.version).toMatchObject({ label: "v2", status: "drafting", isCurrent: false });
    expect(Object.fromEntries(drafting.outcomes.map((row) => [row.reference, [row.outcome, row.conflict]]))).toEqual({
      [applied.reference]: ["applied", null],
      [ambiguous.reference]: ["conflict", "passageAmbiguous"],
      [overlapping.reference]: ["conflict", "overlaps"],
      [overlapped.reference]: ["conflict", "overlaps"],
    });
    const v2Section = drafting.to.find((section) => section.number === SECTION)!;
    const v1Section = drafting.from.find((section) => section.number === SECTION)!;
    expect(v2Section.bodyEn).toContain("(SOCA) and its working groups** overseeing");
    expect(v2Section.bodyEn).toContain("help sectoral bodies translate the measures");
    expect(v1Section.bodyEn).not.toContain("working groups");
    // Every section is mapped to its copy; the readers still see version 1.
    expect(drafting.problems).toEqual([]);
    expect(page.current?.label).toBe("v1");

    // Conflicts open: refused, and nothing changed.
    const before = await publishingState();
    const refused = await post([["intent", "publish"]]);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { errors: Record<string, string> }).errors).toEqual({
      form: "versions:errors.conflictsOpen",
    });
    expect(await publishingState()).toEqual(before);

    // A resolution needs its note, which comes back with the error when missing.
    const noNote = await post([
      ["intent", "resolve"],
      ["reference", ambiguous.reference],
      ["note", " "],
    ]);
    expect(noNote.status).toBe(400);
    expect(((await noNote.json()) as { errors: Record<string, string> }).errors).toEqual({
      note: "errors.noteRequired",
    });
    for (const { reference } of [ambiguous, overlapping, overlapped]) {
      const resolved = await post([
        ["intent", "resolve"],
        ["reference", reference],
        ["note", "Applied by hand in 3.1."],
      ]);
      expect(resolved.headers.get("Location")).toBe(`${PAGE}?saved=resolve`);
    }

    // A section of version 1 left without a place in version 2: refused, named, nothing changed.
    const lastOfV2 = drafting.to.at(-1)!;
    const lastOfV1 = drafting.from.at(-1)!;
    expect(await removeSection(admin(), { slug: SLUG, label: "v2" }, lastOfV2.id)).toEqual({
      ok: true,
      value: undefined,
    });
    const unmapped = (await versionsPage(SLUG))!.drafting!;
    expect(unmapped.problems).toEqual([
      { key: "versions:problems.unmapped", values: { number: lastOfV1.number, from: "1", to: "2" } },
    ]);
    const beforeMapping = await publishingState();
    expect(await publishVersion(admin(), SLUG, NOW)).toEqual({ ok: false, error: "versions:errors.mappingIncomplete" });
    expect(await publishingState()).toEqual(beforeMapping);

    // The mapping form: every section to its copy, the last one removed.
    const pairs = unmapped.from.map((section): [string, string] => {
      const copy = unmapped.to.find((next) => next.number === section.number);
      return ["pair", pairValue(section.id, copy?.id ?? "removed")];
    });
    expect((await post([["intent", "mapping"], ...pairs])).status).toBe(302);
    expect((await versionsPage(SLUG))!.drafting!.problems).toEqual([]);

    expect(await publishVersion(admin(), SLUG, NOW)).toEqual({ ok: false, error: "versions:errors.changelogMissing" });
    const changelog = await post([
      ["intent", "changelog"],
      ["changelogEn", "Implementation names the working groups."],
      ["changelogId", "Pelaksanaan menyebut kelompok kerja."],
    ]);
    expect(changelog.status).toBe(302);

    await setInputFrozen(admin(), SLUG, true);
    const published = await post([["intent", "publish"]]);
    expect(published.headers.get("Location")).toBe(`${PAGE}?saved=publish`);
    const after = (await versionsPage(SLUG))!;
    expect(after.drafting).toBeNull();
    expect(after.versions.map((version) => [version.label, version.status, version.isCurrent])).toEqual([
      ["v1", "published", false],
      ["v2", "published", true],
    ]);
    const { db } = await database();
    const kinds = await db
      .select({ kind: schema.sectionMappings.kind })
      .from(schema.sectionMappings)
      .innerJoin(schema.sections, eq(schema.sections.id, schema.sectionMappings.fromSectionId))
      .where(eq(schema.sections.number, SECTION));
    expect(kinds).toEqual([{ kind: "changed" }]);
    const removed = await db
      .select({ kind: schema.sectionMappings.kind, to: schema.sectionMappings.toSectionId })
      .from(schema.sectionMappings)
      .where(eq(schema.sectionMappings.fromSectionId, lastOfV1.id));
    expect(removed).toEqual([{ kind: "removed", to: null }]);
    expect(await versionAudit()).toEqual([
      "version.drafted",
      "version.conflict_resolved",
      "version.conflict_resolved",
      "version.conflict_resolved",
      "version.mapping_saved",
      "version.changelog_saved",
      "consultation.input_frozen",
      "version.published",
    ]);
    // Input now goes to version 2's sections, and is taken again.
    const target = await findInputTarget(SLUG, SECTION, new Date());
    expect(target?.section?.id).toBe(v2Section.id);
    expect(target?.consultation.inputFrozen).toBe(false);
  });

  it("lists an amendment accepted after drafting as a conflict, so it is never silently left out", async () => {
    expect(await draftNewVersion(admin(), SLUG, NOW)).toMatchObject({ ok: true });
    const late = await accept("sectoral bodies translate", "sectoral bodies carry out");
    const drafting = (await versionsPage(SLUG))!.drafting!;
    expect(drafting.outcomes.map((row) => [row.reference, row.outcome, row.conflict])).toEqual([
      [late.reference, "conflict", "acceptedAfterDrafting"],
    ]);
    expect(drafting.to.find((section) => section.number === SECTION)!.bodyEn).not.toContain("carry out");
    const refused = await post([["intent", "publish"]]);
    expect(((await refused.json()) as { errors: Record<string, string> }).errors).toEqual({
      form: "versions:errors.conflictsOpen",
    });
  });

  it("shows the page to the secretariat with the draft's state", async () => {
    await draftNewVersion(admin(), SLUG, NOW);
    const cookie = await loggedInCookie("admin@demo.masukan.test", "admin-demo-2026");
    const response = await settle(() =>
      versionsLoader({
        request: getRequest(`${PAGE}?saved=draft`, { cookie }),
        params: { slug: SLUG },
        context: context(),
      }),
    );
    const page = (await response.json()) as { saved: string; drafting: { version: { label: string } } };
    expect(page.saved).toBe("draft");
    expect(page.drafting.version.label).toBe("v2");
  });

  it("lets the drafted version's sections be edited while the consultation is open", async () => {
    await draftNewVersion(admin(), SLUG, NOW);
    const { db } = await database();
    const [v2] = await db
      .select()
      .from(schema.documentVersions)
      .where(and(eq(schema.documentVersions.consultationId, consultationId), eq(schema.documentVersions.label, "v2")));
    const [section] = await sectionsForEditing(v2!.id);
    expect(await removeSection(admin(), { slug: SLUG, label: "v2" }, section!.id)).toEqual({
      ok: true,
      value: undefined,
    });
    // Version 1, which input points at, stays fixed.
    const [v1Section] = (await versionsPage(SLUG))!.drafting!.from;
    expect(await removeSection(admin(), { slug: SLUG, label: "v1" }, v1Section!.id)).toEqual({
      ok: false,
      error: "imports:errors.notEditable",
    });
  });

  it("refuses a new version while the consultation is still a draft", async () => {
    const { db } = await database();
    const draft = await createDraftConsultation(db);
    expect(await draftNewVersion(admin(), draft.slug, NOW)).toEqual({ ok: false, error: "versions:errors.stillDraft" });
  });
});

describe("freezing input while the next version is drafted", () => {
  it("refuses input on the current version with the text kept, until it is let in again", async () => {
    expect(await setInputFrozen(admin(), SLUG, true)).toEqual({ ok: false, error: "versions:errors.noDraft" });
    await draftNewVersion(admin(), SLUG, NOW);
    expect(
      (
        await post([
          ["intent", "freeze"],
          ["frozen", "true"],
        ])
      ).status,
    ).toBe(302);

    const contributor = await loggedInCookie("contributor@demo.masukan.test", "contributor-demo-2026");
    const path = `/consultations/${SLUG}/send?section=${SECTION}`;
    const typed = {
      intent: "preview",
      kind: "comment",
      stance: "support",
      body: "The plan should name the sub-regional bodies that do this work.",
      consent: "public_named",
      onBehalfOf: "individual",
      idempotencyKey: randomUUID(),
      section: SECTION,
      attachmentId: "",
    };
    const response = await settle(() =>
      sendAction({
        request: multipartRequest(path, contributor, inputFormBody(typed)),
        params: { slug: SLUG },
        context: context(),
      }),
    );
    expect(response.status).toBe(409);
    const answer = (await response.json()) as { errors: Record<string, string>; values: Record<string, string> };
    expect(answer.errors).toEqual({ form: "versions:errors.inputFrozen" });
    expect(answer.values).toMatchObject({ body: typed.body });
    // Intake refuses it too, whatever reaches it.
    const target = (await findInputTarget(SLUG, SECTION, new Date()))!;
    const sent = await createSubmission({ id: adminId, name: "Admin" }, target, sentInput({ section: SECTION }));
    expect(sent).toEqual({ ok: false, error: "versions:errors.inputFrozen" });

    expect(
      (
        await post([
          ["intent", "freeze"],
          ["frozen", "false"],
        ])
      ).status,
    ).toBe(302);
    expect((await findInputTarget(SLUG, SECTION, new Date()))!.consultation.inputFrozen).toBe(false);
    expect(await versionAudit()).toEqual([
      "version.drafted",
      "consultation.input_frozen",
      "consultation.input_unfrozen",
    ]);
  });
});
