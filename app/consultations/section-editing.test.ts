import { describe, expect, it } from "vitest";
import { sectionsEditable } from "./section-editing";

describe("sectionsEditable", () => {
  it("lets the current version of a draft consultation change", () => {
    expect(sectionsEditable({ consultationPhase: "draft", version: { isCurrent: true } })).toBe(true);
  });

  it("keeps the text fixed once the consultation has opened", () => {
    for (const phase of ["open", "closed", "published"] as const)
      expect(sectionsEditable({ consultationPhase: phase, version: { isCurrent: true } })).toBe(false);
  });

  it("does not yet let an older version change", () => {
    expect(sectionsEditable({ consultationPhase: "draft", version: { isCurrent: false } })).toBe(false);
  });
});
