import { describe, expect, it } from "vitest";
import { scorePairs } from "./pair-metrics";

describe("near-duplicate pair scores", () => {
  it("counts the pairs found right, wrong and missed as worked out by hand", () => {
    // True groups: {1,2,3} and {4,5}; 6 alone. Found: {1,2}, {3,4}, the rest alone.
    const scores = scorePairs(["x", "x", "x", "y", "y", "z"], ["g", "g", "h", "h", null, null]);
    expect(scores).toMatchObject({ true_pairs: 4, found_pairs: 2, right_pairs: 1, true_groups: 2, found_groups: 2 });
    expect(scores.precision).toBe(0.5);
    expect(scores.recall).toBe(0.25);
    expect(scores.f1).toBeCloseTo(1 / 3, 10);
  });

  it("scores a perfect grouping as 1 whatever the found groups are called", () => {
    expect(scorePairs(["a", "a", "b", "b", "c"], ["q", "q", "r", "r", null])).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
      found_groups: 2,
    });
  });

  it("scores nothing found as zero, not as a division by zero", () => {
    expect(scorePairs(["a", "a"], [null, null])).toMatchObject({ precision: 0, recall: 0, f1: 0, found_groups: 0 });
  });
});
