import { SaxesParser } from "saxes";
import { readZipEntry } from "./zip-entry.server";
import { checkZipPackage } from "./zip-package";

type Converted = { ok: true; markdown: string } | { ok: false; error: string };

const DOCUMENT = "word/document.xml";
// Word's built-in heading styles ("Heading1", or "heading 1" in some writers); deeper ones stay text.
const HEADING_STYLE = /^heading\s?([1-3])$/i;

/**
 * A Word document as Markdown the section parser reads: headings 1–3 become #, ## and ###, list
 * paragraphs "- ", bold and italic runs ** and *, tables pipe tables. The package is checked
 * (and each part's inflating capped) before any XML is read; what Word adds beyond that is dropped.
 */
export function docxToMarkdown(bytes: Uint8Array): Converted {
  const checked = checkZipPackage(bytes, DOCUMENT);
  if (!checked.ok) return checked;
  const entry = checked.entries.find((candidate) => candidate.name === DOCUMENT);
  const xml = entry ? readZipEntry(bytes, entry) : null;
  if (!xml) return { ok: false, error: "imports:errors.brokenPackage" };
  try {
    return { ok: true, markdown: convert(new TextDecoder().decode(xml)) };
  } catch {
    return { ok: false, error: "imports:errors.brokenPackage" };
  }
}

type Paragraph = { style: string; listItem: boolean; text: string };

function convert(xml: string): string {
  const parser = new SaxesParser();
  const blocks: string[] = [];
  let paragraph: Paragraph | null = null;
  let run = { bold: false, italic: false };
  let inText = false;
  let table: string[][] | null = null;
  let row: string[] | null = null;
  let cell: string[] | null = null;
  const off = (value: string | undefined) => value === "0" || value === "false";
  parser.on("opentag", (tag) => {
    const value = (tag.attributes as Record<string, string>)["w:val"];
    switch (tag.name) {
      case "w:tbl":
        table = [];
        break;
      case "w:tr":
        row = [];
        break;
      case "w:tc":
        cell = [];
        break;
      case "w:p":
        paragraph = { style: "", listItem: false, text: "" };
        break;
      case "w:pStyle":
        if (paragraph) paragraph.style = value ?? "";
        break;
      case "w:numPr":
        if (paragraph) paragraph.listItem = true;
        break;
      case "w:r":
        run = { bold: false, italic: false };
        break;
      case "w:b":
        run.bold = !off(value);
        break;
      case "w:i":
        run.italic = !off(value);
        break;
      case "w:t":
        inText = true;
        break;
      case "w:tab":
      case "w:br":
        if (paragraph) paragraph.text += " ";
        break;
    }
  });
  parser.on("text", (text) => {
    if (!inText || !paragraph) return;
    const escaped = escapeMarkdown(text);
    const marks = `${run.bold ? "**" : ""}${run.italic ? "*" : ""}`;
    paragraph.text += marks && escaped.trim() ? `${marks}${escaped}${[...marks].reverse().join("")}` : escaped;
  });
  parser.on("closetag", (tag) => {
    switch (tag.name) {
      case "w:t":
        inText = false;
        break;
      case "w:p": {
        const done = paragraph;
        paragraph = null;
        if (!done) break;
        const text = done.text.replace(/\*\*\*\*/g, "").trim();
        if (cell) cell.push(text.replace(/\|/g, "\\|"));
        else if (text) blocks.push(asBlock(done, text));
        break;
      }
      case "w:tc":
        if (row && cell) row.push(cell.filter(Boolean).join(" "));
        cell = null;
        break;
      case "w:tr":
        if (table && row) table.push(row);
        row = null;
        break;
      case "w:tbl":
        if (table) blocks.push(asTable(table));
        table = null;
        break;
    }
  });
  parser.write(xml).close();
  return joinBlocks(blocks);
}

function asBlock(paragraph: Paragraph, text: string): string {
  const heading = HEADING_STYLE.exec(paragraph.style);
  if (heading) return `${"#".repeat(Number(heading[1]))} ${text.replace(/\*+/g, "")}`;
  return paragraph.listItem ? `- ${text}` : text;
}

function asTable(rows: string[][]): string {
  const width = Math.max(...rows.map((cells) => cells.length), 1);
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? "").join(" | ")} |`;
  const [header = [], ...body] = rows;
  return [line(header), line(Array(width).fill("---")), ...body.map(line)].join("\n");
}

// List items of one list sit on consecutive lines; every other block is its own paragraph.
function joinBlocks(blocks: string[]): string {
  return blocks.reduce((text, block, index) => {
    if (index === 0) return block;
    const together = block.startsWith("- ") && blocks[index - 1]?.startsWith("- ");
    return `${text}${together ? "\n" : "\n\n"}${block}`;
  }, "");
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\*_`[\]])/g, "\\$1");
}
