export type AttachmentKind = "pdf" | "docx" | "odt";

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

function startsWith(bytes: Uint8Array, prefix: number[], offset = 0): boolean {
  return prefix.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

function contains(bytes: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * What a file is, judged by its content, never by its name: PDF by its header, ODT by the
 * uncompressed "mimetype" entry OpenDocument requires first in the zip, DOCX by the zip holding
 * word/document.xml. Anything else is null.
 */
export function detectAttachmentKind(bytes: Uint8Array): AttachmentKind | null {
  if (startsWith(bytes, ascii("%PDF-"))) return "pdf";
  if (!startsWith(bytes, ZIP_LOCAL_HEADER)) return null;
  if (startsWith(bytes, ascii("mimetype"), 30) && startsWith(bytes, ascii(ODT_MIMETYPE), 38)) return "odt";
  if (contains(bytes, ascii("word/document.xml")) && contains(bytes, ascii("[Content_Types].xml"))) return "docx";
  return null;
}
