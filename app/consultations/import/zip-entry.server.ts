import { inflateRawSync } from "node:zlib";
import type { ZipEntry } from "./zip-package";

const LOCAL_HEADER = 0x04034b50;

/**
 * One entry of a package already checked by `checkZipPackage`, inflated with a hard cap at its
 * declared size: an entry that lies about its size stops there instead of filling the memory.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedBytes);
  if (data.length !== entry.compressedBytes) return null;
  if (entry.method === 0) return data.length === entry.uncompressedBytes ? data : null;
  if (entry.method !== 8) return null;
  try {
    const inflated = inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedBytes, 1) });
    return inflated.length === entry.uncompressedBytes ? inflated : null;
  } catch {
    return null;
  }
}
