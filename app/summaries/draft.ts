// The summary draft's choices, on plain data: key phrases per language and the excerpts to quote
// (decision 025). No database here, so the same input always gives the same draft.
import type { Consent, Stance, SubmissionLanguage } from "#db/schema/values";

export type DraftInput = {
  reference: string;
  body: string;
  language: SubmissionLanguage;
  stance: Stance;
  organisationType: string;
  consent: Consent;
  /** Near-duplicates share a group; null for input that has none. */
  groupId: string | null;
};

export type Excerpt = {
  reference: string;
  text: string;
  language: SubmissionLanguage;
  stance: Stance;
  organisationType: string;
  /** How many submissions of the theme this excerpt speaks for: its whole near-duplicate group. */
  groupSize: number;
};

export type DraftChoices = { keyPhrases: { en: string[]; id: string[] }; excerpts: Excerpt[] };

export const MAX_EXCERPTS = 8;
export const KEY_PHRASES = 8;
const EXCERPT_CHARACTERS = 300;
// Relevance against spread in maximal marginal relevance: below one half, novelty counts more.
const RELEVANCE_WEIGHT = 0.4;
// A stance or organisation type not yet quoted lifts a candidate above any merely central one.
const UNHEARD_STANCE = 1;
const UNHEARD_ORGANISATION_TYPE = 0.5;

// Words that carry no view of their own, in both languages; kept short on purpose.
const STOP_WORDS = new Set(
  (
    "a an and are as at be been but by can could do does for from has have how i if in into is it its " +
    "more most must no not of on or our should so such than that the their them there these they this " +
    "to too very was we were what when where which while who will with would you your also all any each " +
    "other only own same some then us may just about over under between both through during before after " +
    "yang dan di ke dari untuk dengan pada ini itu dalam tidak akan juga atau oleh karena bagi agar " +
    "sebagai adalah kami kita mereka harus dapat lebih sangat telah sudah belum bisa ada para serta " +
    "namun tetapi jika bila maka setiap semua hal tersebut secara antara hanya masih perlu saat " +
    "kepada sehingga yaitu lain suatu sebuah seperti demikian begitu banyak tentang terhadap atas bukan lalu pun " +
    "apa siapa mana sejak hingga sampai tanpa melalui"
  ).split(" "),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** A text's words as written and lower-cased, read once for both the vectors and the key phrases. */
type Tokens = { written: string[]; lower: string[] };

function tokenise(text: string): Tokens {
  const written = text.match(WORD) ?? [];
  return { written, lower: written.map((word) => word.toLowerCase()) };
}

type Vector = Map<string, number>;

function termCounts(lower: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of lower) {
    if (STOP_WORDS.has(word) || word.length < 3) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

function normalised(vector: Vector): Vector {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  const length = Math.sqrt(sum) || 1;
  for (const [term, value] of vector) vector.set(term, value / length);
  return vector;
}

function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, value] of small) sum += value * (large.get(term) ?? 0);
  return sum;
}

