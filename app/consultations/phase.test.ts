import { describe, expect, it } from "vitest";
import { effectivePhase } from "./phase";

const opensAt = new Date("2026-01-01T00:00:00Z");
const closesAt = new Date("2026-02-01T00:00:00Z");

describe("effective phase", () => {
  it("is open only between opening and closing, by the clock", () => {
    expect(effectivePhase({ phase: "open", opensAt, closesAt }, new Date("2025-12-31T23:59:59Z"))).toBe("upcoming");
    expect(effectivePhase({ phase: "open", opensAt, closesAt }, opensAt)).toBe("open");
    expect(effectivePhase({ phase: "open", opensAt, closesAt }, new Date("2026-01-31T23:59:59Z"))).toBe("open");
    expect(effectivePhase({ phase: "open", opensAt, closesAt }, closesAt)).toBe("closed");
  });

  it("leaves the phases the secretariat sets by hand alone", () => {
    for (const phase of ["draft", "closed", "published"] as const) {
      expect(effectivePhase({ phase, opensAt, closesAt }, new Date("2026-01-15T00:00:00Z"))).toBe(phase);
    }
  });
});
