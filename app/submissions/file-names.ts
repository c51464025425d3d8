import type { AttachmentKind } from "./file-type";

const NAME_MAX_LENGTH = 200;

// Controls, format characters (right-to-left overrides, isolates, zero-width marks) and line
// separators: they make "gpj.exe" look like "exe.jpg" or hide part of a name from the reader.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
// Path separators and the characters Windows refuses in names; quotes would end a header value.
const RESERVED = /[\\/:*?"<>|]/g;
// What looks like a type suffix: a dot and a few letters or digits at the end.
const SUFFIX = /\.[\p{L}\p{N}]{1,8}$/u;

/**
 * The name a position paper is kept and downloaded under: the sender's name with invisible and
 * reserved characters taken out, ending in the extension of the type its content was found to be
 * (`report.html` holding a PDF becomes `report.pdf`, `invoice.pdf.exe` becomes `invoice.pdf`), so
 * no program opens it as anything else. Applying it twice changes nothing.
 */
export function safeFileName(name: string, kind: AttachmentKind): string {
  const cleaned = name.normalize("NFC").replace(INVISIBLE, "").replace(RESERVED, "_").replace(/\s+/g, " ").trim();
  const stem = cleaned.replace(SUFFIX, "").replace(new RegExp(`(\\.${kind})+$`, "i"), "");
  const extension = `.${kind}`;
  const kept = [...stem].slice(0, NAME_MAX_LENGTH - extension.length).join("");
  // Leading dots hide a file on Unix; trailing dots and spaces are dropped by Windows.
  return `${kept.replace(/^[.\s]+|[.\s]+$/g, "") || "attachment"}${extension}`;
}

/**
 * A download's Content-Disposition: always `attachment`, the UTF-8 name for browsers (RFC 6266)
 * and a plain ASCII one for the few clients that read only `filename`.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  // encodeURIComponent leaves ' ( ) * alone, which RFC 8187 values may not carry unencoded.
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
