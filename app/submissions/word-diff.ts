import { diffWords } from "diff";
import { defaultLanguage, inLanguage, isLanguage, type Localized } from "~/i18n/config";

export type DiffSegment = { change: "same" | "added" | "removed"; text: string };

/** A proposed amendment against the text it replaces, word by word. */
export function wordDiff(before: string, after: string): DiffSegment[] {
  return diffWords(before, after).map((part) => ({
    change: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}

/**
 * The segments as shown: a deleted run and the inserted run that replaces it touch ("Explore" then
 * "Conclude"), and without colour they would read as one word ("ExploreConclude"). A space between
 * two such runs, in neither text, keeps them apart; every space of the texts stays as it was.
 */
export function separatedRuns(segments: DiffSegment[]): DiffSegment[] {
  return segments.flatMap((segment, index) => {
    const previous = segments[index - 1];
    const touches =
      previous !== undefined &&
      previous.change !== "same" &&
      segment.change !== "same" &&
      !/\s$/.test(previous.text) &&
      !/^\s/.test(segment.text);
    return touches ? [{ change: "same", text: " " }, segment] : [segment];
  });
}

/** What an amendment replaces: the passage it quotes, else the section in the amendment's language. */
export function replacedText(
  quotedPassage: string | null | undefined,
  sectionBody: Localized<string | null> | null,
  language: string,
): string {
  if (quotedPassage) return quotedPassage;
  if (!sectionBody) return "";
  // An amendment in another language is read against the English text first.
  return inLanguage(sectionBody, isLanguage(language) ? language : defaultLanguage) ?? "";
}
