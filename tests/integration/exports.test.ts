import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { database, queryRows, schema } from "#db/client.server";
import { registerAccount } from "~/auth/accounts.server";
import { organisationsOf } from "~/auth/organisations.server";
import { registerSchema } from "~/auth/schemas";
import { findInputTarget } from "~/consultations/lookups.server";
import { decide } from "~/moderation/decisions.server";
import { countSubmissionsPerFacet } from "~/moderation/queue/counts.server";
import { queueFilterSchema } from "~/moderation/queue/filters";
import { setTheme } from "~/moderation/tags.server";
import { EXPORT_COLUMNS } from "~/reports/columns";
import { csvHeader, sqlCsvLine } from "~/reports/csv";
import { sqlCsvStream } from "~/reports/formats.server";
import { exportRows, exportTexts, filteredSelection } from "~/reports/rows.server";
import { loader as openDataFileLoader } from "~/routes/consultations.$slug.open-data.$file";
import { loader as openDataPageLoader } from "~/routes/consultations.$slug.open-data._index";
import { loader as dashboardLoader } from "~/routes/review.$slug.dashboard";
import { action as exportAction, loader as exportLoader } from "~/routes/review.$slug.export";
import { createSubmission } from "~/submissions/intake.server";
import { INDIVIDUAL } from "~/submissions/schema";
import { publishSummary } from "~/summaries/publishing.server";
import { sectionIdOf as sectionIdIn } from "~/summaries/lists.server";
import { saveSummary } from "~/summaries/versions.server";
import { csvRecords, parseCsv } from "../helpers/csv";
import { seededReview } from "../helpers/demo";
import { context, formRequest, getRequest, settle } from "../helpers/requests";
import { loggedInCookie, newContributorCookie } from "../helpers/sessions";

const SLUG = "ascc-post-2025";
const ADMIN = ["admin@demo.masukan.test", "admin-demo-2026"] as const;
const MODERATOR = ["moderator@demo.masukan.test", "moderator-demo-2026"] as const;

let consultationId: string;
let moderatorId: string;

beforeEach(async () => {
  ({ consultationId, moderatorId } = await seededReview());
});

async function author(email: string, withOrganisation: boolean) {
  const result = await registerAccount(
    registerSchema.parse({
      name: `Name of ${email.split("@")[0]}`,
      email,
      password: "a long enough passphrase",
      preferredLanguage: "id",
      organisationMode: withOrganisation ? "new" : "individual",
      organisationName: `Yayasan ${email.split("@")[0]}`,
      organisationType: "civil_society",
      organisationCountry: "ID",
    }),
  );
  if (!result.ok) throw new Error("registration failed");
  const [organisation] = await organisationsOf(result.value.userId);
  return {
    id: result.value.userId,
    name: `Name of ${email.split("@")[0]}`,
    email,
    organisationId: organisation?.id ?? null,
  };
}

type Author = Awaited<ReturnType<typeof author>>;

async function send(from: Author, data: Record<string, unknown>) {
  const target = (await findInputTarget(SLUG, "2.4", new Date()))!;
  const result = await createSubmission(from, target, {
    kind: "comment",
    stance: "neutral",
    consent: "public_named",
    onBehalfOf: from.organisationId ?? INDIVIDUAL,
    section: "2.4",
    idempotencyKey: randomUUID(),
    language: "id",
    ...data,
  } as never);
  if (!result.ok) throw new Error("send failed");
  const { db } = await database();
  const [row] = await db
    .select()
    .from(schema.submissions)
    .where(eq(schema.submissions.reference, result.value.reference));
  return row!;
}

/**
 * Three submissions that between them fill every column: a named approved amendment whose text
 * starts like a formula, tagged by hand and from a suggestion, in a near-duplicate group of two;
 * a rejected private one; an approved anonymous one from an individual expert.
 */
