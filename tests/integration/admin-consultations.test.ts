import type { LoaderFunctionArgs } from "@remix-run/node";
import { and, count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import {
  advancePhasesByClock,
  changePhase,
  createConsultation,
  updateConsultation,
} from "~/consultations/admin.server";
import { consultationSchema } from "~/consultations/admin-schema";
import { getConsultationOverview, getSection, listVisibleConsultations } from "~/consultations/consultations.server";
import { findInputTarget } from "~/consultations/lookups.server";
import { seedDemo } from "~/demo/seed.server";
import { loader as homeLoader } from "~/routes/_index";
import { action as createAction } from "~/routes/admin.consultations.new";
import { action as editAction } from "~/routes/admin.consultations.$slug";
import { loader as overviewLoader } from "~/routes/consultations.$slug._index";
import { loader as sectionLoader } from "~/routes/consultations.$slug.sections.$number";
import { loader as openDataLoader } from "~/routes/consultations.$slug.open-data._index";
import { loader as whatWeHeardLoader } from "~/routes/consultations.$slug.what-we-heard";
import { loader as reviewIndexLoader } from "~/routes/review._index";
import { context, formRequest, getRequest, jsonBody, settle } from "../helpers/requests";
import { loggedInCookie } from "../helpers/sessions";

const NOW = new Date("2026-12-03T03:00:00Z");
const admin = { id: "admin-under-test" };

// The form as an admin fills it in: dates on the consultation's wall clock (Asia/Jakarta, UTC+7).
const form = (overrides: Record<string, string> = {}) => ({
  slug: "youth-2027",
  referencePrefix: "YTH",
  titleEn: "Youth strategy 2027",
  titleId: "Strategi pemuda 2027",
  summaryEn: "What should the youth strategy say?",
  summaryId: "Apa yang perlu dimuat strategi pemuda?",
  descriptionEn: "The draft youth strategy.",
  descriptionId: "Rancangan strategi pemuda.",
  timeZone: "Asia/Jakarta",
  opensAt: "2026-12-10T09:00",
  closesAt: "2027-01-10T17:00",
  dataLicence: "CC-BY-4.0",
  ...overrides,
});
const fields = (overrides: Record<string, string> = {}) => consultationSchema.parse(form(overrides));

async function stored(slug: string) {
  const { db } = await database();
  const [row] = await db.select().from(schema.consultations).where(eq(schema.consultations.slug, slug));
  return row;
}

async function phaseEvents(consultationId: string) {
  const { db } = await database();
  return db
    .select()
    .from(schema.auditEvents)
    .where(
      and(
        eq(schema.auditEvents.subjectId, consultationId),
        eq(schema.auditEvents.action, "consultation.phase_changed"),
      ),
    );
}

async function consultationCount() {
  const [row] = await (await database()).db.select({ n: count() }).from(schema.consultations);
  return row!.n;
}

describe("creating and editing consultations", () => {
  it("creates a draft with its dates read in its time zone, an empty current version 1 and an audit event", async () => {
    expect(await createConsultation(admin, fields(), NOW)).toEqual({ ok: true, value: { slug: "youth-2027" } });
    const row = await stored("youth-2027");
    expect(row).toMatchObject({ phase: "draft", referencePrefix: "YTH", timeZone: "Asia/Jakarta" });
    expect(row!.opensAt.toISOString()).toBe("2026-12-10T02:00:00.000Z");
    expect(row!.closesAt.toISOString()).toBe("2027-01-10T10:00:00.000Z");
    const { db } = await database();
    const versions = await db
      .select()
      .from(schema.documentVersions)
      .where(eq(schema.documentVersions.consultationId, row!.id));
    expect(versions).toMatchObject([{ label: "1", isCurrent: true }]);
    const events = await db.select().from(schema.auditEvents).where(eq(schema.auditEvents.subjectId, row!.id));
    expect(events).toMatchObject([{ action: "consultation.created", actorId: admin.id }]);
  });

  it("edits the consultation and records which fields changed", async () => {
    await createConsultation(admin, fields(), NOW);
    const result = await updateConsultation(admin, "youth-2027", fields({ titleEn: "Youth plan 2027" }), NOW);
    expect(result).toEqual({ ok: true, value: { slug: "youth-2027" } });
    const row = await stored("youth-2027");
    expect(row!.titleEn).toBe("Youth plan 2027");
    const { db } = await database();
    const [event] = await db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "consultation.updated"));
    expect(event!.details).toEqual({ changed: ["titleEn"] });
  });

  it("refuses a slug another consultation has, on the slug field, and saves nothing", async () => {
    await createConsultation(admin, fields(), NOW);
    await createConsultation(admin, fields({ slug: "other-2027", referencePrefix: "OTH" }), NOW);
    expect(await createConsultation(admin, fields(), NOW)).toEqual({
      ok: false,
      error: "admin:validation.slugTaken",
      field: "slug",
    });
    expect(await updateConsultation(admin, "other-2027", fields(), NOW)).toMatchObject({ field: "slug" });
    expect(await consultationCount()).toBe(2);
    expect((await stored("other-2027"))!.titleEn).toBe("Youth strategy 2027");
  });

  it("refuses a reference prefix another consultation has, since references would clash", async () => {
    await createConsultation(admin, fields(), NOW);
    await createConsultation(admin, fields({ slug: "other-2027", referencePrefix: "OTH" }), NOW);
    const refusal = { ok: false, error: "admin:validation.prefixTaken", field: "referencePrefix" };
    expect(await createConsultation(admin, fields({ slug: "third-2027" }), NOW)).toEqual(refusal);
    expect(await updateConsultation(admin, "other-2027", fields({ slug: "other-2027" }), NOW)).toEqual(refusal);
    expect(await consultationCount()).toBe(2);
    expect((await stored("other-2027"))!.referencePrefix).toBe("OTH");
  });
});

