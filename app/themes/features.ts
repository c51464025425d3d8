import { stemEnglish, stemIndonesian } from "./stemmers";

/**
 * What a theme model sees of a text (docs/decisions/024-learned-theme-suggestions.md). Pure and
 * deterministic: the same text gives the same features on every server.
 *  - words: lower-cased, reduplication folded (anak-anak → anak), stop words of both languages
 *    left out, stemmed in the text's language;
 *  - word pairs: two neighbouring kept words, stemmed;
 *  - character 3–4-grams of each kept word as written (catch affixed and misspelt words).
 * Features are hashed into FEATURE_SPACE buckets; each remembers the words it came from, so that
 * a suggestion can say which words of the text weighed most.
 */
export const FEATURE_SPACE = 1 << 18;
const MIN_GRAM = 3;
const MAX_GRAM = 4;

export type Language = "en" | "id";
export type Token = { surface: string; stem: string };
export const WORD = 0;
export const PAIR = 1;
export const GRAM = 2;
/**
 * Every feature occurrence, as parallel lists (a long text has thousands: no object each): its
 * bucket, its kind, and the kept word(s) it came from (indexes into `tokens`; `second` is −1
 * but for a pair).
 */
export type FeatureHits = { buckets: number[]; kinds: number[]; first: number[]; second: number[] };
export type TextFeatures = { tokens: Token[]; hits: FeatureHits; letters: number };

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
// The low 18 bits, as (state >>> 0) % FEATURE_SPACE would give, but always a small integer: a
// remainder of an unsigned 32-bit number is a double to V8, and lists of doubles copy and sort slower.
const bucketOf = (state: number) => state & (FEATURE_SPACE - 1);
const WORD_SEED = fnv(FNV_OFFSET, "w ");
const PAIR_SEED = fnv(FNV_OFFSET, "p ");
// A character n-gram hashed where it stands in its word, as `g ${gram}` would be, without the string.
const GRAM_SEED = fnv(FNV_OFFSET, "g ");

/**
 * What a word gives wherever it stands, worked out once per distinct word and language: a text's
 * words repeat across submissions. Buckets are those of `w ${stem}` and the `g ${gram}`s; `pairFrom`
 * is the hash state of `p ${stem} `, which the next kept word's stem completes.
 */
type WordFeatures = { stem: string; letters: number; kept: boolean; word: number; pairFrom: number; grams: Int32Array };
const MEMO_SIZE = 200_000;
const wordMemos: Record<Language, Map<string, WordFeatures>> = { en: new Map(), id: new Map() };

function wordFeatures(word: string, lang: Language): WordFeatures {
  const memo = wordMemos[lang];
  const found = memo.get(word);
  if (found) return found;
  if (memo.size >= MEMO_SIZE) memo.clear();
  const letters = (word.match(/\p{L}/gu) ?? []).length;
  const kept = !(STOP_EN.has(word) || STOP_ID.has(word) || word.length < 2);
  const stem = !kept ? word : /^\p{N}+$/u.test(word) ? "#" : lang === "id" ? stemIndonesian(word) : stemEnglish(word);
  const padded = `<${word}>`;
  const grams: number[] = [];
  for (let n = MIN_GRAM; n <= MAX_GRAM; n++)
    for (let start = 0; start + n <= padded.length; start++)
      grams.push(bucketOf(fnv(GRAM_SEED, padded, start, start + n)));
  const features: WordFeatures = {
    stem,
    letters,
    kept,
    word: bucketOf(fnv(WORD_SEED, stem)),
    pairFrom: fnv(fnv(PAIR_SEED, stem), " "),
    grams: Int32Array.from(grams),
  };
  memo.set(word, features);
  return features;
}

export function extractFeatures(text: string, language?: Language): TextFeatures {
  const words: string[] = [];
  for (const raw of rawWords(text)) {
    if (raw.includes("-")) words.push(...foldReduplication(raw));
    else words.push(raw);
  }
  const lang = language ?? guessLanguage(words);
  const tokens: Token[] = [];
  const hits: FeatureHits = { buckets: [], kinds: [], first: [], second: [] };
  const hit = (bucket: number, kind: number, first: number, second = -1) => {
    hits.buckets.push(bucket);
    hits.kinds.push(kind);
    hits.first.push(first);
    hits.second.push(second);
  };
  let letters = 0;
  let previous: WordFeatures | null = null;
  for (const word of words) {
    const features = wordFeatures(word, lang);
    letters += features.letters;
    if (!features.kept) {
      previous = null;
      continue;
    }
    const index = tokens.length;
    tokens.push({ surface: word, stem: features.stem });
    hit(features.word, WORD, index);
    if (previous) hit(bucketOf(fnv(previous.pairFrom, features.stem)), PAIR, index - 1, index);
    previous = features;
    for (const gram of features.grams) hit(gram, GRAM, index);
  }
  return { tokens, hits, letters };
}

export type SparseVector = { indices: Int32Array; values: Float32Array };

/** A text's buckets, ascending, each with how often it occurs. */
export type Counted = { buckets: Int32Array; counts: Uint16Array };

/** Raw term counts per bucket, in bucket order (so that vectors compare and sum deterministically). */
export function countBuckets(features: TextFeatures): Counted {
  const all = new Int32Array(features.hits.buckets).sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) distinct++;
  const buckets = new Int32Array(distinct);
  const counts = new Uint16Array(distinct);
  let at = -1;
  for (let i = 0; i < all.length; i++) {
    if (i === 0 || all[i] !== all[i - 1]) buckets[++at] = all[i] ?? 0;
    counts[at] = Math.min(65_535, (counts[at] ?? 0) + 1);
  }
  return { buckets, counts };
}

/** Sublinear TF × IDF, L2-normalised; `idf` is asked for each of the counted buckets. */
export function tfidf({ buckets, counts }: Counted, idf: (bucket: number) => number): SparseVector {
  const values = new Float32Array(buckets.length);
  let norm = 0;
  for (let i = 0; i < buckets.length; i++) {
    const value = (1 + Math.log(counts[i] ?? 1)) * idf(buckets[i] ?? 0);
    values[i] = value;
    norm += value * value;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let j = 0; j < values.length; j++) values[j] = (values[j] ?? 0) * scale;
  return { indices: buckets, values };
}