async function threeSubmissions() {
  const named = await author("named@example.org", true);
  const hidden = await author("hidden@example.org", true);
  const expert = await author("expert@example.org", false);
  const amendment = await send(named, {
    kind: "amendment",
    stance: "support_with_changes",
    body: '=HYPERLINK("http://x.example") — usulan "perlindungan sosial", untuk pekerja migran,\ntermasuk yang tidak berdokumen.',
    quotedPassage: "pekerja migran",
    proposedText: "+ pekerja migran dan keluarganya",
  });
  const rejected = await send(hidden, {
    stance: "oppose",
    consent: "private",
    body: "@penyelenggara: masukan ini hanya untuk kelompok kerja dan tidak untuk dipublikasikan.",
  });
  const anonymous = await send(expert, {
    stance: "support",
    consent: "public_anonymous",
    language: "en",
    body: "-1 for the baseline indicators: they need disaggregated data by disability.",
  });
  const moderator = { id: moderatorId };
  await decide(moderator, consultationId, [amendment.id, anonymous.id], { intent: "approve" });
  await decide(moderator, consultationId, [rejected.id], { intent: "reject", reason: "spam" });
  await setTheme(moderator, consultationId, [amendment.id], "social_protection", { add: true, source: "manual" });
  await setTheme(moderator, consultationId, [amendment.id], "labour_migrant_workers", {
    add: true,
    source: "suggested",
    confidence: 0.8,
  });
  const { db } = await database();
  await db
    .update(schema.submissions)
    .set({ duplicateGroupId: amendment.id })
    .where(eq(schema.submissions.id, amendment.id));
  await db
    .update(schema.submissions)
    .set({ duplicateGroupId: amendment.id })
    .where(eq(schema.submissions.id, rejected.id));
  const stored = async (id: string) =>
    (await db.select().from(schema.submissions).where(eq(schema.submissions.id, id)))[0]!;
  return {
    authors: { named, hidden, expert },
    amendment: await stored(amendment.id),
    rejected: await stored(rejected.id),
    anonymous: await stored(anonymous.id),
  };
}

/** A CSV download's text, once its bytes are checked to start with the UTF-8 byte-order mark. */
async function csvText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.slice(3));
}

const iso = (date: Date | null) => (date ? `${date.toISOString().slice(0, 19)}Z` : "");

function exportPost(query: string, fields: Record<string, string>, cookie: string) {
  return settle(() =>
    exportAction({
      request: formRequest(`/review/${SLUG}/export${query}`, fields, { cookie }),
      params: { slug: SLUG },
      context: context(),
    }),
  );
}

/** A workbook downloaded by the export, read back with the library that wrote it. */
async function workbookOf(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

/** The summaries sheet's rows as text, its header first. */
function summaryRows(workbook: ExcelJS.Workbook): string[][] {
  const rows: string[][] = [];
  workbook.getWorksheet("summaries")!.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(Array.from({ length: 9 }, (_, index) => String(values[index + 1] ?? "")));
  });
  return rows;
}

async function themesInOrder() {
  const { db } = await database();
  return db
    .select()
    .from(schema.themes)
    .where(eq(schema.themes.consultationId, consultationId))
    .orderBy(schema.themes.position);
}

async function targetOf(key: string) {
  const theme = (await themesInOrder()).find((candidate) => candidate.key === key)!;
  return { consultationId, themeId: theme.id, sectionId: null as string | null };
}

const sectionIdOf = async (number: string) => (await sectionIdIn(consultationId, number))!;

async function firstSectionNumber() {
  const { db } = await database();
  const [section] = await db
    .select({ number: schema.sections.number })
    .from(schema.sections)
    .innerJoin(schema.documentVersions, eq(schema.documentVersions.id, schema.sections.versionId))
    .where(and(eq(schema.documentVersions.consultationId, consultationId), eq(schema.documentVersions.isCurrent, true)))
    .orderBy(schema.sections.position);
  return section!.number;
}

const version = (baseNumber: number, bodyEn: string) => ({
  intent: "save" as const,
  bodyEn,
  bodyId: "",
  enNotTranslated: false,
  idNotTranslated: true,
  baseNumber,
});

async function emailAudits() {
  const { db } = await database();
  return db
    .select()
    .from(schema.auditEvents)
    .where(
      and(eq(schema.auditEvents.action, "export.emails_included"), eq(schema.auditEvents.subjectId, consultationId)),
    );
}

