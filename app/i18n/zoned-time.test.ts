import { describe, expect, it } from "vitest";
import { instantToZoned, isTimeZone, zonedToInstant } from "./zoned-time";

describe("zoned time", () => {
  it("reads a wall-clock time in the consultation's zone as the instant it names", () => {
    expect(zonedToInstant("2026-12-10T09:00", "Asia/Jakarta")?.toISOString()).toBe("2026-12-10T02:00:00.000Z");
    expect(zonedToInstant("2026-12-10T09:00", "Asia/Manila")?.toISOString()).toBe("2026-12-10T01:00:00.000Z");
    expect(zonedToInstant("2026-01-01T00:30", "Asia/Yangon")?.toISOString()).toBe("2025-12-31T18:00:00.000Z");
  });

  it("follows summer time where the zone has it", () => {
    expect(zonedToInstant("2026-07-01T12:00", "Europe/Brussels")?.toISOString()).toBe("2026-07-01T10:00:00.000Z");
    expect(zonedToInstant("2026-01-15T12:00", "Europe/Brussels")?.toISOString()).toBe("2026-01-15T11:00:00.000Z");
  });

  it("writes an instant back as the zone's wall clock", () => {
    const instant = new Date("2026-12-10T02:00:00Z");
    expect(instantToZoned(instant, "Asia/Jakarta")).toBe("2026-12-10T09:00");
    expect(instantToZoned(instant, "UTC")).toBe("2026-12-10T02:00");
    expect(zonedToInstant(instantToZoned(instant, "Asia/Makassar"), "Asia/Makassar")).toEqual(instant);
  });

  it("refuses text that is no date-time", () => {
    expect(zonedToInstant("", "Asia/Jakarta")).toBeNull();
    expect(zonedToInstant("2026-02-30T09:00", "Asia/Jakarta")).toBeNull();
    expect(zonedToInstant("10/12/2026 09:00", "Asia/Jakarta")).toBeNull();
  });

  it("knows IANA zones and nothing else", () => {
    expect(isTimeZone("Asia/Jakarta")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Asia/Atlantis")).toBe(false);
    expect(isTimeZone("+07:00")).toBe(false);
  });
});
