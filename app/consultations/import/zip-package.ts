import { importLimits } from "./limits";

export type ZipEntry = {
  name: string;
  method: number;
  compressedBytes: number;
  uncompressedBytes: number;
  localHeaderOffset: number;
};
type Checked = { ok: true; entries: ZipEntry[] } | { ok: false; error: string };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_MARKER = 0xffffffff;

/**
 * Reads a .docx's zip directory without inflating anything, and refuses what is not a package of
 * reasonable size: another file renamed, a broken package, or a zip bomb (declared sizes or ratio
 * over the limits, or Zip64, which no Word document of our size needs).
 */
export function checkZipPackage(bytes: Uint8Array, requiredEntry: string): Checked {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL_HEADER) return refused("notZip");
  const end = findEndOfDirectory(view);
  if (end < 0) return refused("brokenPackage");
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count > importLimits.zipEntriesMax) return refused("zipBomb");
  if (directoryOffset === ZIP64_MARKER || directoryOffset >= end) return refused("brokenPackage");
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) return refused("brokenPackage");
    const compressedBytes = view.getUint32(at + 20, true);
    const uncompressedBytes = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (compressedBytes === ZIP64_MARKER || uncompressedBytes === ZIP64_MARKER) return refused("zipBomb");
    total += uncompressedBytes;
    const ratio = uncompressedBytes / Math.max(compressedBytes, 1);
    if (total > importLimits.zipUncompressedMaxBytes || ratio > importLimits.zipEntryRatioMax)
      return refused("zipBomb");
    const method = view.getUint16(at + 10, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    entries.push({ name, method, compressedBytes, uncompressedBytes, localHeaderOffset });
    at += 46 + skip;
  }
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has("[Content_Types].xml") || !names.has(requiredEntry)) return refused("notDocx");
  return { ok: true, entries };
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes, followed by a comment of at most 65,535.
  const earliest = Math.max(0, view.byteLength - 22 - 65_535);
  for (let at = view.byteLength - 22; at >= earliest; at--)
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  return -1;
}

function refused(reason: "notZip" | "brokenPackage" | "zipBomb" | "notDocx"): Checked {
  return { ok: false, error: `imports:errors.${reason}` };
}
