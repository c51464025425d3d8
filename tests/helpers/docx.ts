import JSZip from "jszip";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A paragraph of a hand-made Word document: its style, list membership and runs (bold or not). */
export type DocxParagraph = { style?: string; list?: boolean; runs: (string | { bold: string })[] };

function paragraphXml({ style, list, runs }: DocxParagraph): string {
  const properties = `${style ? `<w:pStyle w:val="${style}"/>` : ""}${list ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ""}`;
  const runXml = runs
    .map((run) =>
      typeof run === "string"
        ? `<w:r><w:t xml:space="preserve">${run}</w:t></w:r>`
        : `<w:r><w:rPr><w:b/></w:rPr><w:t>${run.bold}</w:t></w:r>`,
    )
    .join("");
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ""}${runXml}</w:p>`;
}

/** The smallest .docx Word's readers accept, with paragraphs and tables (rows of cell texts). */
export async function makeDocx(blocks: (DocxParagraph | { table: string[][] })[]): Promise<Uint8Array> {
  const body = blocks
    .map((block) =>
      "table" in block
        ? `<w:tbl>${block.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraphXml({ runs: [cell] })}</w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`
        : paragraphXml(block),
    )
    .join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file("word/document.xml", `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
