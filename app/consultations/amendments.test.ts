import { describe, expect, it } from "vitest";
import { amendmentDecisionKinds } from "#db/schema/amendments";
import {
  amendmentFilterOf,
  amendmentFilterQuery,
  amendmentRefusal,
  amendmentsOpenFor,
  amendmentsPageSchema,
  decisionKinds,
} from "./amendments";

const open = { amendmentsOpen: true };
const closed = { amendmentsOpen: false };

describe("where amendments are taken", () => {
  it("takes them only where the consultation and the section both do", () => {
    expect(amendmentsOpenFor(open, open)).toBe(true);
    expect(amendmentsOpenFor(open, null)).toBe(true);
    expect(amendmentsOpenFor(closed, open)).toBe(false);
    expect(amendmentsOpenFor(open, closed)).toBe(false);
  });

  it("refuses an amendment where they are off, on the kind field, and leaves comments alone", () => {
    expect(amendmentRefusal({ consultation: open, section: closed }, "amendment")).toEqual({
      ok: false,
      error: "amendments:errors.closed",
      field: "kind",
    });
    expect(amendmentRefusal({ consultation: closed, section: open }, "comment")).toBeNull();
    expect(amendmentRefusal({ consultation: open, section: open }, "amendment")).toBeNull();
  });
});

describe("the amendments page's filter", () => {
  it("starts on the amendments not answered yet, and ignores a state it does not know", () => {
    expect(amendmentFilterOf(new URLSearchParams())).toEqual({ state: "undecided", section: null });
    expect(amendmentFilterOf(new URLSearchParams("state=maybe&section=2.1"))).toEqual({
      state: "undecided",
      section: "2.1",
    });
  });

  it("writes the address back without the default state", () => {
    expect(amendmentFilterQuery({ state: "undecided", section: null })).toBe("");
    expect(amendmentFilterQuery({ state: "rejected", section: "2.1" })).toBe("?state=rejected&section=2.1");
  });
});

describe("the amendments page's forms", () => {
  it("knows the same answers as the database", () => {
    expect([...decisionKinds]).toEqual([...amendmentDecisionKinds]);
  });

  it("accepts without a reason, and keeps one when given", () => {
    const accepted = amendmentsPageSchema.parse({ intent: "decide", reference: "X-1", decision: "accepted" });
    expect(accepted).toEqual({ intent: "decide", reference: "X-1", decision: "accepted", reason: null });
    const withReason = amendmentsPageSchema.parse({
      intent: "decide",
      reference: "X-1",
      decision: "accepted",
      reason: "  Taken into 2.1 ",
    });
    expect(withReason).toMatchObject({ reason: "Taken into 2.1" });
  });

  it("needs a reason to reject, on the reason field", () => {
    const result = amendmentsPageSchema.safeParse({
      intent: "decide",
      reference: "X-1",
      decision: "rejected",
      reason: " ",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["reason", "errors.reasonRequired"],
    ]);
  });

  it("reads a switch for the consultation (no section) or a section", () => {
    expect(amendmentsPageSchema.parse({ intent: "switch", section: "", open: "false" })).toEqual({
      intent: "switch",
      section: null,
      open: false,
    });
    expect(amendmentsPageSchema.parse({ intent: "switch", section: "2.1", open: "true" })).toMatchObject({
      section: "2.1",
      open: true,
    });
  });
});