describe("the admin's forms", () => {
  let adminCookie: string;
  beforeEach(async () => {
    await seedDemo((await database()).db);
    adminCookie = await loggedInCookie("admin@demo.masukan.test", "admin-demo-2026");
  });

  const post = (path: string, values: Record<string, string>, cookie: string, params: Record<string, string>) =>
    settle(
      async () =>
        (await (path.endsWith("/new") ? createAction : editAction)({
          request: formRequest(path, values, { cookie }),
          params,
          context: context(),
        })) as Response,
    );

  it("answers a taken slug with its error next to the slug and everything typed kept", async () => {
    const before = await consultationCount();
    const response = await post("/admin/consultations/new", form({ slug: "ascc-post-2025" }), adminCookie, {});
    expect(response.status).toBe(400);
    const body = await jsonBody<{ errors: Record<string, string>; values: Record<string, string> }>(response);
    expect(body.errors).toEqual({ slug: "admin:validation.slugTaken" });
    expect(body.values.titleId).toBe("Strategi pemuda 2027");
    expect(await consultationCount()).toBe(before);
  });

  it("refuses a closing date before the opening date, on the closing date, and saves nothing", async () => {
    const before = await consultationCount();
    const response = await post("/admin/consultations/new", form({ closesAt: "2026-12-01T09:00" }), adminCookie, {});
    expect(response.status).toBe(400);
    expect((await jsonBody<{ errors: Record<string, string> }>(response)).errors).toEqual({
      closesAt: "admin:validation.closesBeforeOpens",
    });
    expect(await consultationCount()).toBe(before);
    const edit = await post(
      "/admin/consultations/ascc-post-2025",
      form({ slug: "ascc-post-2025", opensAt: "2027-02-01T09:00", closesAt: "2027-01-01T09:00" }),
      adminCookie,
      { slug: "ascc-post-2025" },
    );
    expect(edit.status).toBe(400);
    expect((await stored("ascc-post-2025"))!.titleEn).toBe("ASCC Post-2025 Strategic Plan — stakeholder consultation");
  });

  it("refuses every admin action to a moderator, and changes nothing", async () => {
    const moderator = await loggedInCookie("moderator@demo.masukan.test", "moderator-demo-2026");
    const before = await consultationCount();
    expect((await post("/admin/consultations/new", form(), moderator, {})).status).toBe(403);
    const params = { slug: "ascc-post-2025" };
    const close = { change: "close" };
    expect((await post("/admin/consultations/ascc-post-2025?intent=phase", close, moderator, params)).status).toBe(403);
    expect((await post("/admin/consultations/ascc-post-2025", form(), moderator, params)).status).toBe(403);
    expect(await consultationCount()).toBe(before);
    expect((await stored("ascc-post-2025"))!.phase).toBe("open");
  });

  it("closes a consultation from the phase buttons", async () => {
    const response = await post("/admin/consultations/ascc-post-2025?intent=phase", { change: "close" }, adminCookie, {
      slug: "ascc-post-2025",
    });
    expect(response.status).toBe(302);
    expect((await stored("ascc-post-2025"))!.phase).toBe("closed");
  });
});

