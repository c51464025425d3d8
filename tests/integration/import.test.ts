import { readFileSync } from "node:fs";
import { and, asc, eq, like } from "drizzle-orm";
import JSZip from "jszip";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { seedDemo } from "~/demo/seed.server";
import { action as importAction, loader as importLoader } from "~/routes/admin.consultations.$slug_.import";
import { action as sectionsAction } from "~/routes/admin.consultations.$slug_.sections";
import { createDraftConsultation } from "../helpers/draft-consultation";
import { makeDocx } from "../helpers/docx";
import { loggedInCookie } from "../helpers/sessions";
import { BASE, context, formRequest, getRequest, jsonBody, settle } from "../helpers/requests";

const draft = readFileSync(new URL("../fixtures/two-language-draft.md", import.meta.url));
let admin: string;
let slug: string;
let versionId: string;

beforeEach(async () => {
  const { db } = await database();
  await seedDemo(db);
  admin = await loggedInCookie("admin@demo.masukan.test", "admin-demo-2026");
  ({ slug, versionId } = await createDraftConsultation(db));
});

function upload(name: string, bytes: Uint8Array | Buffer, language = "both", cookie = admin) {
  const form = new FormData();
  form.set("intent", "upload");
  form.set("language", language);
  form.set("file", new Blob([new Uint8Array(bytes)]), name);
  const request = new Request(`${BASE}/admin/consultations/${slug}/import`, {
    method: "POST",
    headers: { Origin: BASE, Cookie: cookie },
    body: form,
  });
  return settle(() => importAction({ request, params: { slug }, context: context() }) as Promise<Response>);
}

const post = (path: string, fields: Record<string, string>) =>
  settle(
    () =>
      (path === "import" ? importAction : sectionsAction)({
        request: formRequest(`/admin/consultations/${slug}/${path}`, fields, { cookie: admin }),
        params: { slug },
        context: context(),
      }) as Promise<Response>,
  );

async function savedSections() {
  const { db } = await database();
  return db
    .select({
      number: schema.sections.number,
      headingEn: schema.sections.headingEn,
      headingId: schema.sections.headingId,
      bodyEn: schema.sections.bodyEn,
    })
    .from(schema.sections)
    .where(eq(schema.sections.versionId, versionId))
    .orderBy(asc(schema.sections.position));
}

async function auditActions() {
  const { db } = await database();
  const rows = await db
    .select({ action: schema.auditEvents.action })
    .from(schema.auditEvents)
    .where(and(like(schema.auditEvents.action, "section%"), eq(schema.auditEvents.subjectId, versionId)))
    .orderBy(asc(schema.auditEvents.id));
  return rows.map((row) => row.action);
}

async function previewOf() {
  const response = await settle(
    () =>
      importLoader({
        request: getRequest(`/admin/consultations/${slug}/import`, { cookie: admin }),
        params: { slug },
        context: context(),
      }) as Promise<Response>,
  );
  return jsonBody<{ preview: { rows: { number: string; issue: string | null }[] } | null }>(response);
}

async function errorOf(response: Response) {
  expect(response.status).toBe(400);
  return (await jsonBody<{ errors: Record<string, string> }>(response)).errors;
}

