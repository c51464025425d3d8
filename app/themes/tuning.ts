import type { SparseVector } from "./features";
import { blendedScore } from "./keyword-prior";
import {
  bestThreshold,
  type Calibration,
  fitPlatt,
  learnedLogit,
  microThresholds,
  sigmoid,
  trainLinear,
  UNCALIBRATED,
} from "./linear";
import { assignFolds } from "./metrics";

// Out of fold, the theme model's calibration and per-theme thresholds (docs/decisions/024-…).

/** Examples at which a theme's own threshold and the global one weigh the same. */
const THRESHOLD_EXAMPLES = 10;
const TUNED_ON = 20_000;
// SGD steps of each tuning fold's model: with 20,000 tuning examples, as many as 6,000 had at 15
// passes, so a large consultation's training takes no longer (decision 024, 2026-12-03).
const TUNING_STEPS = 60_000;

export const calibrated = ({ a, b }: Calibration, score: number) => sigmoid(a * score + b);

export type TuningInput = {
  texts: readonly string[];
  vectors: readonly SparseVector[];
  labels: readonly Uint8Array[];
  dimensions: number;
  lambda: number;
  exampleCounts: readonly number[];
  /** Per theme: false for one with neither examples nor keywords, never suggested. */
  suggestable: readonly boolean[];
  /** Per example: how many of each theme's keywords its text matches. */
  keywordMatches: (example: number) => ArrayLike<number>;
  folds: number;
  /** SGD passes for a training set of `n` examples in about `steps` steps. */
  epochsFor: (n: number, steps?: number) => number;
  /** The confidence a theme needs while nothing was tuned (too few examples). */
  untuned: number;
};

/**
 * Each fold's examples scored by a model trained on the others; Platt calibration fitted on those
 * scores; the cut for the best micro-F1 of all themes together, shrunk toward the global cut by a
 * theme's number of examples. Too few examples: uncalibrated, and the untuned cut.
 */
export function* tunedThresholds(
  input: TuningInput,
): Generator<void, { calibration: Calibration; thresholds: number[] }> {
  const { texts, vectors, labels, dimensions, lambda, exampleCounts, suggestable, folds } = input;
  const themeCount = labels.length;
  let calibration = UNCALIBRATED;
  const thresholds = suggestable.map((can): number => (can ? input.untuned : 1));
  // Thresholds are tuned on at most TUNED_ON examples, chosen by a hash of their text, each fold's
  // model trained in TUNING_STEPS: training time stays within the bench's minute for 200,000, and
  // the fold models are not much weaker than the full one (tuned on 6,000, GoEmotions lost 0.01).
  const sampleOf = assignFolds(texts, Math.max(1, Math.ceil(texts.length / TUNED_ON)));
  const tuning = texts.flatMap((_, i) => (sampleOf[i] === 0 ? [i] : []));
  if (tuning.length < folds * 2) return { calibration, thresholds };
  const foldOf = assignFolds(
    tuning.map((i) => texts[i] ?? ""),
    folds,
  );
  const heldOut = labels.map(() => new Float64Array(tuning.length));
  for (let fold = 0; fold < folds; fold++) {
    const trainedOn = tuning.filter((_, j) => foldOf[j] !== fold);
    const foldLabels = labels.map((l) => Uint8Array.from(trainedOn, (i) => l[i] ?? 0));
    const foldExamples = foldLabels.map((l) => l.reduce((sum, y) => sum + y, 0));
    const linear = yield* trainLinear(
      trainedOn.map((i) => vectors[i] as SparseVector),
      foldLabels,
      dimensions,
      { epochs: input.epochsFor(trainedOn.length, TUNING_STEPS), lambda },
    );
    for (const [j, i] of tuning.entries()) {
      if (foldOf[j] !== fold) continue;
      const matches = input.keywordMatches(i);
      for (let t = 0; t < themeCount; t++)
        (heldOut[t] as Float64Array)[j] = blendedScore(
          learnedLogit(linear, dimensions, t, vectors[i] as SparseVector),
          matches[t] ?? 0,
          foldExamples[t] ?? 0,
        );
    }
  }
  const truthOf = (t: number) => tuning.map((i) => labels[t]?.[i] === 1);
  const everyTheme = labels.map((_, t) => t);
  calibration = fitPlatt(
    everyTheme.flatMap((t) => [...(heldOut[t] ?? [])]),
    everyTheme.flatMap(truthOf),
  );
  const confidences = heldOut.map((scores) => [...scores].map((s) => calibrated(calibration, s)));
  const global = bestThreshold(confidences.flat(), everyTheme.flatMap(truthOf));
  // Cuts for the best micro-F1 of all themes together, from the global cut (a theme that is never
  // suggested counts as such).
  const micro = microThresholds(
    confidences,
    everyTheme.map(truthOf),
    everyTheme.map((t) => (suggestable[t] ? global : 1)),
  );
  for (let t = 0; t < themeCount; t++) {
    if (!suggestable[t]) continue;
    const n = exampleCounts[t] ?? 0;
    const own = n === 0 ? global : (micro[t] ?? global);
    // A theme with few examples has a noisy best cut of its own: lean on the global one.
    thresholds[t] = (n * own + THRESHOLD_EXAMPLES * global) / (n + THRESHOLD_EXAMPLES);
  }
  return { calibration, thresholds };
}
