// The linear learner under the theme model (model.ts): a TF-IDF vocabulary over the hashed
// features, one-vs-rest logistic regression trained by seeded SGD, and the held-out threshold.
import { FEATURE_SPACE, type Counted, type SparseVector, tfidf } from "./features";

const SEED = 24;
/** Steps between two turns given to other work: a few milliseconds of training. */
export const IN_TURNS_OF = 500;

// mulberry32: a seeded order, the same on every run and server.
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

/** `position[bucket]`: where the bucket stands in `buckets`, −1 for one never seen in training. */
export type Vocabulary = { buckets: Int32Array; idf: Float32Array; position: Int32Array };

// Dense over the hashed feature space (1 MB) rather than maps: looked up for every feature of every text.
export function positionsOf(buckets: Int32Array): Int32Array {
  const position = new Int32Array(FEATURE_SPACE).fill(-1);
  for (let i = 0; i < buckets.length; i++) position[buckets[i] ?? 0] = i;
  return position;
}

export function vocabularyOf(documents: readonly Counted[]): Vocabulary {
  const df = new Uint32Array(FEATURE_SPACE);
  let distinct = 0;
  for (const { buckets } of documents)
    for (let k = 0; k < buckets.length; k++) {
      const bucket = buckets[k] ?? 0;
      if (df[bucket] === 0) distinct++;
      df[bucket] = (df[bucket] ?? 0) + 1;
    }
  const buckets = new Int32Array(distinct);
  const idf = new Float32Array(distinct);
  let at = 0;
  for (let bucket = 0; bucket < FEATURE_SPACE; bucket++) {
    const count = df[bucket] ?? 0;
    if (count === 0) continue;
    buckets[at] = bucket;
    idf[at++] = Math.log((1 + documents.length) / (1 + count)) + 1;
  }
  return { buckets, idf, position: positionsOf(buckets) };
}

/** A document as positions into the vocabulary (unknown buckets dropped) with TF-IDF values. */
export function vectorise({ buckets, counts }: Counted, vocabulary: Vocabulary): SparseVector {
  // Positions ascend with buckets (the vocabulary is sorted), so the result stays in order.
  const positions = new Int32Array(buckets.length);
  const known = new Uint16Array(buckets.length);
  let kept = 0;
  for (let k = 0; k < buckets.length; k++) {
    const at = vocabulary.position[buckets[k] ?? 0] ?? -1;
    if (at < 0) continue;
    positions[kept] = at;
    known[kept++] = counts[k] ?? 0;
  }
  return tfidf(
    { buckets: positions.subarray(0, kept), counts: known.subarray(0, kept) },
    (at) => vocabulary.idf[at] ?? 0,
  );
}

export type Linear = { weights: Float32Array; bias: Float64Array };

/**
 * SGD on the L2-regularised log loss for every theme at once (Bottou 2010: η_t = 1/(λ(t + t0)),
 * the shrinking of w by (1 − ηλ) kept as one scale). The order of each epoch is a seeded shuffle.
 */
export function* trainLinear(
  vectors: readonly SparseVector[],
  labels: readonly Uint8Array[],
  dimensions: number,
  { epochs, lambda }: { epochs: number; lambda: number },
): Generator<void, Linear> {
  const themes = labels.length;
  const state: SgdState = {
    // Feature-major while training: one document's features touch neighbouring memory for all themes.
    w: new Float64Array(dimensions * themes),
    bias: new Float64Array(themes),
    margins: new Float64Array(themes),
    labels: new Uint8Array(themes),
    scale: 1,
  };
  const random = seededRandom(SEED);
  const order = Array.from(vectors.keys());
  const t0 = 1 / lambda;
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const doc of order) {
      const eta = 1 / (lambda * (step + t0));
      step++;
      if (step % IN_TURNS_OF === 0) yield;
      for (let t = 0; t < themes; t++) state.labels[t] = labels[t]?.[doc] ?? 0;
      sgdStep(state, vectors[doc] as SparseVector, eta, lambda);
    }
  }
  const { w, scale } = state;
  const weights = new Float32Array(dimensions * themes);
  for (let d = 0; d < dimensions; d++)
    for (let t = 0; t < themes; t++) weights[t * dimensions + d] = (w[d * themes + t] ?? 0) * scale;
  return { weights, bias: state.bias };
}

type SgdState = { w: Float64Array; bias: Float64Array; margins: Float64Array; labels: Uint8Array; scale: number };

// One document's step, outside the generator: V8 optimises a plain function called this often,
// where a loop inside a generator stayed slow (decision 024, bench).
function sgdStep(state: SgdState, { indices, values }: SparseVector, eta: number, lambda: number): void {
  const { w, bias, margins, labels } = state;
  const themes = margins.length;
  margins.fill(0);
  for (let k = 0; k < indices.length; k++) {
    const base = (indices[k] ?? 0) * themes;
    const x = values[k] ?? 0;
    for (let t = 0; t < themes; t++) margins[t] = (margins[t] ?? 0) + (w[base + t] ?? 0) * x;
  }
  let scale = state.scale * (1 - eta * lambda);
  if (scale < 1e-9) {
    for (let k = 0; k < w.length; k++) w[k] = (w[k] ?? 0) * scale;
    scale = 1;
  }
  state.scale = scale;
  for (let t = 0; t < themes; t++) {
    const z = (margins[t] ?? 0) * (scale / (1 - eta * lambda)) + (bias[t] ?? 0);
    const gradient = 1 / (1 + Math.exp(-z)) - (labels[t] ?? 0);
    margins[t] = gradient;
    bias[t] = (bias[t] ?? 0) - eta * gradient * 0.1;
  }
  for (let k = 0; k < indices.length; k++) {
    const base = (indices[k] ?? 0) * themes;
    const step = (eta * (values[k] ?? 0)) / scale;
    for (let t = 0; t < themes; t++) w[base + t] = (w[base + t] ?? 0) - step * (margins[t] ?? 0);
  }
}

