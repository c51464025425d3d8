import { and, eq, inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { consultationForReview } from "~/consultations/lookups.server";
import { setTheme } from "~/moderation/tags.server";
import { dashboardView } from "~/reports/dashboard.server";
import { themesOverview } from "~/summaries/overview.server";
import { action as themesAction, loader as themesLoader } from "~/routes/admin.consultations.$slug_.themes";
import { currentThemeModel, retrainThemeModel, suggestionsFor } from "~/themes/suggestions.server";
import { mergeThemes, setThemeRetired, taxonomyOf } from "~/themes/taxonomy.server";
import { seededReview } from "../helpers/demo";
import { context, formRequest, getRequest, jsonBody, settle } from "../helpers/requests";
import { loggedInCookie } from "../helpers/sessions";

// Issue 15, item 3: the secretariat's theme taxonomy (decision 038).
const SLUG = "ascc-post-2025";
const PAGE = `/admin/consultations/${SLUG}/themes`;
let consultationId: string;
let moderatorId: string;
let adminId: string;
let adminCookie: string;

beforeEach(async () => {
  ({ consultationId, moderatorId } = await seededReview());
  const { db } = await database();
  const [admin] = await db.select().from(schema.users).where(eq(schema.users.email, "admin@demo.masukan.test"));
  adminId = admin!.id;
  adminCookie = await loggedInCookie("admin@demo.masukan.test", "admin-demo-2026");
});

async function themeNamed(key: string, consultation = consultationId) {
  const { db } = await database();
  const [theme] = await db
    .select()
    .from(schema.themes)
    .where(and(eq(schema.themes.consultationId, consultation), eq(schema.themes.key, key)));
  return theme!;
}

async function someSubmissions(count: number) {
  const { db } = await database();
  const rows = await db
    .select({ id: schema.submissions.id })
    .from(schema.submissions)
    .where(eq(schema.submissions.consultationId, consultationId))
    .orderBy(schema.submissions.reference)
    .limit(count);
  return rows.map((row) => row.id);
}

async function tagsOf(themeId: string) {
  const { db } = await database();
  return db
    .select({
      submissionId: schema.submissionThemes.submissionId,
      source: schema.submissionThemes.source,
      confidence: schema.submissionThemes.confidence,
      addedBy: schema.submissionThemes.addedBy,
      addedAt: schema.submissionThemes.addedAt,
    })
    .from(schema.submissionThemes)
    .where(eq(schema.submissionThemes.themeId, themeId))
    .orderBy(schema.submissionThemes.submissionId);
}

async function clearTags(themeIds: string[]) {
  const { db } = await database();
  await db.delete(schema.submissionThemes).where(inArray(schema.submissionThemes.themeId, themeIds));
}

async function post(fields: Record<string, string>) {
  return settle(() =>
    themesAction({
      request: formRequest(PAGE, fields, { cookie: adminCookie }),
      params: { slug: SLUG },
      context: context(),
    }),
  );
}

async function eventsOf(action: string) {
  const { db } = await database();
  return db.select().from(schema.auditEvents).where(eq(schema.auditEvents.action, action));
}

describe("merging themes", () => {
  it("moves every tag to the surviving theme, keeping who tagged it, when, and whether it was a suggestion", async () => {
    const [from, into] = [await themeNamed("youth"), await themeNamed("gender_equality")];
    await clearTags([from.id, into.id]);
    const [a, b, both] = await someSubmissions(3);
    const moderator = { id: moderatorId };
    await setTheme(moderator, consultationId, [a!], "youth", { add: true, source: "suggested", confidence: 0.82 });
    await setTheme({ id: adminId }, consultationId, [b!], "youth", { add: true, source: "manual" });
    await setTheme(moderator, consultationId, [both!], "youth", { add: true, source: "manual" });
    await setTheme({ id: adminId }, consultationId, [both!], "gender_equality", {
      add: true,
      source: "suggested",
      confidence: 0.6,
    });
    const before = await tagsOf(from.id);
    const survivorsOwn = await tagsOf(into.id);
    const { db } = await database();
    await db.delete(schema.themeRetrainRequests);

    const response = await post({ intent: "merge", themeId: from.id, intoThemeId: into.id, confirm: "yes" });
    expect(response.status).toBe(200);
    const answer = await jsonBody<{ merged: { moved: number; alreadyTagged: number } }>(response);
    expect(answer.merged).toMatchObject({ moved: 2, alreadyTagged: 1 });

    expect(await tagsOf(from.id)).toEqual([]);
    const after = await tagsOf(into.id);
    // The two that had only "youth" arrive as they were; the one that had both keeps its "gender_equality" tag.
    const expected = [
      ...before.filter((tag) => tag.submissionId !== both),
      ...survivorsOwn.filter((tag) => tag.submissionId === both),
    ].sort((x, y) => x.submissionId.localeCompare(y.submissionId));
    expect(after).toEqual(expected);
    expect(after.find((tag) => tag.submissionId === a)).toMatchObject({ source: "suggested", addedBy: moderatorId });
    expect(after.find((tag) => tag.submissionId === a)?.confidence).toBeCloseTo(0.82);

    const merged = await themeNamed("youth");
    expect(merged.mergedIntoId).toBe(into.id);
    expect(merged.retiredAt).not.toBeNull();
    const [event] = await eventsOf("theme.merged");
    expect(event).toMatchObject({ actorId: adminId, subjectType: "theme", subjectId: from.id });
    expect(event?.details).toMatchObject({ key: "youth", into: "gender_equality", moved: 2, alreadyTagged: 1 });
    // The theme model learns again from the moved tags.
    const requests = await db.select().from(schema.themeRetrainRequests);
    expect(requests.map((request) => request.consultationId)).toContain(consultationId);
    // The queue's kept counts follow the tags.
    const found = (await consultationForReview(SLUG))!;
    const view = await dashboardView(found, new URLSearchParams({ status: "all" }));
    const count = (key: string) => view.counts!.theme[key] ?? 0;
    expect(count("gender_equality")).toBe(after.length);
    expect(count("youth")).toBe(0);
  });

  it("refuses to merge a theme into itself or into another consultation's, and changes nothing", async () => {
    const youth = await themeNamed("youth");
    const { db } = await database();
    const elsewhere = (await db.select().from(schema.themes)).find((row) => row.consultationId !== consultationId)!;
    const tagsBefore = await tagsOf(youth.id);

    const itself = await post({ intent: "merge", themeId: youth.id, intoThemeId: youth.id, confirm: "yes" });
    expect(itself.status).toBe(400);
    expect((await jsonBody<{ errors: Record<string, string> }>(itself)).errors).toEqual({
      intoThemeId: "taxonomy:errors.mergeIntoItself",
    });
    expect(await mergeThemes({ id: adminId }, consultationId, youth.id, youth.id)).toMatchObject({
      ok: false,
      error: "taxonomy:errors.mergeIntoItself",
    });
    const across = await post({ intent: "merge", themeId: youth.id, intoThemeId: elsewhere.id, confirm: "yes" });
    expect(across.status).toBe(400);
    expect((await jsonBody<{ errors: Record<string, string> }>(across)).errors).toEqual({
      intoThemeId: "taxonomy:errors.mergeOtherConsultation",
    });
    const unconfirmed = await post({
      intent: "merge",
      themeId: youth.id,
      intoThemeId: (await themeNamed("gender_equality")).id,
    });
    expect((await jsonBody<{ errors: Record<string, string> }>(unconfirmed)).errors).toEqual({
      confirm: "taxonomy:errors.confirmMerge",
    });

    expect(await tagsOf(youth.id)).toEqual(tagsBefore);
    expect((await themeNamed("youth")).retiredAt).toBeNull();
    expect(await eventsOf("theme.merged")).toEqual([]);
  });
});

describe("retiring a theme", () => {
  it("hides it from tagging and suggestions but keeps its tags in reports", async () => {
    const youth = await themeNamed("youth");
    const [tagged, untagged] = await someSubmissions(2);
    await clearTags([youth.id]);
    await setTheme({ id: moderatorId }, consultationId, [tagged!], "youth", { add: true, source: "manual" });
    // A stored model that knows the theme, held by this server: retiring must not wait for the next one.
    await retrainThemeModel(consultationId);
    expect((await currentThemeModel(consultationId)).themes.map((theme) => theme.key)).toContain("youth");

    expect((await post({ intent: "retire", themeId: youth.id })).status).toBe(302);
    expect((await eventsOf("theme.retired")).map((event) => event.subjectId)).toEqual([youth.id]);

    const refused = await setTheme({ id: moderatorId }, consultationId, [untagged!], "youth", {
      add: true,
      source: "manual",
    });
    expect(refused).toMatchObject({ ok: false, error: "taxonomy:errors.retiredForTagging" });
    const held = await currentThemeModel(consultationId);
    expect(held.themes.map((theme) => theme.key)).not.toContain("youth");
    expect((await suggestionsFor(consultationId, untagged!)).suggestions.map((s) => s.key)).not.toContain("youth");

    // Still a filter and a figure: its input stays tagged and counted.
    const found = (await consultationForReview(SLUG))!;
    expect(found.themes.find((theme) => theme.key === "youth")).toMatchObject({ retired: true });
    const view = await dashboardView(found, new URLSearchParams({ status: "all", theme: "youth" }));
    expect(view.error).toBeNull();
    expect(view.counts!.theme.youth).toBe(1);
    expect((await tagsOf(youth.id)).map((tag) => tag.submissionId)).toEqual([tagged]);
    const overview = await themesOverview(consultationId);
    expect(overview.themes.find((theme) => theme.key === "youth")).toMatchObject({ retired: true });

    expect((await setThemeRetired({ id: adminId }, consultationId, youth.id, false)).ok).toBe(true);
    expect((await setTheme({ id: moderatorId }, consultationId, [untagged!], "youth", byHand)).ok).toBe(true);
  });
});

const byHand = { add: true, source: "manual" } as const;

describe("creating, editing and ordering themes", () => {
  it("creates a theme with keywords in both languages, last in order, and audits it", async () => {
    const response = await post({
      intent: "create",
      key: "Digital-Inclusion",
      labelEn: "Digital inclusion",
      labelId: "Inklusi digital",
      descriptionEn: "Access to connectivity and skills.",
      descriptionId: "",
      keywordsEn: "broadband, digital literacy\nconnectivity, broadband",
      keywordsId: "literasi digital\ninternet",
    });
    expect(response.status).toBe(302);
    const created = await themeNamed("digital-inclusion");
    expect(created).toMatchObject({
      keywordsEn: ["broadband", "digital literacy", "connectivity"],
      keywordsId: ["literasi digital", "internet"],
      descriptionId: "",
    });
    const themes = await taxonomyOf(consultationId);
    expect(themes.at(-1)?.key).toBe("digital-inclusion");
    expect((await eventsOf("theme.created"))[0]).toMatchObject({ actorId: adminId, subjectId: created.id });
    // Its keywords speak for it at once.
    expect(
      (await currentThemeModel(consultationId)).themes.find((t) => t.key === "digital-inclusion")?.keywords,
    ).toEqual(["broadband", "digital literacy", "connectivity", "literasi digital", "internet"]);
  });

  it("refuses a taken key and a missing label on their fields, keeping what was typed", async () => {
    const response = await post({ intent: "create", key: "youth", labelEn: "Youth again", labelId: "" });
    expect(response.status).toBe(400);
    const answer = await jsonBody<{ errors: Record<string, string>; values: Record<string, string> }>(response);
    expect(answer.errors).toEqual({ labelId: "taxonomy:errors.labelMissing" });
    expect(answer.values.labelEn).toBe("Youth again");
    const taken = await post({ intent: "create", key: "youth", labelEn: "Youth again", labelId: "Pemuda lagi" });
    expect((await jsonBody<{ errors: Record<string, string> }>(taken)).errors).toEqual({
      key: "taxonomy:errors.keyTaken",
    });
  });

  it("edits a theme's texts and records what changed; moves it up and down", async () => {
    const youth = await themeNamed("youth");
    const response = await post({
      intent: "edit",
      themeId: youth.id,
      labelEn: youth.labelEn,
      labelId: youth.labelId,
      descriptionEn: youth.descriptionEn,
      descriptionId: youth.descriptionId,
      keywordsEn: "youth, young people",
      keywordsId: youth.keywordsId.join(", "),
    });
    expect(response.status).toBe(302);
    expect((await themeNamed("youth")).keywordsEn).toEqual(["youth", "young people"]);
    const [edited] = await eventsOf("theme.edited");
    expect(Object.keys((edited!.details as { changed: object }).changed)).toEqual(["keywordsEn"]);

    const order = async () => (await taxonomyOf(consultationId)).map((theme) => theme.key);
    const start = await order();
    const at = start.indexOf("youth");
    await post({ intent: at === 0 ? "down" : "up", themeId: youth.id });
    const moved = await order();
    expect(moved.indexOf("youth")).toBe(at === 0 ? 1 : at - 1);
    const first = (await themeNamed(moved[0]!)).id;
    const top = await post({ intent: "up", themeId: first });
    expect((await jsonBody<{ errors: Record<string, string> }>(top)).errors).toEqual({
      form: "taxonomy:errors.cannotMove",
    });
  });

  it("lists the themes for the page, retired and merged ones marked", async () => {
    const [youth, gender] = [await themeNamed("youth"), await themeNamed("gender_equality")];
    await mergeThemes({ id: adminId }, consultationId, youth.id, gender.id);
    const response = await settle(() =>
      themesLoader({ request: getRequest(PAGE, { cookie: adminCookie }), params: { slug: SLUG }, context: context() }),
    );
    const page = await jsonBody<{ themes: { key: string; mergedInto: string | null; retiredAt: string | null }[] }>(
      response,
    );
    expect(page.themes.find((theme) => theme.key === "youth")).toMatchObject({ mergedInto: "gender_equality" });
    expect(page.themes.find((theme) => theme.key === "gender_equality")).toMatchObject({
      mergedInto: null,
      retiredAt: null,
    });
  });
});
