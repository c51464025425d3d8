import { describe, expect, it } from "vitest";
import { buildDigest, type DigestItem, excerptOf } from "./digest";

const ascc = { slug: "ascc", title: { en: "ASCC plan", id: "Rencana ASCC" } };
const other = { slug: "other", title: { en: "Other plan", id: "Rencana lain" } };
const section = (number: string, position: number) => ({
  number,
  position,
  heading: { en: `Heading ${number}`, id: null },
});

function item(consultation: DigestItem["consultation"], at: string, reference: string, on: DigestItem["section"]) {
  return { consultation, section: on, reference, createdAt: new Date(at), body: `Input ${reference}` };
}

describe("the daily digest", () => {
  it("groups input by consultation and section, sections in the document's order, newest input first", () => {
    const digest = buildDigest([
      item(ascc, "2026-12-02T08:00:00Z", "A-1", section("2.1", 3)),
      item(ascc, "2026-12-02T09:00:00Z", "A-2", section("1.1", 0)),
      item(ascc, "2026-12-02T10:00:00Z", "A-3", section("2.1", 3)),
      item(ascc, "2026-12-02T07:00:00Z", "A-4", null),
      item(other, "2026-12-02T11:00:00Z", "B-1", section("1", 0)),
    ]);
    // The consultation with the most recent input first.
    expect(digest.map((consultation) => [consultation.slug, consultation.count])).toEqual([
      ["other", 1],
      ["ascc", 4],
    ]);
    const ascc_ = digest[1]!;
    expect(ascc_.sections.map((group) => group.section?.number ?? "whole draft")).toEqual([
      "whole draft",
      "1.1",
      "2.1",
    ]);
    expect(ascc_.sections[2]!.items.map((entry) => entry.reference)).toEqual(["A-3", "A-1"]);
  });

  it("keeps a busy section to the newest few and says how many there were", () => {
    const many = Array.from({ length: 14 }, (_, n) =>
      item(ascc, `2026-12-02T${String(n + 1).padStart(2, "0")}:00:00Z`, `A-${n + 1}`, section("2.1", 3)),
    );
    const [group] = buildDigest(many, 10)[0]!.sections;
    expect(group!.count).toBe(14);
    expect(group!.items.map((entry) => entry.reference)).toEqual(Array.from({ length: 10 }, (_, n) => `A-${14 - n}`));
  });

  it("has nothing to say about a day without input", () => {
    expect(buildDigest([])).toEqual([]);
  });

  it("cuts a long text at a word, with an ellipsis", () => {
    expect(excerptOf("Short   text\nhere")).toBe("Short text here");
    const long = `${"word ".repeat(60)}end`;
    const cut = excerptOf(long, 40);
    expect(cut.endsWith("word…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(41);
  });
});
