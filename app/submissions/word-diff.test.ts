import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";

describe("word diff", () => {
  it("marks removed and added words and keeps the rest", () => {
    const segments = wordDiff("Reduce poverty by 2030.", "Reduce multidimensional poverty by 2035.");
    const changed = segments.filter((s) => s.change !== "same").map((s) => `${s.change}:${s.text.trim()}`);
    expect(changed).toEqual(expect.arrayContaining(["added:multidimensional", "removed:2030", "added:2035"]));
    expect(
      segments
        .filter((s) => s.change !== "removed")
        .map((s) => s.text)
        .join(""),
    ).toBe("Reduce multidimensional poverty by 2035.");
    expect(
      segments
        .filter((s) => s.change !== "added")
        .map((s) => s.text)
        .join(""),
    ).toBe("Reduce poverty by 2030.");
  });

  it("shows no change for identical text", () => {
    expect(wordDiff("Sama persis.", "Sama persis.")).toEqual([{ change: "same", text: "Sama persis." }]);
  });
});
