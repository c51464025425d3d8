import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bodyLimitFor, FORM_BODY_MAX_BYTES } from "./request-limits.server";
import { ATTACHMENT_MAX_BYTES } from "./submissions/schema";

describe("body caps per route", () => {
  it("lets the queue's bulk form carry 10,000 selected ids and a long note, with room to spare", () => {
    const form = new URLSearchParams({ intent: "reject", scope: "selected", confirmedCount: "10000" });
    for (let i = 0; i < 10_000; i++) form.append("ids", randomUUID());
    form.append("reason", "off_topic");
    // The note at its longest (2,000 characters), in letters that percent-encode to six bytes each.
    form.append("note", "é".repeat(2000));
    const size = Buffer.byteLength(form.toString());
    expect(size).toBeGreaterThan(400_000);
    expect(bodyLimitFor("POST", "/review/ascc-post-2025")).toBeGreaterThan(2 * size);
  });

  it("gives the input form twice its file's limit, and every other form a small cap", () => {
    for (const path of ["/consultations/ascc-post-2025/send", "/my-input/ASCC-2026-0001/edit"]) {
      expect(bodyLimitFor("POST", path)).toBeGreaterThan(2 * ATTACHMENT_MAX_BYTES);
    }
    for (const path of ["/login", "/register", "/language", "/review/ascc/ASCC-2026-0001", "/anything/else"]) {
      expect(bodyLimitFor("POST", path)).toBe(FORM_BODY_MAX_BYTES);
    }
    expect(FORM_BODY_MAX_BYTES).toBe(64 * 1024);
  });

  it("leaves reads alone", () => {
    expect(bodyLimitFor("GET", "/login")).toBeNull();
    expect(bodyLimitFor("HEAD", "/")).toBeNull();
  });
});
