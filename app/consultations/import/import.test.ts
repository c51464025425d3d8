import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { parseMarkdownSections, splitLanguages } from "./markdown";
import { pairSections } from "./pairing";
import { docxToMarkdown } from "./docx.server";
import { checkZipPackage } from "./zip-package";

const draft = readFileSync(new URL("../../../tests/fixtures/two-language-draft.md", import.meta.url), "utf8");

describe("parseMarkdownSections", () => {
  it("numbers headings by level and keeps a number written in the heading", () => {
    const parsed = parseMarkdownSections("intro\n# A\ntext\n## B\n### C\n## 1.5 D\n# E\n#### deep\nbody");
    expect(parsed.ok && parsed.value.sections.map((s) => `${s.number} ${s.heading}`)).toEqual([
      "1 A",
      "1.1 B",
      "1.1.1 C",
      "1.5 D",
      "2 E",
    ]);
    expect(parsed.ok && parsed.value.sections[4]?.body).toBe("#### deep\nbody");
    expect(parsed.ok && parsed.value.preamble).toBe("intro");
  });

  it("refuses a file with no headings, and duplicated numbers", () => {
    expect(parseMarkdownSections("just text")).toMatchObject({ ok: false, error: "imports:errors.noHeadings" });
    expect(parseMarkdownSections("# 2 A\n# 2 B")).toMatchObject({ ok: false, values: { number: "2" } });
  });

  it("ignores headings inside code fences", () => {
    const parsed = parseMarkdownSections("# A\n```\n# not a heading\n```");
    expect(parsed.ok && parsed.value.sections).toHaveLength(1);
  });
});

describe("pairSections", () => {
  it("pairs the two languages of one file by number and flags what does not match", () => {
    const parts = splitLanguages(draft);
    const en = parseMarkdownSections(parts?.en ?? "");
    const id = parseMarkdownSections(parts?.id ?? "");
    if (!en.ok || !id.ok) throw new Error("the fixture parses");
    const rows = pairSections({ en: en.value, id: id.value });
    expect(rows.map((row) => [row.number, row.en?.heading, row.id?.heading, row.issue])).toEqual([
      ["1", "Introduction", "Pendahuluan", null],
      ["1.1", "Purpose", "Tujuan", null],
      ["2.5", "Scope", "Cakupan", null],
      ["3", "Only in English", "Hanya dalam bahasa Indonesia", null],
    ]);
  });

  it("flags sections in one language only, and numbers that disagree at the same place", () => {
    const section = (number: string) => ({ number, heading: number, body: "" });
    const rows = pairSections({
      en: { sections: [section("1"), section("2"), section("4")], preamble: "" },
      id: { sections: [section("1"), section("3"), section("4"), section("5")], preamble: "" },
    });
    expect(rows.map((row) => [row.number, row.issue])).toEqual([
      ["1", null],
      ["2", "numbersDisagree"],
      ["4", null],
      ["5", "onlyId"],
    ]);
    const englishOnly = pairSections({
      en: { sections: [section("1"), section("2")], preamble: "" },
      id: { sections: [section("1")], preamble: "" },
    });
    expect(englishOnly.map((row) => row.issue)).toEqual([null, "onlyEn"]);
  });
});

async function docx(parts: Record<string, string>) {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("checkZipPackage", () => {
  it("accepts a Word package", async () => {
    const bytes = await docx({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
    expect(checkZipPackage(bytes, "word/document.xml").ok).toBe(true);
  });

  it("refuses another file renamed, a zip without Word's parts, a broken package and a zip bomb", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7 not a zip at all, just renamed");
    expect(checkZipPackage(pdf, "word/document.xml")).toMatchObject({ error: "imports:errors.notZip" });
    const other = await docx({ "readme.txt": "hello" });
    expect(checkZipPackage(other, "word/document.xml")).toMatchObject({ error: "imports:errors.notDocx" });
    expect(checkZipPackage(other.subarray(0, 40), "word/document.xml")).toMatchObject({
      error: "imports:errors.brokenPackage",
    });
    const bomb = await docx({ "[Content_Types].xml": "<Types/>", "word/document.xml": "a".repeat(5_000_000) });
    expect(checkZipPackage(bomb, "word/document.xml")).toMatchObject({ error: "imports:errors.zipBomb" });
  });
});

describe("docxToMarkdown", () => {
  it("stops inflating a part at its declared size when the directory understates it", async () => {
    const text = Array.from({ length: 400 }, (_, i) => `<w:p><w:r><w:t>word ${i}</w:t></w:r></w:p>`).join("");
    const bytes = await docx({
      "[Content_Types].xml": "<Types/>",
      "word/document.xml": `<w:document>${text}</w:document>`,
    });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entry = checkZipPackage(bytes, "word/document.xml");
    if (!entry.ok) throw new Error("the package is valid");
    expect(docxToMarkdown(bytes).ok).toBe(true);
    // Rewrite the document part's uncompressed size in the central directory to something small.
    let at = bytes.length - 22;
    at = view.getUint32(at + 16, true);
    while (
      new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + view.getUint16(at + 28, true))) !== "word/document.xml"
    )
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    view.setUint32(at + 24, view.getUint32(at + 20, true), true);
    expect(docxToMarkdown(bytes)).toEqual({ ok: false, error: "imports:errors.brokenPackage" });
  });
});