describe("importing a draft", () => {
  it("previews a two-language Markdown file without saving, then confirms it into sections", async () => {
    expect((await upload("draft.md", draft)).status).toBe(302);
    expect(await savedSections()).toEqual([]);
    const { preview } = await previewOf();
    expect(preview?.rows.map((row) => row.number)).toEqual(["1", "1.1", "2.5", "3"]);

    expect((await post("import", { intent: "confirm" })).status).toBe(302);
    const saved = await savedSections();
    expect(saved.map((s) => [s.number, s.headingEn, s.headingId])).toEqual([
      ["1", "Introduction", "Pendahuluan"],
      ["1.1", "Purpose", "Tujuan"],
      ["2.5", "Scope", "Cakupan"],
      ["3", "Only in English", "Hanya dalam bahasa Indonesia"],
    ]);
    expect(saved[0]?.bodyEn).toContain("**Post-2025**");
    expect((await previewOf()).preview).toBeNull();
    expect(await auditActions()).toEqual(["sections.import_previewed", "sections.import_confirmed"]);
  });

  it("joins one file per language into one preview, flagging what only one has", async () => {
    await upload("en.md", Buffer.from("# Intro\nText\n# Scope\nMore"), "en");
    expect((await previewOf()).preview?.rows.map((row) => row.issue)).toEqual([null, null]);
    await upload("id.md", Buffer.from("# Pendahuluan\nTeks"), "id");
    expect((await previewOf()).preview?.rows.map((row) => [row.number, row.issue])).toEqual([
      ["1", null],
      ["2", "onlyEn"],
    ]);
  });

  it("imports a Word document: headings, lists, tables and bold", async () => {
    const docx = await makeDocx([
      { style: "Title", runs: ["ASCC draft"] },
      { style: "Heading1", runs: ["Introduction"] },
      { runs: ["The plan is ", { bold: "people-centred" }, "."] },
      { list: true, runs: ["Inclusive growth"] },
      { list: true, runs: ["Resilience"] },
      { style: "Heading2", runs: ["2.3 Scope"] },
      {
        table: [
          ["Area", "Lead"],
          ["Health", "ASCC"],
        ],
      },
    ]);
    expect((await upload("draft.docx", docx, "en")).status).toBe(302);
    await post("import", { intent: "confirm" });
    const saved = await savedSections();
    expect(saved.map((s) => [s.number, s.headingEn])).toEqual([
      ["1", "Introduction"],
      ["2.3", "Scope"],
    ]);
    expect(saved[0]?.bodyEn).toBe("The plan is **people-centred**.\n\n- Inclusive growth\n- Resilience");
    expect(saved[1]?.bodyEn).toBe("| Area | Lead |\n| --- | --- |\n| Health | ASCC |");
  });

  it("discards a preview, and saves nothing", async () => {
    await upload("draft.md", draft);
    expect((await post("import", { intent: "discard" })).status).toBe(302);
    expect((await previewOf()).preview).toBeNull();
    expect(await savedSections()).toEqual([]);
    expect(await auditActions()).toEqual(["sections.import_previewed", "sections.import_discarded"]);
  });

  it("refuses bad files with a clear message on the file field, and keeps nothing", async () => {
    const zip = async (parts: Record<string, string>) => {
      const archive = new JSZip();
      for (const [name, text] of Object.entries(parts)) archive.file(name, text);
      return archive.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    };
    const cases: [string, Uint8Array | Buffer, string, string][] = [
      ["plain.md", Buffer.from("Just a paragraph, no headings."), "en", "imports:errors.noHeadings"],
      ["twice.md", Buffer.from("# 2 One\n# 2 Two"), "en", "imports:errors.duplicateNumber"],
      ["paper.docx", Buffer.from("%PDF-1.7 renamed"), "en", "imports:errors.notZip"],
      [
        "cut.docx",
        (await zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>" })).subarray(0, 60),
        "en",
        "imports:errors.brokenPackage",
      ],
      [
        "bomb.docx",
        await zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "0".repeat(20_000_000) }),
        "en",
        "imports:errors.zipBomb",
      ],
      ["draft.odt", Buffer.from("PK"), "en", "imports:errors.odtRefused"],
    ];
    for (const [name, bytes, language, error] of cases)
      expect(await errorOf(await upload(name, bytes, language)), name).toEqual({ file: error });
    expect((await previewOf()).preview).toBeNull();
    expect(await auditActions()).toEqual([]);
  });

  it("refuses moderators, and an import once the consultation has opened", async () => {
    const moderator = await loggedInCookie("moderator@demo.masukan.test", "moderator-demo-2026");
    expect((await upload("draft.md", draft, "both", moderator)).status).toBe(403);
    const { db } = await database();
    await upload("draft.md", draft);
    await db.update(schema.consultations).set({ phase: "open" }).where(eq(schema.consultations.slug, slug));
    expect(await errorOf(await post("import", { intent: "confirm" }))).toEqual({ form: "imports:errors.notEditable" });
    expect(await savedSections()).toEqual([]);
  });
});

describe("editing sections", () => {
  const section = (number: string, headingEn: string) => ({
    intent: "save",
    number,
    headingEn,
    headingId: "",
    bodyEn: "Text",
    bodyId: "",
  });

  it("adds, edits, moves and removes sections, each audited", async () => {
    expect((await post("sections", section("1", "One"))).status).toBe(302);
    expect((await post("sections", section("2", "Two"))).status).toBe(302);
    expect(await errorOf(await post("sections", section("2", "Again")))).toEqual({
      number: "imports:errors.numberTaken",
    });
    const [, second] = await idsOfSections();
    expect((await post("sections", { intent: "up", sectionId: second! })).status).toBe(302);
    expect((await savedSections()).map((s) => s.number)).toEqual(["2", "1"]);
    expect((await post("sections", { ...section("2.1", "Two, renumbered"), sectionId: second! })).status).toBe(302);
    expect((await post("sections", { intent: "remove", sectionId: second! })).status).toBe(302);
    expect((await savedSections()).map((s) => [s.number, s.headingEn])).toEqual([["1", "One"]]);
    const { db } = await database();
    const events = await db
      .select({ action: schema.auditEvents.action })
      .from(schema.auditEvents)
      .where(like(schema.auditEvents.action, "section.%"));
    expect(events.map((e) => e.action).sort()).toEqual([
      "section.added",
      "section.added",
      "section.edited",
      "section.moved",
      "section.removed",
    ]);
  });

  it("previews a body without saving it, and refuses changes once the consultation has opened", async () => {
    const preview = await post("sections", { ...section("1", "One"), intent: "preview", bodyEn: "**bold**" });
    expect(preview.status).toBe(200);
    expect((await jsonBody<{ preview: { en: string } }>(preview)).preview.en).toContain("<strong>bold</strong>");
    expect(await savedSections()).toEqual([]);
    const { db } = await database();
    await db.update(schema.consultations).set({ phase: "open" }).where(eq(schema.consultations.slug, slug));
    expect(await errorOf(await post("sections", section("1", "One")))).toEqual({ form: "imports:errors.notEditable" });
  });
});

async function idsOfSections() {
  const { db } = await database();
  const rows = await db
    .select({ id: schema.sections.id })
    .from(schema.sections)
    .where(eq(schema.sections.versionId, versionId))
    .orderBy(asc(schema.sections.position));
  return rows.map((row) => row.id);
}
