import type { SectionMappingKind } from "#db/schema/values";
import { versionName } from "./versions";

// Where each section of the previous version went in the next one (decision 033). Pure rules
// shared by the secretariat's page (its proposal and problems) and publishing (the kinds stored).

export type MappedSection = {
  id: string;
  number: string;
  headingEn: string | null;
  headingId: string | null;
  bodyEn: string | null;
  bodyId: string | null;
};
/** One pair: a previous section (null: new) and a next one (null: removed). */
export type MappingPair = { fromSectionId: string | null; toSectionId: string | null };
export type KindedPair = MappingPair & { kind: SectionMappingKind };

/** The secretariat's choice for one previous section: the next sections it went to, or removed. */
export const REMOVED = "removed";

const normalised = (heading: string | null) => (heading ?? "").trim().toLowerCase();

/**
 * A first mapping for the secretariat to check: each previous section to the next section with the
 * same number, else the same heading in either language, else nothing (left for the secretariat).
 */
export function proposeMapping(from: MappedSection[], to: MappedSection[]): MappingPair[] {
  return from.flatMap((previous) => {
    const sameHeading = (next: MappedSection) =>
      (["headingEn", "headingId"] as const).some(
        (key) => normalised(previous[key]) !== "" && normalised(previous[key]) === normalised(next[key]),
      );
    const target = to.find((next) => next.number === previous.number) ?? to.find(sameHeading);
    return target ? [{ fromSectionId: previous.id, toSectionId: target.id }] : [];
  });
}

const sameText = (one: MappedSection, other: MappedSection) =>
  (["headingEn", "headingId", "bodyEn", "bodyId"] as const).every((key) => one[key] === other[key]);

/**
 * Every pair with its kind, and a "new" pair for each next section nothing maps to: removed (no
 * next section), merged (several previous sections into one), unchanged (one to one, same text in
 * both languages), changed (anything else, a split included).
 */
export function mappingKinds(pairs: MappingPair[], from: MappedSection[], to: MappedSection[]): KindedPair[] {
  const previous = new Map(from.map((section) => [section.id, section]));
  const next = new Map(to.map((section) => [section.id, section]));
  const sources = (toId: string) => pairs.filter((pair) => pair.toSectionId === toId && pair.fromSectionId).length;
  const targets = (fromId: string) => pairs.filter((pair) => pair.fromSectionId === fromId && pair.toSectionId).length;
  const kinded = pairs.map((pair): KindedPair => {
    const { fromSectionId, toSectionId } = pair;
    if (!fromSectionId) return { ...pair, kind: "new" };
    if (!toSectionId) return { ...pair, kind: "removed" };
    if (sources(toSectionId) > 1) return { ...pair, kind: "merged" };
    const one = previous.get(fromSectionId);
    const other = next.get(toSectionId);
    const unchanged = targets(fromSectionId) === 1 && one && other && sameText(one, other);
    return { ...pair, kind: unchanged ? "unchanged" : "changed" };
  });
  const reached = new Set(pairs.map((pair) => pair.toSectionId));
  const added = to
    .filter((section) => !reached.has(section.id))
    .map((section): KindedPair => ({ fromSectionId: null, toSectionId: section.id, kind: "new" }));
  return [...kinded, ...added];
}

export type MappingProblem = { key: string; values: Record<string, string> };

/**
 * Why the mapping cannot be published: a previous section mapped to nothing (each named), or both
 * removed and mapped. Empty when every previous section has its place.
 */
export function mappingProblems(
  pairs: MappingPair[],
  from: MappedSection[],
  versions: { from: string; to: string },
): MappingProblem[] {
  const values = (number: string) => ({ number, from: versionName(versions.from), to: versionName(versions.to) });
  return from.flatMap((section): MappingProblem[] => {
    const own = pairs.filter((pair) => pair.fromSectionId === section.id);
    if (own.length === 0) return [{ key: "versions:problems.unmapped", values: values(section.number) }];
    if (own.some((pair) => !pair.toSectionId) && own.some((pair) => pair.toSectionId))
      return [{ key: "versions:problems.removedAndMapped", values: values(section.number) }];
    return [];
  });
}

/**
 * The mapping form's answer (per previous section, the chosen next section ids or "removed") as
 * pairs; a choice naming a section of neither version is no mapping, so null.
 */
export function pairsFromChoices(
  choices: Record<string, string[]>,
  from: MappedSection[],
  to: MappedSection[],
): MappingPair[] | null {
  const next = new Set(to.map((section) => section.id));
  const pairs: MappingPair[] = [];
  for (const section of from) {
    for (const choice of new Set(choices[section.id] ?? [])) {
      if (choice === REMOVED) pairs.push({ fromSectionId: section.id, toSectionId: null });
      else if (next.has(choice)) pairs.push({ fromSectionId: section.id, toSectionId: choice });
      else return null;
    }
  }
  return pairs;
}
