import {
  type Counted,
  countBuckets,
  extractFeatures,
  type Language,
  type SparseVector,
  stopWordShare,
  type TextFeatures,
  type Token,
  WORD,
} from "./features";
import {
  type Calibration,
  IN_TURNS_OF,
  type Linear,
  learnedLogit,
  positionsOf,
  trainLinear,
  type Vocabulary,
  vectorise,
  vocabularyOf,
} from "./linear";
import { calibrated, tunedThresholds } from "./tuning";
import {
  blendedScore,
  type KeywordIndex,
  keywordHits,
  keywordIndexOf,
  keywordStemsOf,
  keywordWeight,
  matchCounts,
} from "./keyword-prior";

/**
 * A consultation's theme model, learned from its tagged input (docs/decisions/024-…). Pure: the
 * same themes and examples give the same model, byte for byte, and the same suggestions.
 *  - One-vs-rest L2-regularised logistic regression over the TF-IDF features of `features.ts`,
 *    trained by SGD in a seeded order.
 *  - The theme's keywords (both languages) give a prior log-odds by how many of them the text
 *    matches; a theme's score is the learned log-odds plus that prior weighed
 *    PRIOR_EXAMPLES / (PRIOR_EXAMPLES + examples): fully without examples, half at PRIOR_EXAMPLES,
 *    little once many are tagged.
 *  - Out-of-fold (the examples dealt into folds by a hash of their text, each fold scored by a
 *    model trained on the others) the blended scores are calibrated by Platt scaling, so that a
 *    confidence of 0.8 is right about 8 times in 10, and each theme's threshold on that
 *    confidence is the one with the best held-out F1, shrunk toward the threshold best for all
 *    themes together by the theme's number of examples.
 */
/** The confidence a theme needs while nothing was tuned (too few examples). */
export const SUGGESTED_AT = 0.5;
const MAX_SUGGESTIONS = 3;
const WHY_WORDS = 3;
const MIN_LETTERS = 4;

export type ThemeSpec = { key: string; keywords: readonly string[] };
export type Example = { text: string; language?: Language; themes: readonly string[] };
export type TrainOptions = { folds?: number; epochs?: number; lambda?: number };

export type ThemeParams = {
  key: string;
  examples: number;
  /** The calibrated confidence a suggestion of this theme needs; 1 when the theme has no example. */
  threshold: number;
  bias: number;
  keywordStems: string[];
};
export type ThemeModel = {
  themes: ThemeParams[];
  trainedOn: number;
  /** Platt scaling of the blended score, fitted out-of-fold. */
  calibration: Calibration;
  /** Buckets seen in training, ascending; idf and each theme's weights are indexed like them. */
  buckets: Int32Array;
  idf: Float32Array;
  /** Theme-major: weights[t * buckets.length + i]. */
  weights: Float32Array;
  /** Word buckets seen in training: a text none of whose words the model knows is not judged. */
  knownWords: Set<number>;
};

export type Suggestion = { key: string; confidence: number; why: string[] };
export type NoSuggestion = "too_short" | "other_language";
export type Judgement = { suggestions: Suggestion[]; withheld: NoSuggestion | null };

type Featurised = { features: TextFeatures; counts: Counted };
const featurise = (text: string, language?: Language): Featurised => {
  const features = extractFeatures(text, language);
  return { features, counts: countBuckets(features) };
};

export function trainThemeModel(
  themes: readonly ThemeSpec[],
  examples: readonly Example[],
  options: TrainOptions = {},
): ThemeModel {
  const turns = training(themes, examples, options);
  for (;;) {
    const turn = turns.next();
    if (turn.done) return turn.value;
  }
}

/**
 * The same training, giving way to other work every IN_TURNS_OF steps: an app server's trainer
 * uses it, so that pages are served while a large consultation's model trains.
 */