describe("phase changes", () => {
  it("opens a draft now, bringing its opening date forward, with one audit event", async () => {
    await createConsultation(admin, fields(), NOW);
    expect(await changePhase(admin, "youth-2027", "open", { confirmed: false, now: NOW })).toEqual({
      ok: true,
      value: { phase: "open" },
    });
    const row = await stored("youth-2027");
    expect(row!.opensAt).toEqual(NOW);
    expect(await phaseEvents(row!.id)).toMatchObject([{ actorId: admin.id, details: { from: "draft", to: "open" } }]);
  });

  it("reopens a published consultation only with the confirmation, and says so on the checkbox", async () => {
    await createConsultation(admin, fields(), NOW);
    for (const change of ["open", "close", "publish"] as const)
      await changePhase(admin, "youth-2027", change, { confirmed: false, now: NOW });
    await updateConsultation(admin, "youth-2027", fields({ opensAt: "2026-12-01T09:00" }), NOW);
    expect(await changePhase(admin, "youth-2027", "reopen", { confirmed: false, now: NOW })).toEqual({
      ok: false,
      error: "admin:validation.reopenNeedsConfirmation",
      field: "confirmReopen",
    });
    expect((await stored("youth-2027"))!.phase).toBe("published");
    expect(await changePhase(admin, "youth-2027", "reopen", { confirmed: true, now: NOW })).toMatchObject({
      ok: true,
    });
    expect((await stored("youth-2027"))!.phase).toBe("open");
  });

  it("refuses a change the phase does not allow, and changes nothing", async () => {
    await createConsultation(admin, fields(), NOW);
    expect(await changePhase(admin, "youth-2027", "publish", { confirmed: false, now: NOW })).toMatchObject({
      ok: false,
      error: "admin:validation.phaseChangeNotAllowed",
    });
    expect((await stored("youth-2027"))!.phase).toBe("draft");
  });
});

describe("the clock", () => {
  it("opens a draft set to open automatically at its opening time, then closes it, each once", async () => {
    await createConsultation(admin, fields({ opensAutomatically: "on" }), NOW);
    await createConsultation(admin, fields({ slug: "by-hand-2027", referencePrefix: "BYH" }), NOW);
    const id = (await stored("youth-2027"))!.id;

    expect(await advancePhasesByClock(new Date("2026-12-10T01:59:59Z"))).toEqual([]);
    const opening = new Date("2026-12-10T02:00:00Z");
    expect(await advancePhasesByClock(opening)).toEqual([{ id, slug: "youth-2027", from: "draft", to: "open" }]);
    expect(await advancePhasesByClock(opening)).toEqual([]);
    expect((await stored("by-hand-2027"))!.phase).toBe("draft");
    // Readers' version selector dates the first version from the day the consultation opened.
    const versions = await (await database()).db
      .select({
        consultationId: schema.documentVersions.consultationId,
        publishedAt: schema.documentVersions.publishedAt,
      })
      .from(schema.documentVersions);
    expect(versions).toEqual(
      expect.arrayContaining([
        { consultationId: id, publishedAt: opening },
        { consultationId: (await stored("by-hand-2027"))!.id, publishedAt: null },
      ]),
    );

    const closing = new Date("2027-01-10T10:00:00Z");
    expect(await advancePhasesByClock(closing)).toMatchObject([{ slug: "youth-2027", from: "open", to: "closed" }]);
    expect(await advancePhasesByClock(closing)).toEqual([]);
    expect((await stored("youth-2027"))!.phase).toBe("closed");
    expect(await phaseEvents(id)).toMatchObject([
      { actorId: null, details: { actor: "system", from: "draft", to: "open" } },
      { actorId: null, details: { actor: "system", from: "open", to: "closed" } },
    ]);
  });

  it("moves each consultation once when several servers tick at the same moment", async () => {
    await createConsultation(admin, fields({ opensAutomatically: "on" }), NOW);
    const opening = new Date("2026-12-10T02:00:00Z");
    const moves = await Promise.all([advancePhasesByClock(opening), advancePhasesByClock(opening)]);
    expect(moves.flat()).toHaveLength(1);
    expect(await phaseEvents((await stored("youth-2027"))!.id)).toHaveLength(1);
  });
});

