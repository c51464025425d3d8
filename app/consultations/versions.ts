import { isLanguage, type Language, otherLanguage } from "~/i18n/config";
import { refuse, type Refusal } from "~/result";

// Rules for the next version of a document (decision 033): applying accepted amendments, the
// version's name and label, and when input is paused. Pure, so the browser and tests share them.

export type VersionText = { id: string; number: string; bodyEn: string | null; bodyId: string | null };

/** An accepted amendment as it is applied: the passage it quotes (none: the whole section) and its text. */
export type AcceptedAmendment = {
  submissionId: string;
  sectionId: string;
  language: string;
  quotedPassage: string | null;
  proposedText: string;
};

// `acceptedAfterDrafting`: accepted while the next version was already being drafted, so drafting
// could not apply it; it waits for the secretariat like any other conflict (decision 033).
export const conflictReasons = ["passageGone", "passageAmbiguous", "overlaps", "acceptedAfterDrafting"] as const;
export type ConflictReason = (typeof conflictReasons)[number];
export type AppliedOutcome =
  | { submissionId: string; outcome: "applied"; conflict: null }
  | { submissionId: string; outcome: "conflict"; conflict: ConflictReason };

type Placed = { amendment: AcceptedAmendment; sectionId: string; language: Language; start: number; end: number };

const bodyKey = { en: "bodyEn", id: "bodyId" } as const;

/** The language of the text an amendment changes: its own, else English; the other one when that is missing. */
function textLanguage(section: VersionText, language: string): Language {
  const wanted: Language = isLanguage(language) ? language : "en";
  return section[bodyKey[wanted]] === null ? otherLanguage(wanted) : wanted;
}

/** Where `passage` starts in `text`, overlapping matches included ("aa" is twice in "aaa"). */
function occurrences(text: string, passage: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(passage); at !== -1; at = text.indexOf(passage, at + 1)) starts.push(at);
  return starts;
}

/**
 * The sections with the accepted amendments applied, and what became of each. An amendment applies
 * when its passage occurs exactly once in its section's text in its language (no passage: the
 * whole text). A passage gone or found twice is a conflict, and so are both of two amendments whose
 * passages overlap: neither is dropped without the secretariat seeing it.
 */
export function applyAmendments<S extends VersionText>(
  sections: S[],
  amendments: AcceptedAmendment[],
): { sections: S[]; outcomes: AppliedOutcome[] } {
  const byId = new Map(sections.map((section) => [section.id, section]));
  const conflicts = new Map<string, ConflictReason>();
  const placed: Placed[] = [];
  for (const amendment of amendments) {
    const section = byId.get(amendment.sectionId);
    const language = section ? textLanguage(section, amendment.language) : "en";
    const text = section?.[bodyKey[language]] ?? "";
    const passage = amendment.quotedPassage ?? text;
    const starts = passage ? occurrences(text, passage) : [];
    const [start] = starts;
    if (start === undefined) conflicts.set(amendment.submissionId, "passageGone");
    else if (starts.length > 1) conflicts.set(amendment.submissionId, "passageAmbiguous");
    else placed.push({ amendment, sectionId: amendment.sectionId, language, start, end: start + passage.length });
  }
  for (const [index, one] of placed.entries())
    for (const other of placed.slice(index + 1))
      if (one.sectionId === other.sectionId && one.language === other.language && overlap(one, other)) {
        conflicts.set(one.amendment.submissionId, "overlaps");
        conflicts.set(other.amendment.submissionId, "overlaps");
      }
  const applied = placed.filter((place) => !conflicts.has(place.amendment.submissionId));
  const changed = sections.map((section) => {
    const own = applied.filter((place) => place.sectionId === section.id);
    if (own.length === 0) return section;
    const next = { ...section };
    // From the end backwards, so each earlier place still points where it did.
    for (const place of [...own].sort((a, b) => b.start - a.start)) {
      const key = bodyKey[place.language];
      const text = next[key] ?? "";
      next[key] = text.slice(0, place.start) + place.amendment.proposedText + text.slice(place.end);
    }
    return next;
  });
  const outcomes = amendments.map((amendment): AppliedOutcome => {
    const conflict = conflicts.get(amendment.submissionId);
    return conflict
      ? { submissionId: amendment.submissionId, outcome: "conflict", conflict }
      : { submissionId: amendment.submissionId, outcome: "applied", conflict: null };
  });
  return { sections: changed, outcomes };
}

// Passages are never empty (an empty one is "gone"), so two ranges overlap when each starts before the other ends.
function overlap(one: { start: number; end: number }, other: { start: number; end: number }) {
  return one.start < other.end && other.start < one.end;
}

/** The label after the newest: "v1" → "v2", "1" → "2"; a label without a number gets the count. */
export function nextVersionLabel(base: string, labels: string[]): string {
  const match = /^(.*?)(\d+)$/.exec(base);
  if (!match) return String(labels.length + 1);
  const prefix = match[1] ?? "";
  const numbers = labels.flatMap((label) => {
    const found = /^(.*?)(\d+)$/.exec(label);
    return found && found[1] === prefix ? [Number(found[2])] : [];
  });
  return `${prefix}${Math.max(...numbers, Number(match[2])) + 1}`;
}

/** How a version is named in a sentence ("version 1"): its label without a leading "v". */
export function versionName(label: string): string {
  return label.replace(/^v(?=\d)/i, "");
}

/** Input on the current version is refused while the secretariat has paused it for the next one. */
export function inputFrozenRefusal(consultation: { inputFrozen: boolean }): Refusal | null {
  return consultation.inputFrozen ? refuse("versions:errors.inputFrozen") : null;
}
