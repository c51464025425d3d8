import type { ImportedDocument, ImportedSection } from "./sections";

export type PairingIssue = "onlyEn" | "onlyId" | "numbersDisagree";

/** One row of the preview: a section in both languages, or what could not be matched. */
export type PairedSection = {
  number: string;
  en: ImportedSection | null;
  id: ImportedSection | null;
  issue: PairingIssue | null;
};

/**
 * The two languages matched by section number, in the English order with sections only in
 * Bahasa Indonesia after the one before them. An unmatched section in each language at the same
 * place is most likely one section numbered differently: flagged as such rather than twice.
 */
export function pairSections(document: ImportedDocument): PairedSection[] {
  const en = document.en?.sections ?? [];
  const id = document.id?.sections ?? [];
  const idByNumber = new Map(id.map((section) => [section.number, section]));
  const enNumbers = new Set(en.map((section) => section.number));
  const rows: PairedSection[] = en.map((section) => {
    const match = idByNumber.get(section.number) ?? null;
    const issue = match || !document.id ? null : "onlyEn";
    return { number: section.number, en: section, id: match, issue };
  });
  id.forEach((section, index) => {
    if (enNumbers.has(section.number)) return;
    const samePlace = rows.find((row) => row.en === en[index] && row.issue === "onlyEn");
    if (samePlace) {
      samePlace.id = section;
      samePlace.issue = "numbersDisagree";
      return;
    }
    const previous = id[index - 1]?.number;
    const after = rows.findIndex((row) => row.number === previous || row.id?.number === previous);
    const row: PairedSection = { number: section.number, en: null, id: section, issue: document.en ? "onlyId" : null };
    rows.splice(after + 1, 0, row);
  });
  return rows;
}

/** The sections a confirmed import saves, one per number (sections whose numbers disagree stay apart). */
export function sectionsToSave(document: ImportedDocument) {
  return pairSections(document).flatMap((row) => {
    if (row.issue === "numbersDisagree" && row.en && row.id) return [asSaved(row.en, null), asSaved(null, row.id)];
    return [asSaved(row.en, row.id)];
  });
}

function asSaved(en: ImportedSection | null, id: ImportedSection | null) {
  return {
    number: (en ?? id)?.number ?? "",
    headingEn: en?.heading ?? null,
    headingId: id?.heading ?? null,
    bodyEn: en?.body ?? null,
    bodyId: id?.body ?? null,
  };
}