/**
 * The first sentences of a text, whole and verbatim, up to about 300 characters; a first sentence
 * longer than that is cut at a word's end and marked with an ellipsis.
 */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const sentences = flat.match(/[^.!?]+[.!?]+["”’)]*\s*|[^.!?]+$/g) ?? [flat];
  let excerpt = "";
  for (const sentence of sentences) {
    if (excerpt.length > 0 && excerpt.length + sentence.length > EXCERPT_CHARACTERS) break;
    excerpt += sentence;
  }
  excerpt = excerpt.trim();
  if (excerpt.length <= EXCERPT_CHARACTERS * 1.3) return excerpt;
  const cut = excerpt.slice(0, EXCERPT_CHARACTERS).replace(/\s+\S*$/, "");
  return `${cut} …`;
}

/**
 * The words and word pairs most submissions in a language use, as they were written (the form
 * most often written, never a stem). A pair counts only when several submissions share it, and
 * then hides its own words; a near-duplicate group counts once, so a campaign cannot fill the list.
 */
export function keyPhrases(texts: string[], limit = KEY_PHRASES): string[] {
  return keyPhrasesOf(texts.map(tokenise), limit);
}

// Key phrases are counted on at most this many texts per language, taken evenly across the theme:
// which phrases most people use shows long before 10,000 texts, and counting them all took a second.
const PHRASE_TEXTS = 2_000;

function evenly<T>(list: T[], most: number): T[] {
  if (list.length <= most) return list;
  return Array.from({ length: most }, (_, i) => list[Math.floor((i * list.length) / most)] as T);
}

function keyPhrasesOf(all: Tokens[], limit = KEY_PHRASES): string[] {
  const tokenised = evenly(all, PHRASE_TEXTS);
  const documents = new Map<string, number>();
  for (const tokens of tokenised) {
    const seen = new Set<string>();
    eachPhrase(tokens, (key) => seen.add(key));
    for (const key of seen) documents.set(key, (documents.get(key) ?? 0) + 1);
  }
  const minimumPairDocuments = Math.max(2, Math.ceil(tokenised.length * 0.05));
  const ranked = [...documents]
    .filter(([key, n]) => !key.includes(" ") || n >= minimumPairDocuments)
    // Pairs first among equals: "social protection" says more than "social".
    .sort(([a, n], [b, m]) => m - n || b.split(" ").length - a.split(" ").length || (a < b ? -1 : 1));
  const chosen: string[] = [];
  for (const [key] of ranked) {
    if (chosen.length >= limit) break;
    if (chosen.some((other) => other.includes(" ") && other.split(" ").includes(key))) continue;
    if (key.includes(" ")) {
      const parts = key.split(" ");
      for (let i = chosen.length - 1; i >= 0; i--) if (parts.includes(chosen[i] ?? "")) chosen.splice(i, 1);
    }
    chosen.push(key);
  }
  // The written forms, read again for the chosen phrases only.
  const wanted = new Set(chosen);
  const surfaces = new Map<string, Map<string, number>>();
  for (const tokens of tokenised)
    eachPhrase(tokens, (key, surface) => {
      if (!wanted.has(key)) return;
      const forms = surfaces.get(key) ?? new Map<string, number>();
      const written = surface();
      forms.set(written, (forms.get(written) ?? 0) + 1);
      surfaces.set(key, forms);
    });
  return chosen.map((key) => mostWritten(surfaces.get(key) ?? new Map([[key, 1]])));
}

/** Each word and word pair of a text that can be a key phrase, lower-cased, with its written form on asking. */
function eachPhrase({ written, lower }: Tokens, visit: (key: string, surface: () => string) => void) {
  let previous = -1;
  for (let i = 0; i < lower.length; i++) {
    const key = lower[i] ?? "";
    const usable = !STOP_WORDS.has(key);
    if (previous >= 0 && usable && key.length >= 3) {
      const from = previous;
      visit(`${lower[from]} ${key}`, () => `${written[from]} ${written[i]}`);
    }
    previous = -1;
    if (usable && key.length >= 4) {
      visit(key, () => written[i] ?? key);
      previous = i;
    }
  }
}

function mostWritten(forms: Map<string, number>): string {
  return [...forms].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))[0]?.[0] ?? "";
}

// Candidates for an excerpt: the most central, and the most central of each stance and organisation
// type together, so a view held by few is always among them however many the theme has.
const SHORTLIST = 300;

function shortlist<C extends { index: number; relevance: number }>(
  candidates: C[],
  itemOf: (candidate: C) => DraftInput | undefined,
): C[] {
  const byRelevance = [...candidates].sort((a, b) => b.relevance - a.relevance || a.index - b.index);
  const kept = new Set(byRelevance.slice(0, SHORTLIST));
  const bestOfKind = new Map<string, C>();
  for (const candidate of byRelevance) {
    const item = itemOf(candidate);
    const kind = `${item?.stance}|${item?.organisationType}`;
    if (!bestOfKind.has(kind)) bestOfKind.set(kind, candidate);
  }
  for (const candidate of bestOfKind.values()) kept.add(candidate);
  return [...kept].sort((a, b) => a.index - b.index);
}

/**
 * Chooses the draft's key phrases and excerpts. Each submission is a TF-IDF vector; its relevance
 * is its likeness to the theme's centroid. Excerpts are then taken one at a time by maximal
 * marginal relevance, with a lift for a stance or organisation type not yet quoted, so minority
 * views are heard; the candidates are a shortlist (the most central, and the most central of each
 * stance and organisation type). A near-duplicate group is one candidate (its most central quotable member) and
 * counts with its full size; private input is counted in the centroid, never quoted.
 */
