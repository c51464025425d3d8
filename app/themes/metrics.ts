import { createHash } from "node:crypto";

/**
 * How theme suggestions compare with the true themes (`npm run themes:evaluate`). Pure: the same
 * items give the same figures, bootstrap intervals and folds included.
 */
export type ScoredItem = { truth: readonly string[]; predicted: readonly string[] };

type Counts = { tp: number; fp: number; fn: number };
export type ThemeScore = Counts & { precision: number; recall: number; f1: number };
export type Scores = {
  micro_precision: number;
  micro_recall: number;
  micro_f1: number;
  macro_f1: number;
  /** Among items with at least one suggestion, the share whose first (most confident) one is right. */
  top_precision: number;
  /** The share of items with at least one suggestion. */
  coverage: number;
  per_theme: Record<string, ThemeScore>;
};

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const f1 = ({ tp, fp, fn }: Counts) => ratio(2 * tp, 2 * tp + fp + fn);

function countsOf(item: ScoredItem, themeKeys: readonly string[]): Map<string, Counts> {
  const truth = new Set(item.truth);
  const predicted = new Set(item.predicted);
  return new Map(
    themeKeys.map((key) => [
      key,
      {
        tp: Number(predicted.has(key) && truth.has(key)),
        fp: Number(predicted.has(key) && !truth.has(key)),
        fn: Number(!predicted.has(key) && truth.has(key)),
      },
    ]),
  );
}

export function score(items: readonly ScoredItem[], themeKeys: readonly string[]): Scores {
  const perTheme = new Map(themeKeys.map((key) => [key, { tp: 0, fp: 0, fn: 0 }]));
  for (const item of items)
    for (const [key, counts] of countsOf(item, themeKeys)) {
      const total = perTheme.get(key);
      if (!total) continue;
      total.tp += counts.tp;
      total.fp += counts.fp;
      total.fn += counts.fn;
    }
  const micro = microCounts([...perTheme.values()]);
  const suggested = items.filter((item) => item.predicted.length > 0);
  const topRight = suggested.filter((item) => item.truth.includes(item.predicted[0] ?? "")).length;
  return {
    micro_precision: ratio(micro.tp, micro.tp + micro.fp),
    micro_recall: ratio(micro.tp, micro.tp + micro.fn),
    micro_f1: f1(micro),
    macro_f1: ratio(
      [...perTheme.values()].reduce((total, counts) => total + f1(counts), 0),
      perTheme.size,
    ),
    top_precision: ratio(topRight, suggested.length),
    coverage: ratio(suggested.length, items.length),
    per_theme: Object.fromEntries(
      [...perTheme].map(([key, c]) => [
        key,
        { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn), f1: f1(c) },
      ]),
    ),
  };
}

function microCounts(counts: readonly Counts[]): Counts {
  return counts.reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
}

/** A small seeded generator (mulberry32): the same seed gives the same resamples on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BOOTSTRAP_SAMPLES = 1000;
export const BOOTSTRAP_SEED = 13;

/**
 * A 95 % percentile-bootstrap interval for micro-F1: the items are resampled with replacement
 * `samples` times from a fixed seed, so the same items always give the same interval.
 */
export function microF1Interval(
  items: readonly ScoredItem[],
  themeKeys: readonly string[],
  { samples = BOOTSTRAP_SAMPLES, seed = BOOTSTRAP_SEED } = {},
): [low: number, high: number] {
  if (items.length === 0) return [0, 0];
  const perItem = items.map((item) => microCounts([...countsOf(item, themeKeys).values()]));
  const random = seededRandom(seed);
  const figures: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const drawn = { tp: 0, fp: 0, fn: 0 };
    for (let i = 0; i < perItem.length; i++) {
      const counts = perItem[Math.floor(random() * perItem.length)] ?? drawn;
      drawn.tp += counts.tp;
      drawn.fp += counts.fp;
      drawn.fn += counts.fn;
    }
    figures.push(f1(drawn));
  }
  figures.sort((a, b) => a - b);
  const at = (share: number) => figures[Math.min(samples - 1, Math.floor(share * samples))] ?? 0;
  return [at(0.025), at(0.975)];
}

/**
 * The cross-validation fold (0 … k−1) of each text: texts are ranked by a hash of their content
 * (ties by position) and dealt round-robin, so folds are as even as possible and do not depend on
 * the order of the file or on any random state.
 */
export function assignFolds(texts: readonly string[], k: number): number[] {
  const ranked = texts
    .map((text, index) => ({ index, hash: createHash("sha256").update(text).digest("hex") }))
    .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : a.index - b.index));
  const folds = new Array<number>(texts.length).fill(0);
  ranked.forEach(({ index }, rank) => {
    folds[index] = rank % k;
  });
  return folds;
}
