import { diffWords } from "diff";

export type DiffSegment = { change: "same" | "added" | "removed"; text: string };

/** A proposed amendment against the text it replaces, word by word. */
export function wordDiff(before: string, after: string): DiffSegment[] {
  return diffWords(before, after).map((part) => ({
    change: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}

/** What an amendment replaces: the passage it quotes, else the section in the amendment's language. */
export function replacedText(
  quotedPassage: string | null | undefined,
  sectionBody: { en: string | null; id: string | null } | null,
  language: string,
): string {
  if (quotedPassage) return quotedPassage;
  if (!sectionBody) return "";
  return (language === "id" ? (sectionBody.id ?? sectionBody.en) : (sectionBody.en ?? sectionBody.id)) ?? "";
}
