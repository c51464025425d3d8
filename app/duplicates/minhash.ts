// Near-duplicate detection by MinHash over word 3-grams, banded for lookup (LSH): two texts
// whose 3-gram sets overlap by Jaccard similarity s share at least one band with probability
// 1 − (1 − s^ROWS)^BANDS — above 99 % at s = 0.8, under 4 % at s = 0.4.
export const HASHES = 64;
export const BANDS = 16;
const ROWS = HASHES / BANDS;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mix(value: number, seed: number): number {
  let h = (value ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function shingles(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const grams = new Set<string>();
  if (words.length < 3) {
    if (words.length > 0) grams.add(words.join(" "));
    return grams;
  }
  for (let i = 0; i + 3 <= words.length; i++) grams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return grams;
}

export function signature(text: string): number[] {
  const hashes = [...shingles(text)].map(fnv1a);
  return Array.from({ length: HASHES }, (_, i) => {
    let minimum = 0xffffffff;
    for (const hash of hashes) minimum = Math.min(minimum, mix(hash, i + 1));
    return minimum;
  });
}

/** Estimated Jaccard similarity of the texts behind two signatures. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/** One hash per band, signed 32-bit so PostgreSQL's integer holds it. */
export function bands(sig: readonly number[]): number[] {
  const out: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let hash = 0x811c9dc5 ^ band;
    for (const value of sig.slice(band * ROWS, (band + 1) * ROWS)) hash = Math.imul(hash ^ value, 0x01000193);
    out.push(hash | 0);
  }
  return out;
}
