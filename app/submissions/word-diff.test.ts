import { describe, expect, it } from "vitest";
import { separatedRuns, wordDiff } from "./word-diff";

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

  it("keeps a deleted run and the inserted run that replaces it apart, and every space as it was", () => {
    const shown = separatedRuns(
      wordDiff("Explore binding options for the region.", "Conclude binding agreements for the region."),
    );
    expect(shown.map((s) => s.text).join("")).toBe("Explore Conclude binding options agreements for the region.");
    expect(shown.filter((s) => s.change === "removed").map((s) => s.text)).toEqual(["Explore", "options"]);
    expect(shown.filter((s) => s.change === "added").map((s) => s.text)).toEqual(["Conclude", "agreements"]);
  });

  it("adds no space where the texts already have one", () => {
    const segments = [
      { change: "removed", text: "Explore " },
      { change: "added", text: "Conclude" },
      { change: "same", text: " options" },
    ] as const;
    expect(separatedRuns([...segments])).toEqual(segments);
  });
});
