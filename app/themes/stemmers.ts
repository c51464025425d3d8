/**
 * Word stemmers for theme features (docs/decisions/024-learned-theme-suggestions.md). Pure.
 *
 * Indonesian: a rule-based affix stripper after Tala (2003), in the order the Sastrawi algorithm
 * strips (particle, possessive, derivational suffix, then up to two prefixes), with the common
 * nasal recodings (menulis → tulis, memukul → pukul, menyapu → sapu). Without a root dictionary
 * it cannot tell mengirim (kirim) from mengambil (ambil); the character n-grams beside the stems
 * carry such words. English: Porter (1980), the original algorithm.
 */

const VOWEL = /[aeiou]/;
const MIN_ROOT = 3;

function stripParticle(word: string): string {
  const match = /^(.{3,}?)(kah|lah|tah|pun)$/.exec(word);
  return match?.[1] ?? word;
}

function stripPossessive(word: string): string {
  const match = /^(.{3,}?)(ku|mu|nya)$/.exec(word);
  return match?.[1] ?? word;
}

/** One prefix off, with the nasal's first letter put back; null when none applies. */
function stripPrefix(word: string): string | null {
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^meng([aeiou].*)$/, (m) => m[1] ?? ""],
    [/^meng([gkh].*)$/, (m) => m[1] ?? ""],
    [/^peng([aeiou].*)$/, (m) => m[1] ?? ""],
    [/^peng([gkh].*)$/, (m) => m[1] ?? ""],
    [/^meny([aeiou].*)$/, (m) => `s${m[1]}`],
    [/^peny([aeiou].*)$/, (m) => `s${m[1]}`],
    [/^mem([aeiou].*)$/, (m) => `p${m[1]}`],
    [/^pem([aeiou].*)$/, (m) => `p${m[1]}`],
    [/^mem([bpf].*)$/, (m) => m[1] ?? ""],
    [/^pem([bpf].*)$/, (m) => m[1] ?? ""],
    [/^men([aeiou].*)$/, (m) => `t${m[1]}`],
    [/^pen([aeiou].*)$/, (m) => `t${m[1]}`],
    [/^men([cdjtsz].*)$/, (m) => m[1] ?? ""],
    [/^pen([cdjtsz].*)$/, (m) => m[1] ?? ""],
    [/^ber(.*)$/, (m) => m[1] ?? ""],
    [/^per(.*)$/, (m) => m[1] ?? ""],
    [/^ter(.*)$/, (m) => m[1] ?? ""],
    [/^me([lrwymn].*)$/, (m) => m[1] ?? ""],
    [/^pe([lrwymn].*)$/, (m) => m[1] ?? ""],
    [/^be(k.*)$/, (m) => m[1] ?? ""],
    [/^di(.*)$/, (m) => m[1] ?? ""],
  ];
  for (const [pattern, root] of rules) {
    const match = pattern.exec(word);
    if (!match) continue;
    const stripped = root(match);
    if (stripped.length >= MIN_ROOT && VOWEL.test(stripped)) return stripped;
  }
  return null;
}

function stripSuffix(word: string, hadPrefix: boolean): string {
  const kan = /^(.{3,}?)kan$/.exec(word);
  if (kan?.[1]) return kan[1];
  const an = /^(.{4,}?)an$/.exec(word);
  if (an?.[1]) return an[1];
  // "-i" ends many roots (nilai, bumi): it is taken off only after a prefix (memperbaiki).
  const i = /^(.{4,}?[^aeiou])i$/.exec(word);
  if (hadPrefix && i?.[1]) return i[1];
  return word;
}

// A text's words repeat across submissions: each stem is worked out once, in a bounded memo.
const MEMO_SIZE = 200_000;
function memoised(stem: (word: string) => string): (word: string) => string {
  const memo = new Map<string, string>();
  return (word) => {
    let found = memo.get(word);
    if (found === undefined) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      found = stem(word);
      memo.set(word, found);
    }
    return found;
  };
}

export const stemIndonesian = memoised(stemIndonesianWord);
export const stemEnglish = memoised(stemEnglishWord);

function stemIndonesianWord(word: string): string {
  if (word.length <= 4 || !/^[a-z]+$/.test(word)) return word;
  let stem = stripPossessive(stripParticle(word));
  // ke-…-an is taken as one confix (kebersihan, keamanan); "ke-" and "se-" alone start too many roots.
  const confix = /^ke(.{3,})an$/.exec(stem);
  if (confix?.[1]) return confix[1];
  const first = stripPrefix(stem);
  if (first) stem = first;
  stem = stripSuffix(stem, first !== null);
  // A second prefix (mem-per-baiki, di-per-hatikan), only where a root of four letters is left.
  const second = first && /^(ber|per|pe|ter|be)/.test(stem) ? stripPrefix(stem) : null;
  if (second && second.length >= 4) stem = second;
  return stem.length >= MIN_ROOT ? stem : word;
}

