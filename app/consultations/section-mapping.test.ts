import { describe, expect, it } from "vitest";
import { mappingKinds, mappingProblems, pairsFromChoices, proposeMapping, REMOVED } from "./section-mapping";

const section = (id: string, number: string, headingEn: string, bodyEn = "Text.") => ({
  id,
  number,
  headingEn,
  headingId: null,
  bodyEn,
  bodyId: null,
});
const v1 = [section("a1", "1", "Introduction"), section("a2", "2", "Scope"), section("a3", "3", "Health")];
const v2 = [
  section("b1", "1", "Introduction"),
  section("b2", "2.1", "Scope", "New text."),
  section("b4", "4", "Youth"),
];
const versions = { from: "v1", to: "v2" };

describe("mapping a version's sections to the next", () => {
  it("proposes the same number, else the same heading, and leaves the rest unmapped", () => {
    expect(proposeMapping(v1, v2)).toEqual([
      { fromSectionId: "a1", toSectionId: "b1" },
      { fromSectionId: "a2", toSectionId: "b2" },
    ]);
  });

  it("names each previous section mapped to nothing, so publishing can be refused", () => {
    const problems = mappingProblems(proposeMapping(v1, v2), v1, versions);
    expect(problems).toEqual([{ key: "versions:problems.unmapped", values: { number: "3", from: "1", to: "2" } }]);
    const both = mappingProblems(
      [
        { fromSectionId: "a1", toSectionId: "b1" },
        { fromSectionId: "a2", toSectionId: null },
        { fromSectionId: "a2", toSectionId: "b2" },
        { fromSectionId: "a3", toSectionId: null },
      ],
      v1,
      versions,
    );
    expect(both.map((problem) => [problem.key, problem.values.number])).toEqual([
      ["versions:problems.removedAndMapped", "2"],
    ]);
  });

  it("tells unchanged, changed, merged, removed and new sections apart", () => {
    const kinds = mappingKinds(
      [
        { fromSectionId: "a1", toSectionId: "b1" },
        { fromSectionId: "a2", toSectionId: "b2" },
        { fromSectionId: "a3", toSectionId: null },
      ],
      v1,
      v2,
    );
    expect(kinds.map((pair) => [pair.fromSectionId, pair.toSectionId, pair.kind])).toEqual([
      ["a1", "b1", "unchanged"],
      ["a2", "b2", "changed"],
      ["a3", null, "removed"],
      [null, "b4", "new"],
    ]);
    const merged = mappingKinds(
      [
        { fromSectionId: "a1", toSectionId: "b1" },
        { fromSectionId: "a2", toSectionId: "b1" },
      ],
      v1,
      v2,
    );
    expect(merged.map((pair) => pair.kind)).toEqual(["merged", "merged", "new", "new"]);
  });

  it("reads the form's choices, and refuses one naming a section of neither version", () => {
    expect(pairsFromChoices({ a1: ["b1"], a2: ["b1", "b2"], a3: [REMOVED] }, v1, v2)).toEqual([
      { fromSectionId: "a1", toSectionId: "b1" },
      { fromSectionId: "a2", toSectionId: "b1" },
      { fromSectionId: "a2", toSectionId: "b2" },
      { fromSectionId: "a3", toSectionId: null },
    ]);
    expect(pairsFromChoices({ a1: ["elsewhere"] }, v1, v2)).toBeNull();
  });
});
