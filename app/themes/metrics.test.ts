import { describe, expect, it } from "vitest";
import { assignFolds, microF1Interval, type ScoredItem, score } from "./metrics";

const themes = ["a", "b", "c"];
const items: ScoredItem[] = [
  { truth: ["a"], predicted: ["a"] },
  { truth: ["a", "b"], predicted: ["b"] },
  { truth: ["b"], predicted: ["a", "b"] },
  { truth: ["c"], predicted: [] },
];

describe("theme suggestion metrics", () => {
  it("gives the precision, recall and F1 worked out by hand, per theme and over all", () => {
    const scores = score(items, themes);
    expect(scores.per_theme.a).toEqual({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(scores.per_theme.b).toEqual({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(scores.per_theme.c).toEqual({ tp: 0, fp: 0, fn: 1, precision: 0, recall: 0, f1: 0 });
    expect(scores.micro_precision).toBe(0.75);
    expect(scores.micro_recall).toBe(0.6);
    expect(scores.micro_f1).toBeCloseTo(2 / 3, 10);
    expect(scores.macro_f1).toBe(0.5);
    expect(scores.top_precision).toBeCloseTo(2 / 3, 10);
    expect(scores.coverage).toBe(0.75);
  });

  it("scores nothing suggested as zero, not as a division by zero", () => {
    const scores = score([{ truth: ["a"], predicted: [] }], themes);
    expect(scores.micro_precision).toBe(0);
    expect(scores.micro_f1).toBe(0);
    expect(scores.top_precision).toBe(0);
    expect(scores.coverage).toBe(0);
  });

  it("gives a bootstrap interval around the point estimate, the same on every run", () => {
    const many = Array.from({ length: 25 }, () => items).flat();
    const interval = microF1Interval(many, themes);
    const point = score(many, themes).micro_f1;
    expect(interval[0]).toBeLessThanOrEqual(point);
    expect(interval[1]).toBeGreaterThanOrEqual(point);
    expect(interval[0]).toBeLessThan(interval[1]);
    expect(microF1Interval(many, themes)).toEqual(interval);
    expect(microF1Interval(many, themes, { seed: 14 })).not.toEqual(interval);
  });

  it("deals folds evenly, by content, whatever the order of the items", () => {
    const texts = Array.from({ length: 10 }, (_, i) => `comment number ${i}`);
    const folds = assignFolds(texts, 3);
    expect(folds.filter((fold) => fold === 0)).toHaveLength(4);
    expect(folds.filter((fold) => fold === 2)).toHaveLength(3);
    expect(assignFolds(texts, 3)).toEqual(folds);
    const reversed = assignFolds([...texts].reverse(), 3);
    expect([...reversed].reverse()).toEqual(folds);
  });
});
