/**
 * Near-duplicate grouping scored by pairs (`npm run duplicates:evaluate`): a pair of items is
 * right when both are in one found group and one true group. Counted per cell of the
 * true × found table, so a set of any size is scored in one pass.
 */
export type PairScores = {
  precision: number;
  recall: number;
  f1: number;
  true_pairs: number;
  found_pairs: number;
  right_pairs: number;
  /** Groups of two items or more. */
  true_groups: number;
  found_groups: number;
};

const pairsIn = (size: number) => (size * (size - 1)) / 2;

function sizes(keys: readonly string[]): number[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.values()];
}

/** `found[i]` is item i's group, or null when it was grouped with nothing. */
export function scorePairs(truth: readonly string[], found: readonly (string | null)[]): PairScores {
  const grouped = found.flatMap((group, index) => (group === null ? [] : [{ group, truth: truth[index] ?? "" }]));
  const truePairs = sizes(truth).reduce((total, size) => total + pairsIn(size), 0);
  const foundPairs = sizes(grouped.map((item) => item.group)).reduce((total, size) => total + pairsIn(size), 0);
  const rightPairs = sizes(grouped.map((item) => JSON.stringify([item.group, item.truth]))).reduce(
    (total, size) => total + pairsIn(size),
    0,
  );
  const precision = foundPairs === 0 ? 0 : rightPairs / foundPairs;
  const recall = truePairs === 0 ? 0 : rightPairs / truePairs;
  return {
    precision,
    recall,
    f1: rightPairs === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    true_pairs: truePairs,
    found_pairs: foundPairs,
    right_pairs: rightPairs,
    true_groups: sizes(truth).filter((size) => size > 1).length,
    found_groups: sizes(grouped.map((item) => item.group)).filter((size) => size > 1).length,
  };
}
