import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { seedDemo } from "~/demo/seed.server";
import { findInputTarget } from "~/consultations/lookups.server";
import { countSubmissionsPerFacet } from "~/moderation/queue/counts.server";
import {
  action as editorAction,
  loader as editorLoader,
  meta as editorMeta,
} from "~/routes/review.$slug.themes.$theme";
import { buildDraft } from "~/summaries/draft.server";
import { figuresFor, themeFilter } from "~/summaries/figures.server";
import { themesOverview } from "~/summaries/overview.server";
import { whatWeHeard } from "~/summaries/report.server";
import { dismissSuggestion } from "~/themes/suggestions.server";
import type { SummaryForm } from "~/summaries/schema";
import { coverageOf } from "~/summaries/coverage.server";
import { sectionIdOf, themesOf } from "~/summaries/lists.server";
import { publishSummary } from "~/summaries/publishing.server";
import { findSummary, saveSummary, type SummaryTarget, versionsOf } from "~/summaries/versions.server";
import { context, formRequest, getRequest, settle } from "../helpers/requests";
import { loggedInCookie } from "../helpers/sessions";

const PAST = "ascc-blueprint-2025-review";
const MODERATOR = "demo-moderator";
const ADMIN = "demo-admin";

let past: { id: string; phase: "published"; opensAt: Date; closesAt: Date };
let labour: SummaryTarget;
let disaster: SummaryTarget;

beforeEach(async () => {
  const { db } = await database();
  await seedDemo(db);
  const target = (await findInputTarget(PAST, null, new Date()))!;
  past = target.consultation as typeof past;
  const themes = await db.select().from(schema.themes).where(eq(schema.themes.consultationId, past.id));
  const idOf = (key: string) => themes.find((theme) => theme.key === key)!.id;
  labour = { consultationId: past.id, themeId: idOf("labour_migrant_workers"), sectionId: null };
  disaster = { consultationId: past.id, themeId: idOf("disaster_resilience"), sectionId: null };
  // The demo publishes every theme's summary; these two start with none, as a working group would.
  for (const target of [labour, disaster])
    await db.delete(schema.themeSummaries).where(eq(schema.themeSummaries.themeId, target.themeId));
});

async function themeIdOf(key: string) {
  const { db } = await database();
  const [theme] = await db
    .select({ id: schema.themes.id })
    .from(schema.themes)
    .where(and(eq(schema.themes.consultationId, past.id), eq(schema.themes.key, key)));
  return theme!.id;
}

const form = (fields: Partial<SummaryForm> = {}): SummaryForm => ({
  intent: "save",
  bodyEn: "Respondents asked for portable social security.",
  bodyId: "Responden meminta jaminan sosial yang dapat dibawa.",
  enNotTranslated: false,
  idNotTranslated: false,
  baseNumber: 0,
  ...fields,
});

/** A submission of the past consultation in the given state, tagged with the given theme. */
async function referenceOf(target: SummaryTarget, where: { status: string; consent?: string; campaign?: boolean }) {
  const { db } = await database();
  const rows = await db
    .select({
      reference: schema.submissions.reference,
      status: schema.submissions.status,
      consent: schema.submissions.consent,
      group: schema.submissions.duplicateGroupId,
    })
    .from(schema.submissions)
    .innerJoin(schema.submissionThemes, eq(schema.submissionThemes.submissionId, schema.submissions.id))
    .where(and(eq(schema.submissionThemes.themeId, target.themeId)))
    .orderBy(schema.submissions.reference);
  const found = rows.find(
    (row) =>
      row.status === where.status &&
      (where.consent ? row.consent === where.consent : row.consent !== "private") &&
      (where.campaign === undefined || (row.group !== null) === where.campaign),
  );
  if (!found) throw new Error(`no ${JSON.stringify(where)} submission in the demo`);
  return found.reference;
}