describe("the working group's export", () => {
  it("writes every column of a filtered export to CSV, XLSX and JSON alike, a rejected and a private item included", async () => {
    const { authors, amendment, rejected, anonymous } = await threeSubmissions();
    const cookie = await loggedInCookie(...MODERATOR);
    const csvResponse = await exportPost("?status=all&section=2.4", { format: "csv" }, cookie);
    expect(csvResponse.status).toBe(200);
    expect(csvResponse.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(csvResponse.headers.get("Content-Disposition")).toContain(`${SLUG}-input.csv`);
    const text = await csvText(csvResponse);
    const headerLine = text.split("\r\n")[0]!;
    expect(headerLine.replaceAll('"', "")).toBe(
      "reference,sent_at,updated_at,decided_at,withdrawn_at,section,kind,stance,language,text,quoted_passage,proposed_text,author_name,organisation_name,organisation_type,organisation_country,status,rejection_reason,themes,duplicate_group,duplicate_group_size,consent",
    );
    const records = csvRecords(text);
    const byReference = new Map(records.map((record) => [record.reference, record]));
    const expected = {
      [amendment.reference]: {
        reference: amendment.reference,
        sent_at: iso(amendment.createdAt),
        updated_at: iso(amendment.updatedAt),
        decided_at: iso(amendment.decidedAt),
        withdrawn_at: "",
        section: "2.4",
        kind: "amendment",
        stance: "support_with_changes",
        language: "id",
        // A formula's first character is kept as text by the apostrophe; the Bahasa text and its line break stay intact.
        text: `'${amendment.body}`,
        quoted_passage: "pekerja migran",
        proposed_text: "'+ pekerja migran dan keluarganya",
        author_name: authors.named.name,
        organisation_name: "Yayasan named",
        organisation_type: "civil_society",
        organisation_country: "ID",
        status: "approved",
        rejection_reason: "",
        themes: "social_protection:manual; labour_migrant_workers:suggested",
        duplicate_group: amendment.id,
        duplicate_group_size: "2",
        consent: "public_named",
      },
      [rejected.reference]: {
        reference: rejected.reference,
        sent_at: iso(rejected.createdAt),
        updated_at: iso(rejected.updatedAt),
        decided_at: iso(rejected.decidedAt),
        withdrawn_at: "",
        section: "2.4",
        kind: "comment",
        stance: "oppose",
        language: "id",
        text: `'${rejected.body}`,
        quoted_passage: "",
        proposed_text: "",
        // Private input names neither its author nor its organisation, even to the working group's file.
        author_name: "",
        organisation_name: "",
        organisation_type: "civil_society",
        organisation_country: "ID",
        status: "rejected",
        rejection_reason: "spam",
        themes: "",
        duplicate_group: amendment.id,
        duplicate_group_size: "2",
        consent: "private",
      },
      [anonymous.reference]: {
        reference: anonymous.reference,
        sent_at: iso(anonymous.createdAt),
        updated_at: iso(anonymous.updatedAt),
        decided_at: iso(anonymous.decidedAt),
        withdrawn_at: "",
        section: "2.4",
        kind: "comment",
        stance: "support",
        language: "en",
        text: `'${anonymous.body}`,
        quoted_passage: "",
        proposed_text: "",
        author_name: "",
        organisation_name: "",
        organisation_type: "individual",
        organisation_country: "",
        status: "approved",
        rejection_reason: "",
        themes: "",
        duplicate_group: "",
        duplicate_group_size: "",
        consent: "public_anonymous",
      },
    };
    for (const [reference, record] of Object.entries(expected)) expect(byReference.get(reference)).toEqual(record);
    expect(records.every((record) => record.section === "2.4")).toBe(true);
    expect(text).not.toContain(authors.named.email);

    const xlsxResponse = await exportPost("?status=all&section=2.4", { format: "xlsx" }, cookie);
    expect(xlsxResponse.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsxResponse.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["submissions", "themes", "summaries"]);
    const sheetRows: string[][] = [];
    workbook.getWorksheet("submissions")!.eachRow((row) => {
      const values = row.values as (string | number | null | undefined)[];
      sheetRows.push(Array.from({ length: 22 }, (_, index) => String(values[index + 1] ?? "")));
    });
    const [header, ...rows] = sheetRows;
    expect(header!.join(",")).toBe(headerLine.replaceAll('"', ""));
    const sheetRecords = new Map(
      rows.map((row) => [row[0], Object.fromEntries(header!.map((name, index) => [name, row[index]]))]),
    );
    expect(sheetRecords.size).toBe(records.length);
    // The same cells as the CSV; a spreadsheet cell is text, never a formula, so it needs no apostrophe.
    const unneutralised = (record: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(record).map(([name, value]) => [name, value.startsWith("'") ? value.slice(1) : value]),
      );
    for (const [reference, record] of Object.entries(expected))
      expect(sheetRecords.get(reference)).toEqual(unneutralised(record));
    const themesSheet: string[] = [];
    workbook.getWorksheet("themes")!.eachRow((row) => {
      const values = row.values as unknown[];
      if (values[1] === "social_protection" || values[1] === "labour_migrant_workers")
        themesSheet.push(`${values[1]}=${values[4]}`);
    });
    // Each theme counted as often as the exported rows carry it: the amendment, and the demo's input on 2.4.
    const carrying = (key: string) =>
      records.filter((record) => (record.themes ?? "").split("; ").some((tag) => tag.startsWith(`${key}:`))).length;
    expect(themesSheet.sort()).toEqual([
      `labour_migrant_workers=${carrying("labour_migrant_workers")}`,
      `social_protection=${carrying("social_protection")}`,
    ]);

    const jsonResponse = await exportPost("?status=all&section=2.4", { format: "json" }, cookie);
    const document = (await jsonResponse.json()) as { filter: string; submissions: Record<string, unknown>[] };
    expect(document.filter).toBe("?status=all&section=2.4");
    const jsonByReference = new Map(document.submissions.map((record) => [record.reference, record]));
    expect(jsonByReference.get(amendment.reference)).toMatchObject({
      text: amendment.body,
      themes: ["social_protection:manual", "labour_migrant_workers:suggested"],
      duplicate_group_size: 2,
      withdrawn_at: null,
    });
    expect(jsonByReference.get(rejected.reference)).toMatchObject({ status: "rejected", rejection_reason: "spam" });
    expect(document.submissions).toHaveLength(records.length);
  });

  it("puts every theme's summary state and published text in the workbook's summaries sheet", async () => {
    const { db } = await database();
    const [consultation] = await db
      .select()
      .from(schema.consultations)
      .where(eq(schema.consultations.id, consultationId));
    const themes = await themesInOrder();
    const publishedAt = new Date(consultation!.closesAt.getTime() + 86_400_000);
    expect(
      await saveSummary(moderatorId, await targetOf("social_protection"), version(0, "Portable social security.")),
    ).toEqual({ saved: true, number: 1 });
    expect(
      await publishSummary(moderatorId, await targetOf("social_protection"), consultation!, 1, publishedAt),
    ).toEqual({ ok: true, value: { number: 1 } });
    // A newer draft after publishing: readers (and the sheet) still get the published text.
    await saveSummary(moderatorId, await targetOf("social_protection"), version(1, "A draft not yet published."));
    await saveSummary(moderatorId, await targetOf("labour_migrant_workers"), version(0, "Only a draft."));

    const cookie = await loggedInCookie(...MODERATOR);
    const workbook = await workbookOf(await exportPost("?status=all", { format: "xlsx" }, cookie));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["submissions", "themes", "summaries"]);
    const [header, ...records] = summaryRows(workbook);
    expect(header).toEqual([
      "theme",
      "section",
      "state",
      "published_text_en",
      "published_text_id",
      "en_not_translated",
      "id_not_translated",
      "published_at",
      "published_by",
    ]);
    const [moderator] = await db.select().from(schema.users).where(eq(schema.users.id, moderatorId));
    expect(records).toEqual(
      themes.map((theme) =>
        theme.key === "social_protection"
          ? [
              theme.key,
              "",
              "publishedWithDraft",
              "Portable social security.",
              "",
              "false",
              "true",
              iso(publishedAt),
              moderator!.name,
            ]
          : [theme.key, "", theme.key === "labour_migrant_workers" ? "draft" : "none", "", "", "", "", "", ""],
      ),
    );
  });

  it("lists on the summaries sheet only the summaries of the theme and section the filter covers", async () => {
    const section = await firstSectionNumber();
    const sectionTarget = { ...(await targetOf("social_protection")), sectionId: await sectionIdOf(section) };
    await saveSummary(moderatorId, await targetOf("social_protection"), version(0, "The whole theme."));
    await saveSummary(moderatorId, sectionTarget, version(0, "One section."));
    await saveSummary(moderatorId, await targetOf("labour_migrant_workers"), version(0, "Another theme."));
    const cookie = await loggedInCookie(...MODERATOR);
    const themeAndState = async (query: string) =>
      summaryRows(await workbookOf(await exportPost(query, { format: "xlsx" }, cookie)))
        .slice(1)
        .map((row) => row.slice(0, 3));

    expect(await themeAndState("?status=all&theme=social_protection")).toEqual([
      ["social_protection", "", "draft"],
      ["social_protection", section, "draft"],
    ]);
    expect(await themeAndState(`?status=all&theme=social_protection&section=${section}`)).toEqual([
      ["social_protection", section, "draft"],
    ]);
    // Every theme on one section: a theme without a summary there says so.
    const onSection = await themeAndState(`?status=all&section=${section}`);
    expect(onSection).toContainEqual(["social_protection", section, "draft"]);
    expect(onSection).toContainEqual(["labour_migrant_workers", section, "none"]);
    expect(onSection).toHaveLength((await themesInOrder()).length);
    expect(await themeAndState("?status=all&theme=untagged")).toEqual([]);
  });

  it("follows the filter: only what it matches", async () => {
    const { amendment, rejected, anonymous } = await threeSubmissions();
    const cookie = await loggedInCookie(...MODERATOR);
    const records = csvRecords(await csvText(await exportPost("?status=rejected", { format: "csv" }, cookie)));
    const references = records.map((record) => record.reference);
    expect(references).toContain(rejected.reference);
    expect(references).not.toContain(amendment.reference);
    expect(references).not.toContain(anonymous.reference);
    expect(records.every((record) => record.status === "rejected")).toBe(true);
  });

  it("counts on the themes sheet exactly the submissions on the submissions sheet", async () => {
    await threeSubmissions();
    const cookie = await loggedInCookie(...MODERATOR);
    const response = await exportPost(
      "?status=all&theme=social_protection&groups=collapse",
      { format: "xlsx" },
      cookie,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const submissionRows = workbook.getWorksheet("submissions")!.rowCount - 1;
    const perTheme = new Map<string, number>();
    workbook.getWorksheet("themes")!.eachRow((row, number) => {
      const values = row.values as unknown[];
      if (number > 1) perTheme.set(String(values[1]), Number(values[4]));
    });
    // Every copy of a group, each row counted under each of its themes (the demo's input included).
    const sheet = workbook.getWorksheet("submissions")!;
    const themesColumn = (sheet.getRow(1).values as unknown[]).indexOf("themes");
    const tagged = new Map<string, number>();
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      for (const tag of String(row.getCell(themesColumn).value ?? "")
        .split("; ")
        .filter(Boolean)) {
        const key = tag.split(":")[0]!;
        tagged.set(key, (tagged.get(key) ?? 0) + 1);
      }
    });
    expect(submissionRows).toBeGreaterThan(1);
    expect(perTheme.get("social_protection")).toBe(submissionRows);
    expect(tagged.get("social_protection")).toBe(submissionRows);
    expect(perTheme.get("labour_migrant_workers")).toBe(tagged.get("labour_migrant_workers"));
    expect(perTheme.get("labour_migrant_workers")).toBeGreaterThanOrEqual(1);
    expect(perTheme.get("untagged")).toBe(0);
  });

  it("reads every row across batches in sending order, however the batches fall", async () => {
    await threeSubmissions();
    const selection = await filteredSelection(consultationId, queueFilterSchema.parse({ status: "all" }), {
      emails: false,
    });
    const whole: string[] = [];
    for await (const batch of exportRows(selection, EXPORT_COLUMNS))
      whole.push(...batch.map((row) => String(row.reference)));
    const inTwos: string[] = [];
    for await (const batch of exportRows(selection, EXPORT_COLUMNS, 2)) {
      expect(batch.length).toBeLessThanOrEqual(2);
      inTwos.push(...batch.map((row) => String(row.reference)));
    }
    expect(inTwos).toEqual(whole);
    const lines: string[] = [];
    for await (const bytes of exportTexts(selection, sqlCsvLine(EXPORT_COLUMNS), { batchSize: 2 }))
      lines.push(new TextDecoder().decode(bytes));
    expect(csvRecords(csvHeader(EXPORT_COLUMNS) + lines.join("")).map((record) => record.reference)).toEqual(whole);
    expect(new Set(whole).size).toBe(whole.length);
    expect(whole.length).toBe(
      (await countSubmissionsPerFacet(consultationId, queueFilterSchema.parse({ status: "all" }))).status.all,
    );
  });

  it("streams: the first rows are sent while most batches are still unread, and the rest only as they are taken", async () => {
    await threeSubmissions();
    const selection = await filteredSelection(consultationId, queueFilterSchema.parse({ status: "all" }), {
      emails: false,
    });
    let read = 0;
    async function* counted(): AsyncGenerator<Uint8Array> {
      for await (const bytes of exportTexts(selection, sqlCsvLine(EXPORT_COLUMNS), { batchSize: 3 })) {
        read++;
        yield bytes;
      }
    }
    let taken = 0;
    let allowed = () => {};
    const drained = () => {
      taken++;
      return new Promise<void>((resolve) => {
        allowed = resolve;
      });
    };
    const reader = sqlCsvStream(EXPORT_COLUMNS, counted(), drained).getReader();
    const header = new TextDecoder().decode((await reader.read()).value);
    expect(header).toContain('"reference"');
    // The first batch waits until the response has taken the header.
    const firstBatch = reader.read();
    await new Promise((resolve) => setImmediate(resolve));
    expect(read).toBe(0);
    expect(taken).toBe(1);
    allowed();
    expect(csvRecords(csvHeader(EXPORT_COLUMNS) + new TextDecoder().decode((await firstBatch).value))).toHaveLength(3);
    expect(read).toBe(1);
    // Nothing more is read while the response has not taken that batch: memory holds one at a time.
    const secondBatch = reader.read();
    await new Promise((resolve) => setImmediate(resolve));
    expect(read).toBe(1);
    allowed();
    await secondBatch;
    expect(read).toBe(2);
    const total = (await countSubmissionsPerFacet(consultationId, queueFilterSchema.parse({ status: "all" }))).status
      .all;
    expect(total).toBeGreaterThan(6);
    await reader.cancel();
  });

  it("adds e-mail addresses only when an admin ticks the box, and records that export", async () => {
    const { authors } = await threeSubmissions();
    const moderator = await loggedInCookie(...MODERATOR);
    const refused = await exportPost("?status=all", { format: "csv", emails: "yes" }, moderator);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe(
      "Only an admin can export e-mail addresses. Export without them, or ask an admin.",
    );
    expect(await emailAudits()).toEqual([]);

    const admin = await loggedInCookie(...ADMIN);
    const without = await csvText(await exportPost("?status=all", { format: "csv" }, admin));
    expect(without).not.toContain(authors.named.email);
    expect(await emailAudits()).toEqual([]);

    const withEmails = csvRecords(
      await csvText(await exportPost("?status=all", { format: "csv", emails: "yes" }, admin)),
    );
    expect(withEmails.map((record) => record.email)).toEqual(
      expect.arrayContaining([authors.named.email, authors.hidden.email, authors.expert.email]),
    );
    const [audit, ...more] = await emailAudits();
    expect(more).toEqual([]);
    const { db } = await database();
    const [adminRow] = await db.select().from(schema.users).where(eq(schema.users.email, ADMIN[0]));
    expect(audit).toMatchObject({
      actorId: adminRow!.id,
      subjectType: "consultation",
      details: { format: "csv", filter: "?status=all" },
    });

    // A link's download never carries e-mail addresses, whatever its address says.
    const linked = await settle(() =>
      exportLoader({
        request: getRequest(`/review/${SLUG}/export?status=all&format=csv&emails=yes`, { cookie: admin }),
        params: { slug: SLUG },
        context: context(),
      }),
    );
    expect(await linked.text()).not.toContain(authors.named.email);
    expect(await emailAudits()).toHaveLength(1);
  });

  it("is the working group's only: contributors are refused, visitors sent to log in, unknown consultations not found", async () => {
    await threeSubmissions();
    const contributor = await newContributorCookie();
    expect((await exportPost("?status=all", { format: "csv" }, contributor)).status).toBe(403);
    const visitor = await exportPost("?status=all", { format: "csv" }, "");
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("Location")).toMatch(/^\/login\?/);
    const moderator = await loggedInCookie(...MODERATOR);
    const unknown = await settle(() =>
      exportAction({
        request: formRequest("/review/no-such-consultation/export", { format: "csv" }, { cookie: moderator }),
        params: { slug: "no-such-consultation" },
        context: context(),
      }),
    );
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).not.toContain("ASCC");
  });

  it("refuses an unknown filter or format with a sentence saying so, and exports nothing", async () => {
    await threeSubmissions();
    const moderator = await loggedInCookie(...MODERATOR);
    const badFilter = await exportPost("?status=everything", { format: "csv" }, moderator);
    expect(badFilter.status).toBe(400);
    expect(await badFilter.text()).toBe("One of the filters has a value we do not know. The filters were reset.");
    const otherTheme = await exportPost("?theme=not-a-theme", { format: "csv" }, moderator);
    expect(otherTheme.status).toBe(400);
    const badFormat = await exportPost("", { format: "pdf" }, moderator);
    expect(badFormat.status).toBe(400);
    expect(await badFormat.text()).toBe("Choose one of the formats: CSV, Excel workbook (XLSX) or JSON.");
  });
});

