import { describe, expect, it } from "vitest";
import { sectionsEditable } from "./section-editing";

const current = { isCurrent: true, status: "published" } as const;

describe("sectionsEditable", () => {
  it("lets the current version of a draft consultation change", () => {
    expect(sectionsEditable({ consultationPhase: "draft", version: current })).toBe(true);
  });

  it("keeps the text fixed once the consultation has opened", () => {
    for (const phase of ["open", "closed", "published"] as const)
      expect(sectionsEditable({ consultationPhase: phase, version: current })).toBe(false);
  });

  it("does not let an older published version change", () => {
    expect(sectionsEditable({ consultationPhase: "draft", version: { isCurrent: false, status: "published" } })).toBe(
      false,
    );
  });

  it("lets the next version change while it is drafted, whatever the phase", () => {
    for (const phase of ["open", "closed", "published"] as const)
      expect(sectionsEditable({ consultationPhase: phase, version: { isCurrent: false, status: "drafting" } })).toBe(
        true,
      );
  });
});
