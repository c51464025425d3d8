import { describe, expect, it } from "vitest";
import { availablePhaseChanges, checkDates, type Lifecycle, phaseByClock, planPhaseChange } from "./lifecycle";

const now = new Date("2026-12-03T10:00:00Z");
const before = new Date("2026-12-01T00:00:00Z");
const after = new Date("2026-12-31T00:00:00Z");
const consultation = (overrides: Partial<Lifecycle>): Lifecycle => ({
  phase: "draft",
  opensAt: before,
  closesAt: after,
  opensAutomatically: false,
  ...overrides,
});

describe("consultation lifecycle", () => {
  it("refuses a closing date on or before the opening date, on the closing date's field", () => {
    expect(checkDates(after, before)).toEqual({
      ok: false,
      error: "admin:validation.closesBeforeOpens",
      field: "closesAt",
    });
    expect(checkDates(before, before).ok).toBe(false);
    expect(checkDates(before, after).ok).toBe(true);
  });

  it("offers each phase only the changes that follow it", () => {
    expect(availablePhaseChanges("draft")).toEqual(["open"]);
    expect(availablePhaseChanges("open")).toEqual(["close"]);
    expect(availablePhaseChanges("closed")).toEqual(["publish", "reopen"]);
    expect(availablePhaseChanges("published")).toEqual(["reopen"]);
    expect(planPhaseChange(consultation({ phase: "draft" }), "publish", { now, confirmed: false }).ok).toBe(false);
    expect(planPhaseChange(consultation({ phase: "open" }), "open", { now, confirmed: false }).ok).toBe(false);
  });

  it("opens now by bringing a later opening date forward", () => {
    const later = new Date("2026-12-20T00:00:00Z");
    expect(planPhaseChange(consultation({ opensAt: later }), "open", { now, confirmed: false })).toEqual({
      ok: true,
      value: { phase: "open", opensAt: now, closesAt: after },
    });
    expect(planPhaseChange(consultation({}), "open", { now, confirmed: false })).toMatchObject({
      value: { opensAt: before },
    });
  });

  it("does not open a consultation whose closing date has passed", () => {
    const closed = consultation({ phase: "closed", opensAt: new Date("2026-11-01"), closesAt: before });
    expect(planPhaseChange(closed, "reopen", { now, confirmed: false })).toMatchObject({
      ok: false,
      error: "admin:validation.closingDatePassed",
    });
  });

  it("closes now by bringing a later closing date back to now", () => {
    expect(planPhaseChange(consultation({ phase: "open" }), "close", { now, confirmed: false })).toEqual({
      ok: true,
      value: { phase: "closed", opensAt: before, closesAt: now },
    });
  });

  it("reopens a published consultation only when the admin confirmed it", () => {
    const published = consultation({ phase: "published" });
    expect(planPhaseChange(published, "reopen", { now, confirmed: false })).toEqual({
      ok: false,
      error: "admin:validation.reopenNeedsConfirmation",
      field: "confirmReopen",
    });
    expect(planPhaseChange(published, "reopen", { now, confirmed: true })).toMatchObject({
      value: { phase: "open" },
    });
    expect(planPhaseChange(consultation({ phase: "closed" }), "reopen", { now, confirmed: false }).ok).toBe(true);
  });

  it("moves by the clock: a draft set to open automatically opens, an open one closes", () => {
    expect(phaseByClock(consultation({ opensAutomatically: true }), now)).toBe("open");
    expect(phaseByClock(consultation({ opensAutomatically: false }), now)).toBeNull();
    expect(phaseByClock(consultation({ opensAutomatically: true, opensAt: after }), now)).toBeNull();
    expect(phaseByClock(consultation({ phase: "open" }), now)).toBeNull();
    expect(phaseByClock(consultation({ phase: "open", closesAt: now }), now)).toBe("closed");
    expect(phaseByClock(consultation({ opensAutomatically: true, closesAt: before }), now)).toBe("closed");
    expect(phaseByClock(consultation({ phase: "published", closesAt: before }), now)).toBeNull();
  });
});