describe("the dashboard", () => {
  it("shows the numbers the shared counting function gives for the same filter, and refuses an unknown one", async () => {
    await threeSubmissions();
    const cookie = await loggedInCookie(...MODERATOR);
    const response = await settle(() =>
      dashboardLoader({
        request: getRequest(`/review/${SLUG}/dashboard?status=all&language=id`, { cookie }),
        params: { slug: SLUG },
        context: context(),
      }),
    );
    const view = (await response.json()) as {
      counts: Record<string, Record<string, number>>;
      tagging: { tagged: number; untagged: number };
      overTime: { start: string; count: number }[];
      canIncludeEmails: boolean;
    };
    const counts = await countSubmissionsPerFacet(
      consultationId,
      queueFilterSchema.parse({ status: "all", language: "id" }),
    );
    expect(view.counts).toEqual(counts);
    expect(view.counts.status).toMatchObject({ approved: expect.any(Number), rejected: expect.any(Number) });
    expect(view.tagging.tagged + view.tagging.untagged).toBe(counts.language.id);
    expect(view.overTime.reduce((sum, point) => sum + point.count, 0)).toBe(counts.language.id);
    expect(view.canIncludeEmails).toBe(false);

    const searched = await settle(() =>
      dashboardLoader({
        request: getRequest(`/review/${SLUG}/dashboard?status=all&q=usulan`, { cookie }),
        params: { slug: SLUG },
        context: context(),
      }),
    );
    expect(searched.status).toBe(200);
    expect(((await searched.json()) as typeof view).counts.status).toMatchObject({ approved: 1 });

    const wrong = await settle(() =>
      dashboardLoader({
        request: getRequest(`/review/${SLUG}/dashboard?stance=angry`, { cookie }),
        params: { slug: SLUG },
        context: context(),
      }),
    );
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: string; counts: unknown }).counts).toBeNull();
  });

  it("counts every copy of a near-duplicate group when the queue shows groups folded, as its charts do", async () => {
    await threeSubmissions();
    const cookie = await loggedInCookie(...MODERATOR);
    const response = await settle(() =>
      dashboardLoader({
        request: getRequest(`/review/${SLUG}/dashboard?status=all&groups=collapse`, { cookie }),
        params: { slug: SLUG },
        context: context(),
      }),
    );
    const view = (await response.json()) as {
      counts: Record<string, Record<string, number>>;
      tagging: { tagged: number; untagged: number };
    };
    const everyCopy = await countSubmissionsPerFacet(consultationId, queueFilterSchema.parse({ status: "all" }));
    expect(view.counts).toEqual(everyCopy);
    expect(view.tagging.tagged + view.tagging.untagged).toBe(
      Object.values(everyCopy.language).reduce((sum, n) => sum + n, 0),
    );
  });

  it("shows each theme's summary state, as the themes overview does", async () => {
    const { db } = await database();
    const themes = await db
      .select()
      .from(schema.themes)
      .where(eq(schema.themes.consultationId, consultationId))
      .orderBy(schema.themes.position);
    const drafted = themes.find((theme) => theme.key === "social_protection")!;
    const saved = await saveSummary(
      moderatorId,
      { consultationId, themeId: drafted.id, sectionId: null },
      {
        intent: "save",
        bodyEn: "Respondents asked for portable social security.",
        bodyId: "",
        enNotTranslated: false,
        idNotTranslated: false,
        baseNumber: 0,
      },
    );
    expect(saved).toMatchObject({ saved: true });
    const cookie = await loggedInCookie(...MODERATOR);
    const response = await settle(() =>
      dashboardLoader({
        request: getRequest(`/review/${SLUG}/dashboard?status=all`, { cookie }),
        params: { slug: SLUG },
        context: context(),
      }),
    );
    const view = (await response.json()) as { summaries: { key: string; state: string }[] };
    expect(view.summaries).toEqual(
      themes.map((theme) => ({ key: theme.key, state: theme.key === "social_protection" ? "draft" : "none" })),
    );
  });
});

