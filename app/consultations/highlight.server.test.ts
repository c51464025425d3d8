import { describe, expect, it } from "vitest";
import { highlightPassages } from "./highlight.server";

const label = (count: number) => `quoted ${count} times`;

describe("quoted passages", () => {
  it("marks a passage in the text with its count", () => {
    const { html, unplaced } = highlightPassages(
      "<p>Reduce poverty &amp; inequality by 2030.</p>",
      [{ text: "poverty & inequality", count: 3 }],
      label,
    );
    expect(html).toBe(
      '<p>Reduce <mark class="passage" title="quoted 3 times">poverty &amp; inequality<span class="visually-hidden"> (quoted 3 times)</span></mark> by 2030.</p>',
    );
    expect(unplaced).toEqual([]);
  });

  it("never marks inside a tag and lists passages it cannot place", () => {
    const { html, unplaced } = highlightPassages(
      '<p><a href="https://x.org/title">title</a> text</p>',
      [
        { text: "title", count: 1 },
        { text: "not in the section", count: 2 },
      ],
      label,
    );
    expect(html).toContain('href="https://x.org/title"');
    expect(html).toContain('<mark class="passage" title="quoted 1 times">title');
    expect(unplaced).toEqual([{ text: "not in the section", count: 2 }]);
  });

  it("escapes what readers quoted", () => {
    const { html } = highlightPassages("<p>a &lt;b&gt; c</p>", [{ text: "<b>", count: 1 }], label);
    expect(html).not.toContain("<b>");
  });
});