describe("the themes overview", () => {
  it("counts approved untagged input the theme model suggests a theme for, until someone dismisses it", async () => {
    const { db } = await database();
    const [theme] = await db.select().from(schema.themes).where(eq(schema.themes.id, labour.themeId));
    const [tagged] = await db
      .select({ id: schema.submissions.id })
      .from(schema.submissions)
      .innerJoin(schema.submissionThemes, eq(schema.submissionThemes.submissionId, schema.submissions.id))
      .where(and(eq(schema.submissionThemes.themeId, labour.themeId), eq(schema.submissions.status, "approved")))
      .limit(1);
    const suggestedForLabour = async () =>
      (await themesOverview(past.id)).themes.find((row) => row.key === "labour_migrant_workers")!.suggestedUntagged;
    const before = await suggestedForLabour();
    await db.delete(schema.submissionThemes).where(eq(schema.submissionThemes.submissionId, tagged!.id));
    await db
      .update(schema.submissions)
      .set({ body: `${theme!.keywordsEn.join(", ")}: protect them in every ASEAN member state.`, language: "en" })
      .where(eq(schema.submissions.id, tagged!.id));
    expect(await suggestedForLabour()).toBe(before + 1);
    await dismissSuggestion(MODERATOR, past.id, tagged!.id, "labour_migrant_workers");
    expect(await suggestedForLabour()).toBe(before);
  });
});

describe("figures", () => {
  it("are the queue's own counts, with the campaign counted by its full size", async () => {
    const figures = await figuresFor(past.id, themeFilter("labour_migrant_workers"));
    const queue = await countSubmissionsPerFacet(past.id, themeFilter("labour_migrant_workers"));
    expect(figures.submissions).toBe(queue.status.approved);
    expect(figures.byStance).toEqual(queue.stance);
    expect(figures.byCountry).toEqual(queue.country);
    expect(figures.campaigns).toHaveLength(1);
    expect(figures.campaigns[0]?.size).toBe(96);
    expect(figures.submissions).toBeGreaterThan(96);
    expect(figures.organisations).toBeGreaterThan(5);
  });
});

describe("the draft", () => {
  it("is the same twice, quotes the campaign at most once and never private input", async () => {
    const first = await buildDraft(past.id, themeFilter("labour_migrant_workers"));
    const second = await buildDraft(past.id, themeFilter("labour_migrant_workers"));
    expect(second).toEqual(first);
    expect(first.choices.excerpts.length).toBeGreaterThanOrEqual(5);
    expect(first.choices.excerpts.filter((excerpt) => excerpt.groupSize > 1).length).toBeLessThanOrEqual(1);
    const { db } = await database();
    const privateOnes = await db
      .select({ reference: schema.submissions.reference })
      .from(schema.submissions)
      .where(and(eq(schema.submissions.consultationId, past.id), eq(schema.submissions.consent, "private")));
    const quoted = first.choices.excerpts.map((excerpt) => excerpt.reference);
    expect(privateOnes.length).toBeGreaterThan(0);
    expect(quoted.filter((reference) => privateOnes.some((row) => row.reference === reference))).toEqual([]);
    expect(first.markdown.en).toContain(`[${quoted[0]}]`);
    expect(first.markdown.id).toContain("Kelompok kerja membaca");
  });
});

describe("citations", () => {
  it("refuses rejected, withdrawn, private, other-theme and unknown input, naming each, and saves nothing", async () => {
    const rejected = await referenceOf(labour, { status: "rejected" });
    const inclusive = { ...labour, themeId: await themeIdOf("inclusive_development") };
    const withdrawn = await referenceOf(inclusive, { status: "withdrawn" });
    const privateOne = await referenceOf(labour, { status: "approved", consent: "private" });
    const otherTheme = await referenceOf(disaster, { status: "approved" });
    const saved = await saveSummary(
      MODERATOR,
      labour,
      form({
        bodyEn: `As [${rejected}] and [${privateOne}] said.`,
        bodyId: `Lihat [${otherTheme}] dan [ASCC-BP-1999-9999].`,
      }),
    );
    expect(saved).toEqual({
      saved: false,
      citations: {
        en: [
          { reference: rejected, problem: "rejected" },
          { reference: privateOne, problem: "private" },
        ],
        id: [
          { reference: otherTheme, problem: "otherTheme" },
          { reference: "ASCC-BP-1999-9999", problem: "unknown" },
        ],
      },
    });
    const withdrawnSave = await saveSummary(MODERATOR, inclusive, form({ bodyEn: `[${withdrawn}]`, baseNumber: 1 }));
    expect(withdrawnSave).toMatchObject({ citations: { en: [{ reference: withdrawn, problem: "withdrawn" }] } });
    expect(await findSummary(labour)).toBeNull();
  });

  it("accepts approved public input of the theme", async () => {
    const fine = await referenceOf(labour, { status: "approved", consent: "public_named" });
    expect(await saveSummary(MODERATOR, labour, form({ bodyEn: `As [${fine}] said.` }))).toEqual({
      saved: true,
      number: 1,
    });
  });
});