describe("open data", () => {
  it("publishes approved input as its authors allowed: no private text, no names for anonymous input, no e-mail", async () => {
    const { authors, amendment, rejected, anonymous } = await threeSubmissions();
    const { db } = await database();
    // Approved but private: counted, never published.
    const privateApproved = await send(authors.hidden, {
      consent: "private",
      body: "Masukan yang disetujui tetapi penulisnya tidak ingin dipublikasikan sama sekali.",
    });
    await decide({ id: moderatorId }, consultationId, [privateApproved.id], { intent: "approve" });
    // A group named after its rejected member: the public learns neither its id nor that it exists.
    await db
      .update(schema.submissions)
      .set({ duplicateGroupId: rejected.id })
      .where(inArray(schema.submissions.id, [amendment.id, rejected.id]));
    const response = await settle(() =>
      openDataFileLoader({
        request: getRequest(`/consultations/${SLUG}/open-data/submissions.csv`),
        params: { slug: SLUG, file: "submissions.csv" },
        context: context(),
      }),
    );
    expect(response.status).toBe(200);
    const text = await csvText(response);
    const records = new Map(csvRecords(text).map((record) => [record.reference, record]));
    expect(records.has(rejected.reference)).toBe(false);
    expect(records.has(privateApproved.reference)).toBe(false);
    expect(text).not.toContain("tidak ingin dipublikasikan");
    expect(text).not.toContain("@example.org");
    expect(text.split("\r\n")[0]).not.toMatch(/email|status|rejection/);
    expect(records.get(amendment.reference)).toMatchObject({
      author_name: authors.named.name,
      organisation_name: "Yayasan named",
      themes: "social_protection; labour_migrant_workers",
      // The group's approved members: the rejected copy is not counted.
      duplicate_group: amendment.reference,
      duplicate_group_size: "1",
    });
    expect(text).not.toContain(rejected.id);
    expect(records.get(anonymous.reference)).toMatchObject({
      author_name: "",
      organisation_name: "",
      organisation_type: "individual",
      consent: "public_anonymous",
    });
    const [approved] = await db
      .select({ id: schema.submissions.id })
      .from(schema.submissions)
      .where(eq(schema.submissions.reference, anonymous.reference));
    expect(approved).toBeDefined();

    const json = await settle(() =>
      openDataFileLoader({
        request: getRequest(`/consultations/${SLUG}/open-data/submissions.json`),
        params: { slug: SLUG, file: "submissions.json" },
        context: context(),
      }),
    );
    const document = (await json.json()) as { licence: string; submissions: { reference: string }[] };
    expect(document.licence).toBe("CC-BY-4.0");
    expect(document.submissions.map((record) => record.reference).sort()).toEqual([...records.keys()].sort());
  });

  it("documents every column and states the consultation's licence", async () => {
    const page = await settle(() =>
      openDataPageLoader({
        request: getRequest(`/consultations/${SLUG}/open-data`),
        params: { slug: SLUG },
        context: context(),
      }),
    );
    const data = (await page.json()) as { licence: { identifier: string; url: string }; columns: string[] };
    expect(data.licence).toMatchObject({
      identifier: "CC-BY-4.0",
      url: "https://creativecommons.org/licenses/by/4.0/",
    });
    expect(data.columns).toContain("organisation_type");
    const { db } = await database();
    await db
      .update(schema.consultations)
      .set({ dataLicence: "CC0-1.0" })
      .where(eq(schema.consultations.id, consultationId));
    const changed = (await (
      await settle(() =>
        openDataPageLoader({
          request: getRequest(`/consultations/${SLUG}/open-data`),
          params: { slug: SLUG },
          context: context(),
        }),
      )
    ).json()) as { licence: { identifier: string } };
    expect(changed.licence.identifier).toBe("CC0-1.0");
    const missing = await settle(() =>
      openDataFileLoader({
        request: getRequest(`/consultations/${SLUG}/open-data/passwords.csv`),
        params: { slug: SLUG, file: "passwords.csv" },
        context: context(),
      }),
    );
    expect(missing.status).toBe(404);
  });
});