export async function trainThemeModelInTurns(
  themes: readonly ThemeSpec[],
  examples: readonly Example[],
  options: TrainOptions = {},
): Promise<ThemeModel> {
  const turns = training(themes, examples, options);
  for (;;) {
    const turn = turns.next();
    if (turn.done) return turn.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function* training(
  themes: readonly ThemeSpec[],
  examples: readonly Example[],
  options: TrainOptions,
): Generator<void, ThemeModel> {
  const keywordStems = themes.map((theme) => keywordStemsOf(theme.keywords));
  const keywordIndex = keywordIndexOf(keywordStems);
  const knownWords = new Set<number>();
  const documents: Counted[] = [];
  const tokensOf: Token[][] = [];
  for (const example of examples) {
    const { features, counts } = featurise(example.text, example.language);
    const { buckets, kinds } = features.hits;
    for (let i = 0; i < buckets.length; i++) if (kinds[i] === WORD) knownWords.add(buckets[i] ?? 0);
    documents.push(counts);
    tokensOf.push(features.tokens);
    if (documents.length % IN_TURNS_OF === 0) yield;
  }
  const vocabulary = vocabularyOf(documents);
  const dimensions = vocabulary.buckets.length;
  const vectors = documents.map((counted) => vectorise(counted, vocabulary));
  const labels = themes.map(({ key }) => Uint8Array.from(examples, (e) => Number(e.themes.includes(key))));
  const exampleCounts = labels.map((l) => l.reduce((sum, y) => sum + y, 0));
  const lambda = options.lambda ?? 1 / (4 * Math.max(examples.length, 50));
  // Small sets get more passes (SGD needs about 200,000 steps to settle); past 200,000 examples, one.
  const epochsFor = (n: number, steps = 200_000) =>
    options.epochs ?? Math.max(1, Math.min(15, Math.ceil(steps / Math.max(n, 1))));
  const full = yield* trainLinear(vectors, labels, dimensions, { epochs: epochsFor(examples.length), lambda });

  // A theme with neither examples nor keywords is never suggested.
  const suggestable = themes.map((_, t) => (exampleCounts[t] ?? 0) > 0 || (keywordStems[t]?.length ?? 0) > 0);
  const { calibration, thresholds } = yield* tunedThresholds({
    texts: examples.map((e) => e.text),
    vectors,
    labels,
    dimensions,
    lambda,
    exampleCounts,
    suggestable,
    keywordMatches: (i) => matchCounts(keywordHits(keywordIndex, tokensOf[i] ?? []), themes.length),
    folds: options.folds ?? (examples.length > 20_000 ? 3 : 5),
    epochsFor,
    untuned: SUGGESTED_AT,
  });

  return {
    themes: themes.map((theme, t) => ({
      key: theme.key,
      examples: exampleCounts[t] ?? 0,
      threshold: thresholds[t] ?? 1,
      bias: full.bias[t] ?? 0,
      keywordStems: keywordStems[t] ?? [],
    })),
    trainedOn: examples.length,
    calibration,
    buckets: vocabulary.buckets,
    idf: vocabulary.idf,
    weights: full.weights,
    knownWords,
  };
}

// What scoring needs beyond the stored model, made once per model and kept with it.
const preparedModels = new WeakMap<
  ThemeModel,
  { vocabulary: Vocabulary; linear: Linear; keywordIndex: KeywordIndex }
>();
function prepared(model: ThemeModel) {
  let found = preparedModels.get(model);
  if (!found) {
    found = {
      vocabulary: { buckets: model.buckets, idf: model.idf, position: positionsOf(model.buckets) },
      linear: { weights: model.weights, bias: Float64Array.from(model.themes, (theme) => theme.bias) },
      keywordIndex: keywordIndexOf(model.themes.map((theme) => theme.keywordStems)),
    };
    preparedModels.set(model, found);
  }
  return found;
}

/**
 * Themes for one text, most confident first, each with the words that weighed most for it (unless
 * `explain` is false: finding them costs more than the suggestion, and a batch has no use for them).
 */
export function suggestThemes(
  model: ThemeModel,
  text: string,
  language?: Language | "other",
  { explain = true }: { explain?: boolean } = {},
): Judgement {
  if (language === "other") return { suggestions: [], withheld: "other_language" };
  const { features, counts } = featurise(text, language);
  if (features.letters < MIN_LETTERS || features.tokens.length === 0) return { suggestions: [], withheld: "too_short" };
  if (language === undefined && inThirdLanguage(model, text, features))
    return { suggestions: [], withheld: "other_language" };

  const { vocabulary, linear, keywordIndex } = prepared(model);
  const vector = vectorise(counts, vocabulary);
  const dimensions = model.buckets.length;
  const hits = keywordHits(keywordIndex, features.tokens);
  const matches = matchCounts(hits, model.themes.length);
  const suggestions: (Suggestion & { order: number })[] = [];
  model.themes.forEach((theme, t) => {
    const learned = learnedLogit(linear, dimensions, t, vector);
    const confidence = calibrated(model.calibration, blendedScore(learned, matches[t] ?? 0, theme.examples));
    if (confidence < theme.threshold) return;
    const matched = [...new Set(features.tokens.filter((_, i) => hits[i]?.includes(t)).map((token) => token.surface))];
    // Why: the keywords while they weigh more than what was learned, else the words that weighed most.
    const keywordsLead = keywordWeight(theme.examples) >= 0.5 && matched.length > 0;
    suggestions.push({
      key: theme.key,
      confidence: Math.round(confidence * 100) / 100,
      why: !explain
        ? []
        : keywordsLead
          ? matched.slice(0, WHY_WORDS)
          : weightiestOrMatched(weightiestWords(model, t, features, counts, vector), matched),
      order: t,
    });
  });
  suggestions.sort((a, b) => b.confidence - a.confidence || a.order - b.order);
  return { suggestions: suggestions.slice(0, MAX_SUGGESTIONS).map(({ order: _, ...s }) => s), withheld: null };
}

const weightiestOrMatched = (weightiest: string[], matched: string[]) =>
  weightiest.length > 0 ? weightiest : matched.slice(0, WHY_WORDS);

/** Four or more words, no little word of either language, and hardly a word the model has seen. */
function inThirdLanguage(model: ThemeModel, text: string, features: TextFeatures): boolean {
  const words = stopWordShare(text);
  if (words.words < 4 || words.stopWords > 0) return false;
  const { buckets, kinds } = features.hits;
  let known = 0;
  for (let i = 0; i < buckets.length; i++) if (kinds[i] === WORD && model.knownWords.has(buckets[i] ?? 0)) known++;
  return known * 4 < features.tokens.length;
}

/** The text's words whose features add most to the theme's score (weight × value), as written. */
function weightiestWords(
  model: ThemeModel,
  theme: number,
  features: TextFeatures,
  counts: Counted,
  vector: SparseVector,
): string[] {
  const offset = theme * model.buckets.length;
  const contributionOf = new Map<number, number>();
  for (let k = 0; k < vector.indices.length; k++) {
    const bucket = model.buckets[vector.indices[k] ?? 0] ?? 0;
    contributionOf.set(bucket, (model.weights[offset + (vector.indices[k] ?? 0)] ?? 0) * (vector.values[k] ?? 0));
  }
  const countOf = new Map<number, number>();
  for (let k = 0; k < counts.buckets.length; k++) countOf.set(counts.buckets[k] ?? 0, counts.counts[k] ?? 1);
  const perWord = new Float64Array(features.tokens.length);
  const { buckets, first, second } = features.hits;
  for (let i = 0; i < buckets.length; i++) {
    const bucket = buckets[i] ?? 0;
    const pair = (second[i] ?? -1) >= 0;
    const contribution = (contributionOf.get(bucket) ?? 0) / (countOf.get(bucket) ?? 1) / (pair ? 2 : 1);
    const word = first[i] ?? 0;
    perWord[word] = (perWord[word] ?? 0) + contribution;
    if (pair) perWord[second[i] ?? 0] = (perWord[second[i] ?? 0] ?? 0) + contribution;
  }
  const bySurface = new Map<string, number>();
  for (const [i, token] of features.tokens.entries())
    bySurface.set(token.surface, Math.max(bySurface.get(token.surface) ?? 0, perWord[i] ?? 0));
  return [...bySurface]
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, WHY_WORDS)
    .map(([surface]) => surface);
}
