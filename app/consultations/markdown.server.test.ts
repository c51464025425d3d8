import { describe, expect, it } from "vitest";
import { markdownAsText, renderMarkdown } from "./markdown.server";

describe("draft Markdown", () => {
  it("keeps structure: paragraphs, lists, emphasis, links", () => {
    const html = renderMarkdown("Intro **bold**\n\n1. one\n2. two\n\n[ASEAN](https://asean.org)");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<ol>");
    expect(html).toContain('<a href="https://asean.org" rel="noopener noreferrer">ASEAN</a>');
  });

  it("strips scripts, event handlers and javascript: links", () => {
    const html = renderMarkdown(
      'Text <script>alert(1)</script><img src=x onerror="alert(2)"> <a href="#" onclick="alert(4)">y</a>\n\n[x](javascript:alert(3))',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|href="javascript:|<img/i);
    expect(html).toContain("Text");
  });

  it("demotes headings below the page's own", () => {
    expect(renderMarkdown("# Big").trim()).toBe("<h3>Big</h3>");
  });

  it("shows a changed text at once, and the same text the same way after many others", () => {
    const draft = "Version one of **2.1**";
    const first = renderMarkdown(draft);
    expect(renderMarkdown("Version two of **2.1**")).toContain("Version two");
    for (let n = 0; n < 400; n++) renderMarkdown(`Another section ${n} <script>x</script>`);
    expect(renderMarkdown(draft)).toBe(first);
    expect(renderMarkdown("Another section 3 <script>x</script>")).not.toContain("<script");
  });
});

describe("a draft's words without Markdown's marks", () => {
  it("keeps headings, paragraphs, list items and link texts, and drops emphasis marks and link targets", () => {
    expect(
      markdownAsText(
        "## Aims\n\nWe **shall** protect *all* [migrant workers](https://asean.org).\n\n- one\n- _two_\n\n1. first\n2. second",
      ),
    ).toBe("Aims\n\nWe shall protect all migrant workers.\n\n- one\n- two\n\n1. first\n2. second");
  });

  it("reads a table row by row and a quotation as its text", () => {
    expect(markdownAsText("| Goal | Year |\n|---|---|\n| **Access** | 2030 |\n\n> Quoted *text*")).toBe(
      "Goal | Year\nAccess | 2030\n\nQuoted text",
    );
  });
});