describe("coverage", () => {
  it("counts a cited campaign letter for its whole group and names the stances not yet cited", async () => {
    const letter = await referenceOf(labour, { status: "approved", campaign: true });
    const coverage = await coverageOf(labour, [`[${letter}]`]);
    expect(coverage.covered).toBe(96);
    expect(coverage.share).toBeCloseTo(96 / coverage.total, 5);
    expect(coverage.uncitedStances).toEqual(["neutral", "oppose", "support"]);
    expect(coverage.uncitedOrganisationTypes).toContain("think_tank");
  });
});

describe("versions and conflicts", () => {
  it("keeps every save as a version and refuses the second of two saves from the same version", async () => {
    expect(await saveSummary(MODERATOR, labour, form())).toEqual({ saved: true, number: 1 });
    expect(await saveSummary(MODERATOR, labour, form({ bodyEn: "Second.", baseNumber: 1 }))).toEqual({
      saved: true,
      number: 2,
    });
    const [mine, theirs] = await Promise.all([
      saveSummary(MODERATOR, labour, form({ bodyEn: "Mine, from version 2.", baseNumber: 2 })),
      saveSummary(ADMIN, labour, form({ bodyEn: "Theirs, from version 2.", baseNumber: 2 })),
    ]);
    const outcomes = [mine, theirs];
    expect(outcomes.filter((outcome) => outcome.saved)).toHaveLength(1);
    const refused = outcomes.find((outcome) => !outcome.saved);
    const winner = mine.saved ? "Mine, from version 2." : "Theirs, from version 2.";
    expect(refused).toMatchObject({ saved: false, conflict: { number: 3, bodyEn: winner } });
    const versions = await versionsOf((await findSummary(labour))!.id);
    expect(versions.map((version) => version.number)).toEqual([3, 2, 1]);
  });

  it("writes every save and publish into the audit log", async () => {
    await saveSummary(MODERATOR, labour, form());
    await publishSummary(MODERATOR, labour, past, 1);
    const { db } = await database();
    const events = await db
      .select({ action: schema.auditEvents.action, actor: schema.auditEvents.actorId })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.subjectId, (await findSummary(labour))!.id));
    expect(events.map((event) => event.action).sort()).toEqual(["summary.publish", "summary.save"]);
  });
});

describe("publishing", () => {
  it("needs both languages or the missing one marked, and readers keep the published version", async () => {
    await saveSummary(MODERATOR, labour, form({ bodyId: "" }));
    expect(await publishSummary(MODERATOR, labour, past, 1)).toEqual({
      ok: false,
      error: "summaries.missingLanguage",
      field: "id",
    });
    await saveSummary(
      MODERATOR,
      labour,
      form({ bodyEn: "Only in English.", bodyId: "", idNotTranslated: true, baseNumber: 1 }),
    );
    expect(await publishSummary(MODERATOR, labour, past, 2)).toEqual({ ok: true, value: { number: 2 } });
    await saveSummary(MODERATOR, labour, form({ bodyEn: "A newer draft, not published.", baseNumber: 2 }));
    const report = await whatWeHeard(PAST);
    const theme = report!.themes.find((shown) => shown.key === "labour_migrant_workers")!;
    expect(theme.own!.html.en).toContain("Only in English.");
    expect(theme.own!.html.id).toBeNull();
    expect(await publishSummary(MODERATOR, labour, past, 2)).toEqual({ ok: false, error: "summaries.notNewest" });
  });

  it("waits until the consultation is closed", async () => {
    const open = (await findInputTarget("ascc-post-2025", null, new Date()))!.consultation;
    const { db } = await database();
    const [theme] = await db.select().from(schema.themes).where(eq(schema.themes.consultationId, open.id)).limit(1);
    const target = { consultationId: open.id, themeId: theme!.id, sectionId: null };
    await saveSummary(MODERATOR, target, form());
    expect(await publishSummary(MODERATOR, target, open, 1)).toEqual({ ok: false, error: "summaries.notClosed" });
    expect((await findSummary(target))?.state).toBe("draft");
  });
});