describe("CSV cells, as PostgreSQL writes them", () => {
  async function cells(values: (string | null)[]): Promise<string[]> {
    const { db } = await database();
    const columns = values.map((value, index) => ({
      name: `c${index}`,
      kind: "text" as const,
      value: sql`${value}::text`,
    }));
    const rows = await queryRows<{ line: string }>(db, sql`select ${sqlCsvLine(columns)} as line`);
    return parseCsv(rows[0]!.line)[0]!;
  }

  it("keeps a text that a spreadsheet would run as a formula as text, by a leading apostrophe", async () => {
    const starts = ["=", "+", "-", "@", "\t", "\r"];
    expect(await cells(starts.map((start) => `${start}SUM(A1:A9)`))).toEqual(
      starts.map((start) => `'${start}SUM(A1:A9)`),
    );
    expect(await cells(["  =HYPERLINK(1)", "\nnext", "a = b, and -1"])).toEqual([
      "'  =HYPERLINK(1)",
      "'\nnext",
      "a = b, and -1",
    ]);
  });

  it("quotes text, doubles its quotes, keeps line breaks and Bahasa letters; numbers, lists and empty cells", async () => {
    const { db } = await database();
    const columns = [
      { name: "a", kind: "text" as const, value: sql`${'Kata "inklusif"'}::text` },
      { name: "b", kind: "text" as const, value: sql`${"baris satu\nbaris dua, pemuda"}::text` },
      { name: "c", kind: "number" as const, value: sql`278` },
      { name: "d", kind: "text" as const, value: sql`null::text` },
      { name: "e", kind: "list" as const, value: sql`array['a:manual', 'b:suggested']` },
      { name: "f", kind: "number" as const, value: sql`null::int` },
    ];
    const rows = await queryRows<{ line: string }>(db, sql`select ${sqlCsvLine(columns)} as line`);
    expect(rows[0]!.line).toBe('"Kata ""inklusif""","baris satu\nbaris dua, pemuda",278,,"a:manual; b:suggested",\r\n');
  });
});
