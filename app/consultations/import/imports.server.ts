import { and, asc, eq, inArray } from "drizzle-orm";
import { db, type Executor, schema } from "#db/client.server";
import type { Language } from "#db/schema/values";
import { recordAudit } from "~/audit/audit.server";
import { ok, refuse, type Result } from "~/result";
import { renderMarkdown } from "../markdown.server";
import { sectionsEditable } from "../section-editing";
import { importLimits } from "./limits";
import { parseMarkdownSections, splitLanguages } from "./markdown";
import { pairSections, sectionsToSave } from "./pairing";
import type { ImportedDocument, ImportedSection, ImportedText } from "./sections";
import { docxToMarkdown } from "./docx.server";

const { consultations, documentVersions, sectionImports, sections, submissions } = schema;
export type Admin = { id: string };
export type ImportLanguage = Language | "both";
type Refused = { ok: false; error: string; values?: Record<string, string> };

/** A consultation and the version an editor works on: the one labelled, or the current one. */
export async function findEditedVersion(slug: string, label: string | null, executor: Executor | null = null) {
  const database = executor ?? (await db());
  const [row] = await database
    .select({
      consultation: {
        id: consultations.id,
        slug: consultations.slug,
        phase: consultations.phase,
        titleEn: consultations.titleEn,
        titleId: consultations.titleId,
      },
      version: {
        id: documentVersions.id,
        label: documentVersions.label,
        isCurrent: documentVersions.isCurrent,
        status: documentVersions.status,
      },
    })
    .from(consultations)
    .innerJoin(documentVersions, eq(documentVersions.consultationId, consultations.id))
    .where(
      and(
        eq(consultations.slug, slug),
        label ? eq(documentVersions.label, label) : eq(documentVersions.isCurrent, true),
      ),
    )
    .limit(1);
  if (!row) return null;
  const editable = sectionsEditable({ consultationPhase: row.consultation.phase, version: row.version });
  return { ...row, editable };
}
export type EditedVersion = NonNullable<Awaited<ReturnType<typeof findEditedVersion>>>;

/**
 * A file as each language's sections. Markdown with language markers gives both; without, the
 * language chosen. A .docx becomes Markdown first (docx.server.ts); .odt is refused (decision 030).
 */
export function readImportFile(
  file: { name: string; bytes: Uint8Array },
  language: ImportLanguage,
): { ok: true; value: Partial<ImportedDocument> } | Refused {
  if (file.bytes.length === 0) return { ok: false, error: "imports:errors.emptyFile" };
  if (file.bytes.length > importLimits.fileMaxBytes) return { ok: false, error: "imports:errors.fileTooLarge" };
  const text = readText(file);
  if (!text.ok) return text;
  const parts = splitLanguages(text.markdown);
  if (!parts && language === "both") return { ok: false, error: "imports:errors.noLanguageMarkers" };
  const languageTexts: [Language, string][] = parts
    ? (Object.entries(parts) as [Language, string][])
    : [[language as Language, text.markdown]];
  const document: Partial<ImportedDocument> = {};
  for (const [partLanguage, partText] of languageTexts) {
    const parsed = parseMarkdownSections(partText);
    if (!parsed.ok) return { ...parsed, values: { ...parsed.values, language: partLanguage } };
    document[partLanguage] = parsed.value;
  }
  return { ok: true, value: document };
}

function readText(file: { name: string; bytes: Uint8Array }): { ok: true; markdown: string } | Refused {
  const extension = file.name.toLowerCase().split(".").pop();
  if (extension === "docx") return docxToMarkdown(file.bytes);
  if (extension === "odt") return { ok: false, error: "imports:errors.odtRefused" };
  if (extension !== "md" && extension !== "markdown" && extension !== "txt")
    return { ok: false, error: "imports:errors.unknownType" };
  try {
    return { ok: true, markdown: new TextDecoder("utf-8", { fatal: true }).decode(file.bytes) };
  } catch {
    return { ok: false, error: "imports:errors.notText" };
  }
}

export async function findPendingImport(versionId: string): Promise<ImportedDocument | null> {
  const [row] = await (await db())
    .select({ document: sectionImports.document })
    .from(sectionImports)
    .where(eq(sectionImports.versionId, versionId));
  return row ? asDocument(row.document) : null;
}

function asDocument(stored: Record<Language, unknown>): ImportedDocument {
  return { en: (stored.en as ImportedText | null) ?? null, id: (stored.id as ImportedText | null) ?? null };
}