// Porter (1980). `m` is the number of vowel–consonant sequences in the stem.
const isConsonant = (word: string, i: number): boolean => {
  const c = word[i];
  if (c === "a" || c === "e" || c === "i" || c === "o" || c === "u") return false;
  if (c === "y") return i === 0 || !isConsonant(word, i - 1);
  return true;
};
function measure(stem: string): number {
  let m = 0;
  let i = 0;
  const n = stem.length;
  while (i < n && isConsonant(stem, i)) i++;
  while (i < n) {
    while (i < n && !isConsonant(stem, i)) i++;
    if (i >= n) break;
    while (i < n && isConsonant(stem, i)) i++;
    m++;
  }
  return m;
}
const hasVowel = (stem: string) => [...stem].some((_, i) => !isConsonant(stem, i));
const endsDoubleConsonant = (w: string) =>
  w.length >= 2 && w[w.length - 1] === w[w.length - 2] && isConsonant(w, w.length - 1);
const endsCvc = (w: string) =>
  w.length >= 3 &&
  isConsonant(w, w.length - 3) &&
  !isConsonant(w, w.length - 2) &&
  isConsonant(w, w.length - 1) &&
  !/[wxy]$/.test(w);

function replaceSuffix(word: string, rules: [string, string][], minMeasure: number): string {
  for (const [suffix, replacement] of rules)
    if (word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      return measure(stem) > minMeasure ? stem + replacement : word;
    }
  return word;
}

const STEP2: [string, string][] = [
  ["ational", "ate"],
  ["tional", "tion"],
  ["enci", "ence"],
  ["anci", "ance"],
  ["izer", "ize"],
  ["abli", "able"],
  ["alli", "al"],
  ["entli", "ent"],
  ["eli", "e"],
  ["ousli", "ous"],
  ["ization", "ize"],
  ["ation", "ate"],
  ["ator", "ate"],
  ["alism", "al"],
  ["iveness", "ive"],
  ["fulness", "ful"],
  ["ousness", "ous"],
  ["aliti", "al"],
  ["iviti", "ive"],
  ["biliti", "ble"],
];
const STEP3: [string, string][] = [
  ["icate", "ic"],
  ["ative", ""],
  ["alize", "al"],
  ["iciti", "ic"],
  ["ical", "ic"],
  ["ful", ""],
  ["ness", ""],
];
const STEP4 = [
  "al",
  "ance",
  "ence",
  "er",
  "ic",
  "able",
  "ible",
  "ant",
  "ement",
  "ment",
  "ent",
  "ion",
  "ou",
  "ism",
  "ate",
  "iti",
  "ous",
  "ive",
  "ize",
];

function stemEnglishWord(input: string): string {
  if (input.length <= 2 || !/^[a-z]+$/.test(input)) return input;
  let w = input;
  // Step 1a
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ies")) w = w.slice(0, -2);
  else if (!w.endsWith("ss") && w.endsWith("s")) w = w.slice(0, -1);
  // Step 1b
  let extra = false;
  if (w.endsWith("eed")) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else {
    for (const suffix of ["ed", "ing"])
      if (w.endsWith(suffix) && hasVowel(w.slice(0, -suffix.length))) {
        w = w.slice(0, -suffix.length);
        extra = true;
        break;
      }
  }
  if (extra) {
    if (/(at|bl|iz)$/.test(w)) w += "e";
    else if (endsDoubleConsonant(w) && !/[lsz]$/.test(w)) w = w.slice(0, -1);
    else if (measure(w) === 1 && endsCvc(w)) w += "e";
  }
  // Step 1c
  if (w.endsWith("y") && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  w = replaceSuffix(w, STEP2, 0);
  w = replaceSuffix(w, STEP3, 0);
  // Step 4
  for (const suffix of STEP4)
    if (w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length);
      if (measure(stem) > 1 && (suffix !== "ion" || /[st]$/.test(stem))) w = stem;
      break;
    }
  // Step 5
  if (w.endsWith("e")) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem;
  }
  if (measure(w) > 1 && endsDoubleConsonant(w) && w.endsWith("l")) w = w.slice(0, -1);
  return w;
}