describe("a published summary saved again", () => {
  it("reads as published with a newer draft in the overview and the editor, and readers keep the published text", async () => {
    await saveSummary(MODERATOR, labour, form());
    expect(await publishSummary(MODERATOR, labour, past, 1)).toEqual({ ok: true, value: { number: 1 } });
    await saveSummary(MODERATOR, labour, form({ bodyEn: "A newer draft, not published.", baseNumber: 1 }));
    const overviewRow = (await themesOverview(past.id)).themes.find((row) => row.key === "labour_migrant_workers")!;
    expect(overviewRow.summary.state).toBe("publishedWithDraft");
    const cookie = await loggedInCookie("moderator@demo.masukan.test", "moderator-demo-2026");
    const response = await settle(() =>
      editorLoader({
        request: getRequest(`/review/${PAST}/themes/labour_migrant_workers`, { cookie }),
        params: { slug: PAST, theme: "labour_migrant_workers" },
        context: context(),
      }),
    );
    expect(await response.json()).toMatchObject({ state: "publishedWithDraft", publishedNumber: 1, baseNumber: 2 });
    const report = (await whatWeHeard(PAST))!;
    const shown = report.themes.find((theme) => theme.key === "labour_migrant_workers")!;
    expect(shown.own!.html.en).toContain("portable social security");
  });
});

describe("a summary narrowed to a section", () => {
  it("is listed under its theme in the overview, and once published shown under its theme in the report, its section named", async () => {
    const section = await sectionWithApprovedInput(labour);
    const narrowed = { ...labour, sectionId: await sectionIdOf(past.id, section) };
    expect(
      await saveSummary(MODERATOR, narrowed, form({ bodyEn: "On this section, workers asked for care." })),
    ).toEqual({ saved: true, number: 1 });
    const listed = () =>
      themesOverview(past.id).then((overview) => overview.themes.find((row) => row.key === "labour_migrant_workers")!);
    const figures = await figuresFor(past.id, themeFilter("labour_migrant_workers", section));
    expect(figures.submissions).toBeGreaterThan(0);
    const row = await listed();
    expect(row.summary.state).toBe("none");
    expect(row.sections).toEqual([
      {
        section,
        figures,
        summary: { state: "draft", languages: ["en", "id"] },
        coverage: await coverageOf(narrowed, [form().bodyId, "On this section, workers asked for care."]),
      },
    ]);
    expect((await whatWeHeard(PAST))!.themes.map((theme) => theme.key)).not.toContain("labour_migrant_workers");

    expect(await publishSummary(MODERATOR, narrowed, past, 1)).toEqual({ ok: true, value: { number: 1 } });
    expect((await listed()).sections[0]!.summary.state).toBe("published");
    const report = (await whatWeHeard(PAST))!;
    const theme = report.themes.find((shown) => shown.key === "labour_migrant_workers")!;
    expect(theme.own).toBeNull();
    expect(theme.sections).toHaveLength(1);
    expect(theme.sections[0]).toMatchObject({ section, figures });
    expect(theme.sections[0]!.html.en).toContain("workers asked for care");
    // The theme keeps its place in the theme order.
    const themeOrder = (await themesOf(past.id)).map((shown) => shown.key);
    const keys = report.themes.map((shown) => shown.key);
    expect(keys).toEqual(themeOrder.filter((key) => keys.includes(key)));
  });
});

/** A section of the current draft with approved input of the theme. */
async function sectionWithApprovedInput(target: SummaryTarget) {
  const { db } = await database();
  const [row] = await db
    .select({ number: schema.sections.number })
    .from(schema.submissions)
    .innerJoin(schema.submissionThemes, eq(schema.submissionThemes.submissionId, schema.submissions.id))
    .innerJoin(schema.sections, eq(schema.sections.id, schema.submissions.sectionId))
    .innerJoin(schema.documentVersions, eq(schema.documentVersions.id, schema.sections.versionId))
    .where(
      and(
        eq(schema.submissionThemes.themeId, target.themeId),
        eq(schema.submissions.status, "approved"),
        eq(schema.documentVersions.isCurrent, true),
      ),
    )
    .orderBy(schema.sections.position)
    .limit(1);
  return row!.number;
}

