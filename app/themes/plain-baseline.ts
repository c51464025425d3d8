// The plain baseline issue 13 measures the model against (decision 024): TF-IDF over lower-cased
// word unigrams as scikit-learn's TfidfVectorizer makes them by default (words of two or more
// word characters, smooth idf, raw counts, L2-normalised), one L2-regularised logistic regression
// per theme at C (sklearn's objective ½‖w‖² + C·Σ log loss, that is λ = 1 / (C·n) per example),
// and a theme wherever its probability reaches 0.5. Nothing of the model's own: no stemming,
// pairs, n-grams, keywords or tuned thresholds. Used only by `themes:evaluate --method plain-lr`.
import type { SparseVector } from "./features";
import { learnedLogit, sigmoid, trainLinear } from "./linear";

type Example = { text: string; themes: readonly string[] };

// sklearn's token_pattern (?u)\b\w\w+\b, lower-cased first.
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}_]{2,}/gu) ?? [];

// Enough SGD steps to come within 0.002 of the micro-F1 that sklearn's lbfgs gives on the sets of
// decision 024 (400,000 fell 0.011 short on GoEmotions' 43,410 examples).
const STEPS = 1_500_000;

export function trainPlainBaseline(themes: readonly string[], examples: readonly Example[], C = 1) {
  const index = new Map<string, number>();
  const df: number[] = [];
  for (const example of examples)
    for (const word of new Set(wordsOf(example.text))) {
      let at = index.get(word);
      if (at === undefined) {
        at = index.size;
        index.set(word, at);
      }
      df[at] = (df[at] ?? 0) + 1;
    }
  const idf = df.map((count) => Math.log((1 + examples.length) / (1 + count)) + 1);
  const vectorise = (text: string): SparseVector => {
    const counts = new Map<number, number>();
    for (const word of wordsOf(text)) {
      const at = index.get(word);
      if (at !== undefined) counts.set(at, (counts.get(at) ?? 0) + 1);
    }
    const indices = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
    const values = Float32Array.from(indices, (at) => (counts.get(at) ?? 0) * (idf[at] ?? 0));
    const norm = Math.hypot(...values);
    return { indices, values: norm > 0 ? values.map((v) => v / norm) : values };
  };
  const labels = themes.map((key) => Uint8Array.from(examples, (e) => Number(e.themes.includes(key))));
  const n = Math.max(examples.length, 1);
  const turns = trainLinear(
    examples.map((e) => vectorise(e.text)),
    labels,
    index.size,
    { epochs: Math.max(1, Math.ceil(STEPS / n)), lambda: 1 / (C * n) },
  );
  let turn = turns.next();
  while (!turn.done) turn = turns.next();
  const linear = turn.value;
  return (text: string): string[] => {
    const vector = vectorise(text);
    return themes.filter((_, t) => sigmoid(learnedLogit(linear, index.size, t, vector)) >= 0.5);
  };
}