/** Keeps the parsed file as the version's preview; a file for one language joins the other's. */
export async function keepPendingImport(
  admin: Admin,
  slug: string,
  label: string | null,
  parts: Partial<ImportedDocument>,
) {
  return (await db()).transaction(async (tx): Promise<Result> => {
    const edited = await findEditedVersion(slug, label, tx);
    if (!edited) return refuse("imports:errors.unknownVersion");
    if (!edited.editable) return refuse("imports:errors.notEditable");
    const [pending] = await tx
      .select({ document: sectionImports.document })
      .from(sectionImports)
      .where(eq(sectionImports.versionId, edited.version.id))
      .for("update");
    const document = { ...(pending ? asDocument(pending.document) : { en: null, id: null }), ...parts };
    await tx
      .insert(sectionImports)
      .values({ versionId: edited.version.id, document, importedBy: admin.id })
      .onConflictDoUpdate({
        target: sectionImports.versionId,
        set: { document, importedBy: admin.id, importedAt: new Date() },
      });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "sections.import_previewed",
      subjectType: "document_version",
      subjectId: edited.version.id,
      details: { languages: Object.keys(parts), sections: sectionCounts(parts) },
    });
    return ok();
  });
}

function sectionCounts(parts: Partial<ImportedDocument>) {
  return Object.fromEntries(Object.entries(parts).map(([language, text]) => [language, text?.sections.length ?? 0]));
}

/** Replaces the version's sections by the preview's, in one transaction, while they may change. */
export async function confirmImport(admin: Admin, slug: string, label: string | null) {
  return (await db()).transaction(async (tx): Promise<Result<{ sections: number }>> => {
    const edited = await findEditedVersion(slug, label, tx);
    if (!edited) return refuse("imports:errors.unknownVersion");
    if (!edited.editable) return refuse("imports:errors.notEditable");
    const [pending] = await tx
      .delete(sectionImports)
      .where(eq(sectionImports.versionId, edited.version.id))
      .returning({ document: sectionImports.document });
    if (!pending) return refuse("imports:errors.nothingPending");
    const versionId = edited.version.id;
    const existing = await tx.select({ id: sections.id }).from(sections).where(eq(sections.versionId, versionId));
    if (existing.length > 0) {
      const [withInput] = await tx
        .select({ id: submissions.id })
        .from(submissions)
        .where(
          inArray(
            submissions.sectionId,
            existing.map((row) => row.id),
          ),
        )
        .limit(1);
      if (withInput) return refuse("imports:errors.sectionsHaveInput");
      await tx.delete(sections).where(eq(sections.versionId, versionId));
    }
    const saved = sectionsToSave(asDocument(pending.document));
    if (saved.length > 0)
      await tx.insert(sections).values(saved.map((section, position) => ({ ...section, versionId, position })));
    await recordAudit(tx, {
      actorId: admin.id,
      action: "sections.import_confirmed",
      subjectType: "document_version",
      subjectId: versionId,
      details: { replaced: existing.length, sections: saved.length },
    });
    return ok({ sections: saved.length });
  });
}

export async function discardImport(admin: Admin, slug: string, label: string | null) {
  return (await db()).transaction(async (tx): Promise<Result> => {
    const edited = await findEditedVersion(slug, label, tx);
    if (!edited) return refuse("imports:errors.unknownVersion");
    const removed = await tx
      .delete(sectionImports)
      .where(eq(sectionImports.versionId, edited.version.id))
      .returning({ versionId: sectionImports.versionId });
    if (removed.length === 0) return refuse("imports:errors.nothingPending");
    await recordAudit(tx, {
      actorId: admin.id,
      action: "sections.import_discarded",
      subjectType: "document_version",
      subjectId: edited.version.id,
    });
    return ok();
  });
}

/** The version's sections as they are now, in order. */
export async function listSections(versionId: string) {
  return (await db())
    .select({ number: sections.number, headingEn: sections.headingEn, headingId: sections.headingId })
    .from(sections)
    .where(eq(sections.versionId, versionId))
    .orderBy(asc(sections.position));
}

/** The preview's rows, each language's body rendered through the draft sanitiser. */
export function previewRows(document: ImportedDocument) {
  const rendered = (section: ImportedSection | null) =>
    section ? { number: section.number, heading: section.heading, html: renderMarkdown(section.body) } : null;
  return pairSections(document).map((row) => ({
    number: row.number,
    issue: row.issue,
    en: rendered(row.en),
    id: rendered(row.id),
  }));
}