describe("the public report", () => {
  it("links citations to the cited input as its consent allows, and never shows private input", async () => {
    const report = (await whatWeHeard(PAST))!;
    expect(report.themes.map((theme) => theme.key)).toEqual(["inclusive_development", "monitoring_data"]);
    const [first] = report.cited;
    expect(report.themes.some((theme) => theme.own?.html.en?.includes(`href="#cite-${first!.reference}"`))).toBe(true);
    expect(report.cited.every((item) => item.consent !== "private")).toBe(true);
    for (const item of report.cited) {
      if (item.consent === "public_anonymous") expect([item.authorName, item.organisationName]).toEqual([null, null]);
    }
    expect(await whatWeHeard("ascc-post-2025")).toBeNull();
  });
});

describe("the editor's routes", () => {
  const path = `/review/${PAST}/themes/labour_migrant_workers`;

  it("are the working group's only", async () => {
    const cookie = await loggedInCookie("contributor@demo.masukan.test", "contributor-demo-2026");
    const response = await settle(() =>
      editorAction({
        request: formRequest(path, { intent: "save", baseNumber: "0" }, { cookie }),
        params: { slug: PAST, theme: "labour_migrant_workers" },
        context: context(),
      }),
    );
    expect(response.status).toBe(403);
    expect(await findSummary(labour)).toBeNull();
  });

  it("title the editor with the theme's label in the reader's language, and its section when narrowed", async () => {
    const cookie = await loggedInCookie("moderator@demo.masukan.test", "moderator-demo-2026");
    const [theme] = await (await database()).db
      .select()
      .from(schema.themes)
      .where(eq(schema.themes.id, labour.themeId));
    const titleIn = async (language: "en" | "id", query: string) => {
      const response = await settle(() =>
        editorLoader({
          request: getRequest(`/review/${PAST}/themes/labour_migrant_workers${query}`, { cookie }),
          params: { slug: PAST, theme: "labour_migrant_workers" },
          context: context(),
        }),
      );
      const data = await response.json();
      const tags = editorMeta({
        data,
        error: undefined,
        matches: [{ id: "root", data: { language } }],
      } as unknown as Parameters<typeof editorMeta>[0]);
      return (tags[0] as { title: string }).title;
    };
    expect(await titleIn("id", "")).toBe(`Ringkasan: ${theme!.labelId} · Masukan`);
    expect(await titleIn("en", "")).toBe(`Summary: ${theme!.labelEn} · Masukan`);
    const [section] = await (await database()).db
      .select({ number: schema.sections.number })
      .from(schema.sections)
      .innerJoin(schema.documentVersions, eq(schema.documentVersions.id, schema.sections.versionId))
      .where(and(eq(schema.documentVersions.consultationId, past.id), eq(schema.documentVersions.isCurrent, true)));
    expect(await titleIn("id", `?section=${section!.number}`)).toBe(
      `Ringkasan: ${theme!.labelId}, bagian ${section!.number} · Masukan`,
    );
  });

  it("answer an unknown theme with 404 and keep the typed text on a refused save", async () => {
    const cookie = await loggedInCookie("moderator@demo.masukan.test", "moderator-demo-2026");
    const unknown = await settle(() =>
      editorLoader({
        request: getRequest(`/review/${PAST}/themes/nope`, { cookie }),
        params: { slug: PAST, theme: "nope" },
        context: context(),
      }),
    );
    expect(unknown.status).toBe(404);
    const rejected = await referenceOf(labour, { status: "rejected" });
    const typed = `My careful text citing [${rejected}].`;
    const response = await settle(() =>
      editorAction({
        request: formRequest(path, { intent: "save", baseNumber: "0", bodyEn: typed, bodyId: "" }, { cookie }),
        params: { slug: PAST, theme: "labour_migrant_workers" },
        context: context(),
      }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { values: { bodyEn: string }; answer: unknown };
    expect(body.values.bodyEn).toBe(typed);
    expect(body.answer).toMatchObject({ refused: "citations" });
  });

  it("refuse publishing with one language empty and unmarked, naming that language, and publish nothing", async () => {
    const cookie = await loggedInCookie("moderator@demo.masukan.test", "moderator-demo-2026");
    await saveSummary(MODERATOR, labour, form({ bodyId: "" }));
    const response = await settle(() =>
      editorAction({
        request: formRequest(path, { intent: "publish", baseNumber: "1" }, { cookie }),
        params: { slug: PAST, theme: "labour_migrant_workers" },
        context: context(),
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      answer: { refused: "publish", error: "summaries.missingLanguage", field: "id" },
    });
    expect((await findSummary(labour))?.publishedNumber).toBeNull();
  });
});
