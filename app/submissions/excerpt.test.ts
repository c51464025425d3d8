import { describe, expect, it } from "vitest";
import { splitExcerpt } from "./excerpt";

describe("excerpt of a published response", () => {
  it("cuts a long text at a word's end and keeps every word", () => {
    const text = `${"Kesenjangan wilayah perdesaan ".repeat(20)}akhir.`;
    const { excerpt, rest } = splitExcerpt(text, 100);
    expect(excerpt.length).toBeLessThanOrEqual(100);
    expect(excerpt).toMatch(/\S$/);
    expect(rest).toMatch(/^\S/);
    expect(`${excerpt} ${rest}`).toBe(text);
  });

  it("leaves a text that is barely longer than the excerpt whole", () => {
    const text = "a".repeat(120);
    expect(splitExcerpt(text, 100)).toEqual({ excerpt: text, rest: "" });
  });

  it("cuts a text without spaces at the excerpt's length", () => {
    const text = "x".repeat(300);
    const { excerpt, rest } = splitExcerpt(text, 100);
    expect(excerpt).toHaveLength(100);
    expect(excerpt + rest).toBe(text);
  });
});
