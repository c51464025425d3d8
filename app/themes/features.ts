import { stemEnglish, stemIndonesian } from "./stemmers";

/**
 * What a theme model sees of a text (docs/decisions/024-learned-theme-suggestions.md). Pure and
 * deterministic: the same text gives the same features on every server.
 *  - words: lower-cased, reduplication folded (anak-anak → anak), stop words of both languages
 *    left out, stemmed in the text's language;
 *  - word pairs: two neighbouring kept words, stemmed;
 *  - character 3–5-grams of each kept word as written (catch affixed and misspelt words).
 * Features are hashed into FEATURE_SPACE buckets; each remembers the words it came from, so that
 * a suggestion can say which words of the text weighed most.
 */
export const FEATURE_SPACE = 1 << 18;
const MIN_GRAM = 3;
const MAX_GRAM = 5;

export type Language = "en" | "id";
export type Token = { surface: string; stem: string };
/** One feature occurrence: its bucket and the kept word(s) (indexes into `tokens`) it came from. */
export type FeatureHit = { bucket: number; words: readonly number[]; kind: "word" | "pair" | "gram" };
export type TextFeatures = { tokens: Token[]; hits: FeatureHit[]; letters: number };

// Kept short on purpose: only words that say nothing about a theme in any consultation.
const STOP_EN = new Set(
  "a about above after again all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours".split(
    " ",
  ),
);
const STOP_ID = new Set(
  "ada adalah agar akan aku anda apa apakah atau bagi bahwa banyak begitu belum bisa dalam dan dari dengan di dia ia ini itu jadi jika juga kami kamu karena ke kita lagi lain maka masih mereka nya oleh pada para saat saja sang sangat saya se sebagai sedang sehingga sekali sendiri seperti serta setelah sudah supaya tapi telah tentang tetapi untuk yaitu yang".split(
    " ",
  ),
);

/** The likelier of the two languages by stop words, for text whose language nobody recorded. */
export function guessLanguage(words: readonly string[]): Language {
  let en = 0;
  let id = 0;
  for (const word of words) {
    if (STOP_EN.has(word)) en++;
    if (STOP_ID.has(word)) id++;
  }
  return id > en ? "id" : "en";
}

/** How many of the words are stop words of either language: near zero in a third language. */
export function stopWordShare(text: string): { words: number; stopWords: number } {
  const words = rawWords(text);
  return { words: words.length, stopWords: words.filter((w) => STOP_EN.has(w) || STOP_ID.has(w)).length };
}

function rawWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize("NFKC")
      .match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** anak-anak → anak, berlari-lari → berlari, sayur-mayur → sayur; other hyphenated words split. */
export function foldReduplication(word: string): string[] {
  const parts = word.split("-");
  if (parts.length !== 2) return parts;
  const [first = "", second = ""] = parts;
  const rhymes = first.length >= 3 && second.length >= 3 && first.slice(1) === second.slice(1);
  if (first === second || first.endsWith(second) || rhymes) return [first];
  return parts;
}

// FNV-1a: fast, stable across servers and versions of Node, unlike anything seeded per process.
const FNV_OFFSET = 0x811c9dc5;
function fnv(h: number, text: string, start = 0, end = text.length): number {
  let state = h;
  for (let i = start; i < end; i++) {
    state ^= text.charCodeAt(i);
    state = Math.imul(state, 0x01000193);
  }
  return state;
}
const hash = (text: string) => (fnv(FNV_OFFSET, text) >>> 0) % FEATURE_SPACE;
// A character n-gram hashed where it stands in its word, as hash(`g ${gram}`) would, without the string.
const GRAM_SEED = fnv(FNV_OFFSET, "g ");
const hashGram = (padded: string, start: number, end: number) =>
  (fnv(GRAM_SEED, padded, start, end) >>> 0) % FEATURE_SPACE;

export function extractFeatures(text: string, language?: Language): TextFeatures {
  const words = rawWords(text).flatMap(foldReduplication);
  const lang = language ?? guessLanguage(words);
  const stem = lang === "id" ? stemIndonesian : stemEnglish;
  const tokens: Token[] = [];
  const hits: FeatureHit[] = [];
  let letters = 0;
  for (const word of words) letters += (word.match(/\p{L}/gu) ?? []).length;
  let previous = -1;
  for (const word of words) {
    if (STOP_EN.has(word) || STOP_ID.has(word) || word.length < 2) {
      previous = -1;
      continue;
    }
    const index = tokens.length;
    const stemmed = /^\p{N}+$/u.test(word) ? "#" : stem(word);
    tokens.push({ surface: word, stem: stemmed });
    const own = [index];
    hits.push({ bucket: hash(`w ${stemmed}`), words: own, kind: "word" });
    if (previous >= 0) {
      const before = tokens[previous]?.stem ?? "";
      hits.push({ bucket: hash(`p ${before} ${stemmed}`), words: [previous, index], kind: "pair" });
    }
    previous = index;
    const padded = `<${word}>`;
    for (let n = MIN_GRAM; n <= MAX_GRAM; n++)
      for (let start = 0; start + n <= padded.length; start++)
        hits.push({ bucket: hashGram(padded, start, start + n), words: own, kind: "gram" });
  }
  return { tokens, hits, letters };
}

export type SparseVector = { indices: Int32Array; values: Float32Array };

/** Raw term counts per bucket, in bucket order (so that vectors compare and sum deterministically). */
export function countBuckets(features: TextFeatures): Map<number, number> {
  const counts = new Map<number, number>();
  for (const hit of features.hits) counts.set(hit.bucket, (counts.get(hit.bucket) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => a[0] - b[0]));
}

/** Sublinear TF × IDF, L2-normalised. `idf` is indexed by bucket. */
export function tfidf(counts: Map<number, number>, idf: (bucket: number) => number): SparseVector {
  const indices = new Int32Array(counts.size);
  const values = new Float32Array(counts.size);
  let norm = 0;
  let i = 0;
  for (const [bucket, count] of counts) {
    const value = (1 + Math.log(count)) * idf(bucket);
    indices[i] = bucket;
    values[i] = value;
    norm += value * value;
    i++;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let j = 0; j < values.length; j++) values[j] = (values[j] ?? 0) * scale;
  return { indices, values };
}