describe("drafts", () => {
  it("are invisible on every public page", async () => {
    await seedDemo((await database()).db);
    await createConsultation(admin, fields({ opensAt: "2026-01-01T09:00" }), NOW);
    const { drafts, current, past } = await listVisibleConsultations(NOW);
    expect([...drafts, ...current, ...past].map((c) => c.slug)).not.toContain("youth-2027");
    expect(await getConsultationOverview("youth-2027", NOW)).toBeNull();
    expect(await getSection("youth-2027", "1", NOW)).toBeNull();
    expect(await findInputTarget("youth-2027", null, NOW)).toBeNull();
    const params = { slug: "youth-2027" };
    for (const [loader, path] of [
      [overviewLoader, "/consultations/youth-2027"],
      [whatWeHeardLoader, "/consultations/youth-2027/what-we-heard"],
      [openDataLoader, "/consultations/youth-2027/open-data"],
    ] as const) {
      const response = await settle(
        async () => (await loader({ request: getRequest(path), params, context: context() })) as Response,
      );
      expect(response.status, path).toBe(404);
    }
  });

  it("are shown to the working group, marked as drafts, and to no contributor", async () => {
    const { db } = await database();
    await seedDemo(db);
    await createConsultation(admin, fields(), NOW);
    const [version] = await db
      .select()
      .from(schema.documentVersions)
      .innerJoin(schema.consultations, eq(schema.consultations.id, schema.documentVersions.consultationId))
      .where(eq(schema.consultations.slug, "youth-2027"));
    await db.insert(schema.sections).values({
      versionId: version!.document_versions.id,
      position: 1,
      number: "1",
      headingEn: "Scope",
      bodyEn: "Text.",
    });
    const open = (loader: (args: LoaderFunctionArgs) => Promise<unknown>, path: string, cookie: string) =>
      settle(
        async () =>
          (await loader({
            request: getRequest(path, { cookie }),
            params: { slug: "youth-2027", number: "1" },
            context: context(),
          })) as Response,
      );
    const contributor = await loggedInCookie("contributor@demo.masukan.test", "contributor-demo-2026");
    const moderator = await loggedInCookie("moderator@demo.masukan.test", "moderator-demo-2026");
    const listed = async (cookie: string) =>
      ((await jsonBody(await open(homeLoader, "/", cookie))) as { drafts: { slug: string }[] }).drafts.map(
        (c) => c.slug,
      );
    expect(await listed(contributor)).toEqual([]);
    expect(await listed(moderator)).toEqual(["youth-2027"]);
    const queue = (await jsonBody(await open(reviewIndexLoader, "/review", moderator))) as {
      consultations: { slug: string; phase: string }[];
    };
    expect(queue.consultations).toContainEqual(expect.objectContaining({ slug: "youth-2027", phase: "draft" }));
    expect((await open(overviewLoader, "/consultations/youth-2027", contributor)).status).toBe(404);
    expect((await open(sectionLoader, "/consultations/youth-2027/sections/1", contributor)).status).toBe(404);
    const overview = await open(overviewLoader, "/consultations/youth-2027", moderator);
    expect(await jsonBody(overview)).toMatchObject({ phase: "draft", title: { en: "Youth strategy 2027" } });
    const section = await open(sectionLoader, "/consultations/youth-2027/sections/1", moderator);
    expect(await jsonBody(section)).toMatchObject({ consultation: { phase: "draft" }, section: { number: "1" } });
  });
});
