import { describe, expect, it } from "vitest";
import { applyAmendments, inputFrozenRefusal, nextVersionLabel, versionName } from "./versions";

const section = (id: string, bodyEn: string | null, bodyId: string | null = null) => ({
  id,
  number: id,
  bodyEn,
  bodyId,
});
const amendment = (submissionId: string, quotedPassage: string | null, proposedText: string, extra = {}) => ({
  submissionId,
  sectionId: "2.1",
  language: "en",
  quotedPassage,
  proposedText,
  ...extra,
});

describe("applying accepted amendments to the next version", () => {
  it("replaces a passage found exactly once, and leaves the other language alone", () => {
    const result = applyAmendments(
      [section("2.1", "Promote regional cooperation.", "Mendorong kerja sama regional.")],
      [amendment("a", "regional cooperation", "regional and sub-regional cooperation")],
    );
    expect(result.sections[0]).toMatchObject({
      bodyEn: "Promote regional and sub-regional cooperation.",
      bodyId: "Mendorong kerja sama regional.",
    });
    expect(result.outcomes).toEqual([{ submissionId: "a", outcome: "applied", conflict: null }]);
  });

  it("applies two amendments on separate passages of one section, whatever their order", () => {
    const result = applyAmendments(
      [section("2.1", "Health for all. Education for all.")],
      [amendment("late", "Education", "Learning"), amendment("early", "Health", "Well-being")],
    );
    expect(result.sections[0]?.bodyEn).toBe("Well-being for all. Learning for all.");
    expect(result.outcomes.map((outcome) => outcome.outcome)).toEqual(["applied", "applied"]);
  });

  it("lists a conflict when the passage is gone or found twice, and changes nothing for it", () => {
    const result = applyAmendments(
      [section("2.1", "for all, for all.")],
      [amendment("gone", "not in the text", "x"), amendment("twice", "for all", "y")],
    );
    expect(result.sections[0]?.bodyEn).toBe("for all, for all.");
    expect(result.outcomes).toEqual([
      { submissionId: "gone", outcome: "conflict", conflict: "passageGone" },
      { submissionId: "twice", outcome: "conflict", conflict: "passageAmbiguous" },
    ]);
  });

  it("marks both amendments whose passages overlap as conflicts, and applies neither", () => {
    const result = applyAmendments(
      [section("2.1", "Promote regional cooperation in health.")],
      [
        amendment("one", "regional cooperation", "regional partnership"),
        amendment("other", "cooperation in health", "cooperation in public health"),
        amendment("apart", "Promote", "Advance"),
      ],
    );
    expect(result.sections[0]?.bodyEn).toBe("Advance regional cooperation in health.");
    expect(result.outcomes).toEqual([
      { submissionId: "one", outcome: "conflict", conflict: "overlaps" },
      { submissionId: "other", outcome: "conflict", conflict: "overlaps" },
      { submissionId: "apart", outcome: "applied", conflict: null },
    ]);
  });

  it("replaces the whole text without a quoted passage, in the amendment's language or else the one there is", () => {
    const result = applyAmendments(
      [section("2.1", "Old text.", "Teks lama."), section("3", null, "Hanya bahasa Indonesia.")],
      [
        amendment("whole", null, "Teks baru.", { language: "id" }),
        amendment("fallback", "Hanya", "Khusus", { sectionId: "3" }),
      ],
    );
    expect(result.sections.map((s) => [s.bodyEn, s.bodyId])).toEqual([
      ["Old text.", "Teks baru."],
      [null, "Khusus bahasa Indonesia."],
    ]);
  });

  it("treats a whole-text amendment and any other on the same text as overlapping", () => {
    const result = applyAmendments(
      [section("2.1", "Old text.")],
      [amendment("whole", null, "New text."), amendment("word", "Old", "Older")],
    );
    expect(result.outcomes.map((outcome) => outcome.conflict)).toEqual(["overlaps", "overlaps"]);
    expect(result.sections[0]?.bodyEn).toBe("Old text.");
  });
});

describe("version labels and the input pause", () => {
  it("counts on from the newest label, keeping its prefix", () => {
    expect(nextVersionLabel("v1", ["v1"])).toBe("v2");
    expect(nextVersionLabel("2", ["1", "2"])).toBe("3");
    expect(nextVersionLabel("Draft", ["Draft"])).toBe("2");
    expect(versionName("v2")).toBe("2");
    expect(versionName("2026 draft")).toBe("2026 draft");
  });

  it("refuses input while it is frozen", () => {
    expect(inputFrozenRefusal({ inputFrozen: false })).toBeNull();
    expect(inputFrozenRefusal({ inputFrozen: true })).toEqual({ ok: false, error: "versions:errors.inputFrozen" });
  });
});