export function chooseDraft(items: DraftInput[], maxExcerpts = MAX_EXCERPTS): DraftChoices {
  const sorted = [...items].sort((a, b) => (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0));
  const groupSizes = new Map<string, number>();
  for (const item of sorted) if (item.groupId) groupSizes.set(item.groupId, (groupSizes.get(item.groupId) ?? 0) + 1);

  const tokenised = sorted.map((item) => tokenise(item.body));
  const counts = tokenised.map((tokens) => termCounts(tokens.lower));
  const documentFrequency = new Map<string, number>();
  for (const count of counts)
    for (const term of count.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const vectors = counts.map((count) => {
    const vector: Vector = new Map();
    for (const [term, n] of count)
      vector.set(term, (1 + Math.log(n)) * Math.log(1 + sorted.length / (documentFrequency.get(term) ?? 1)));
    return normalised(vector);
  });
  const centroid: Vector = new Map();
  for (const vector of vectors)
    for (const [term, value] of vector) centroid.set(term, (centroid.get(term) ?? 0) + value);
  normalised(centroid);

  // One candidate per group: its most central member that may be quoted.
  const candidates = new Map<string, { index: number; relevance: number }>();
  sorted.forEach((item, index) => {
    if (item.consent === "private") return;
    const relevance = dot(vectors[index] ?? new Map(), centroid);
    const key = item.groupId ?? `single:${item.reference}`;
    const held = candidates.get(key);
    if (!held || relevance > held.relevance) candidates.set(key, { index, relevance });
  });

  const pool = shortlist([...candidates.values()], (candidate) => sorted[candidate.index]);
  // Each candidate's likeness to the most similar excerpt chosen so far, kept as excerpts are added.
  const redundancy = pool.map(() => 0);
  const taken = new Set<number>();
  const chosen: { index: number; relevance: number }[] = [];
  const stancesHeard = new Set<string>();
  const typesHeard = new Set<string>();
  while (chosen.length < Math.min(maxExcerpts, pool.length)) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    pool.forEach((candidate, position) => {
      const item = sorted[candidate.index];
      if (!item || taken.has(position)) return;
      const unheard =
        (stancesHeard.has(item.stance) ? 0 : UNHEARD_STANCE) +
        (typesHeard.has(item.organisationType) ? 0 : UNHEARD_ORGANISATION_TYPE);
      const score =
        RELEVANCE_WEIGHT * candidate.relevance - (1 - RELEVANCE_WEIGHT) * (redundancy[position] ?? 0) + unheard;
      if (score > bestScore) {
        bestScore = score;
        best = position;
      }
    });
    const next = pool[best];
    const item = next ? sorted[next.index] : undefined;
    if (!next || !item) break;
    taken.add(best);
    chosen.push(next);
    stancesHeard.add(item.stance);
    typesHeard.add(item.organisationType);
    const vector = vectors[next.index] ?? new Map();
    pool.forEach((candidate, position) => {
      const similarity = dot(vectors[candidate.index] ?? new Map(), vector);
      if (similarity > (redundancy[position] ?? 0)) redundancy[position] = similarity;
    });
  }

  const excerpts = chosen
    .map(({ index }) => sorted[index])
    .filter((item): item is DraftInput => item !== undefined)
    .map((item) => ({
      reference: item.reference,
      text: excerptOf(item.body),
      language: item.language,
      stance: item.stance,
      organisationType: item.organisationType,
      groupSize: item.groupId ? (groupSizes.get(item.groupId) ?? 1) : 1,
    }));

  // Key phrases: one text per group, so a campaign letter is one voice among the others.
  const voices = new Map<string, number>();
  sorted.forEach((item, index) => {
    const voice = item.groupId ?? `single:${item.reference}`;
    if (!voices.has(voice)) voices.set(voice, index);
  });
  const inLanguage = (language: "en" | "id") =>
    keyPhrasesOf(
      [...voices.values()].flatMap((index) =>
        sorted[index]?.language === language ? [tokenised[index] ?? { written: [], lower: [] }] : [],
      ),
    );
  return { keyPhrases: { en: inLanguage("en"), id: inLanguage("id") }, excerpts };
}