/** The theme's learned log-odds for a document (before the keyword prior and calibration). */
export function learnedLogit(linear: Linear, dimensions: number, theme: number, vector: SparseVector): number {
  let z = linear.bias[theme] ?? 0;
  const offset = theme * dimensions;
  for (let k = 0; k < vector.indices.length; k++)
    z += (linear.weights[offset + (vector.indices[k] ?? 0)] ?? 0) * (vector.values[k] ?? 0);
  return z;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export type Calibration = { a: number; b: number };
/** No calibration learned yet: the score is taken as log-odds as it stands. */
export const UNCALIBRATED: Calibration = { a: 1, b: 0 };

/**
 * Platt scaling (Platt 1999): p = σ(a·s + b) fitted to held-out scores by Newton's method on the
 * log loss, with Platt's smoothed targets so that a few examples cannot push p to 0 or 1.
 * Deterministic: a fixed start and at most a fixed number of steps.
 */
export function fitPlatt(scores: readonly number[], truth: readonly boolean[]): Calibration {
  const positives = truth.filter(Boolean).length;
  const negatives = truth.length - positives;
  if (positives === 0 || negatives === 0) return UNCALIBRATED;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  let a = 1;
  let b = 0;
  for (let step = 0; step < 50; step++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i] ?? 0;
      const p = sigmoid(a * s + b);
      const d = p - (truth[i] ? high : low);
      const w = p * (1 - p);
      ga += d * s;
      gb += d;
      haa += w * s * s;
      hab += w * s;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (det <= 0) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  // Held-out scores that rank against the truth (too few or contradictory examples) must not turn
  // the model's ranking upside down: the score is then taken as it stands.
  return a > 0 ? { a, b } : UNCALIBRATED;
}

/**
 * The score above which F1 is best on held-out scores: midway between the lowest score taken and
 * the next one down. Equal scores are taken or left together, so the order of items never matters.
 */
export function bestThreshold(scores: readonly number[], truth: readonly boolean[]): number {
  const positives = truth.filter(Boolean).length;
  if (positives === 0) return 1;
  const ranked = scores.map((s, i) => ({ s, y: truth[i] === true })).sort((a, b) => b.s - a.s);
  let tp = 0;
  let taken = 0;
  let best = { f1: -1, threshold: 1 };
  for (let i = 0; i < ranked.length; i++) {
    const item = ranked[i] as { s: number; y: boolean };
    taken++;
    if (item.y) tp++;
    const next = ranked[i + 1];
    if (next && next.s === item.s) continue;
    const f1 = (2 * tp) / (taken + positives);
    if (f1 > best.f1) best = { f1, threshold: next ? (item.s + next.s) / 2 : item.s / 2 };
  }
  return best.threshold;
}

/**
 * Thresholds, one per theme, for the best micro-F1 over all themes together: starting from
 * `start`, each theme's threshold in turn is moved to the cut (as in bestThreshold) that gives
 * the best micro-F1 with the others held, for a few rounds. A theme's own best-F1 cut is lower
 * than this for a hard theme (it trades many wrong suggestions for a few right ones), which
 * costs the suggestions as a whole.
 */
export function microThresholds(
  scores: readonly (readonly number[])[],
  truth: readonly (readonly boolean[])[],
  start: readonly number[],
): number[] {
  const thresholds = [...start];
  const counts = scores.map((own, t) => countsAt(own, truth[t] ?? [], thresholds[t] ?? 1));
  const positives = truth.reduce((sum, own) => sum + own.filter(Boolean).length, 0);
  for (let round = 0; round < 3; round++) {
    let moved = false;
    for (let t = 0; t < scores.length; t++) {
      const own = scores[t] ?? [];
      const ownTruth = truth[t] ?? [];
      if (!ownTruth.some(Boolean)) continue;
      const others = counts.reduce((sum, c, u) => (u === t ? sum : { tp: sum.tp + c.tp, taken: sum.taken + c.taken }), {
        tp: 0,
        taken: 0,
      });
      const current = counts[t] ?? { tp: 0, taken: 0 };
      let best = {
        f1: (2 * (others.tp + current.tp)) / (others.taken + current.taken + positives),
        threshold: thresholds[t] ?? 1,
      };
      const ranked = own.map((s, i) => ({ s, y: ownTruth[i] === true })).sort((a, b) => b.s - a.s);
      let tp = 0;
      for (let i = 0; i < ranked.length; i++) {
        const item = ranked[i] as { s: number; y: boolean };
        if (item.y) tp++;
        const next = ranked[i + 1];
        if (next && next.s === item.s) continue;
        const f1 = (2 * (others.tp + tp)) / (others.taken + i + 1 + positives);
        if (f1 > best.f1 + 1e-12) best = { f1, threshold: next ? (item.s + next.s) / 2 : item.s / 2 };
      }
      if (best.threshold !== thresholds[t]) {
        thresholds[t] = best.threshold;
        counts[t] = countsAt(own, ownTruth, best.threshold);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return thresholds;
}

function countsAt(scores: readonly number[], truth: readonly boolean[], threshold: number) {
  let tp = 0;
  let taken = 0;
  for (let i = 0; i < scores.length; i++)
    if ((scores[i] ?? 0) >= threshold) {
      taken++;
      if (truth[i]) tp++;
    }
  return { tp, taken };
}
