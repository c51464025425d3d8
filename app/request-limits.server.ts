import { importLimits } from "./consultations/import/limits";
import { ATTACHMENT_MAX_BYTES } from "./submissions/schema";

const KiB = 1024;
const MiB = 1024 * KiB;

// Far more than anyone types into a log-in, registration, note or decision form.
export const FORM_BODY_MAX_BYTES = 64 * KiB;
// The queue's bulk form with 10,000 selected ids is 410,000 bytes ("ids=<uuid>&" is 41 bytes) and a
// reason and note at their longest, URL-encoded, add about 55,000: this leaves room for twice that.
const BULK_FORM_MAX_BYTES = 1 * MiB;
// Twice the input form's file limit, and room for its text fields and multipart's framing: a file
// over 10 MB but under this (a scanned paper is often 10–20 MB) still gets the form back with its
// error and everything typed, as the form pipeline reads at most 10 MB of it; only more gets a 413.
const INPUT_FORM_MAX_BYTES = 2 * ATTACHMENT_MAX_BYTES + 1 * MiB;

// Routes that need more than a small form, by path. Any other path gets the small cap, so a path
// spelled differently from these can only ever be refused sooner, never allowed more.
const LARGER_BODIES: [path: RegExp, maxBytes: number][] = [
  [/^\/consultations\/[^/]+\/send\/?$/i, INPUT_FORM_MAX_BYTES],
  [/^\/my-input\/[^/]+\/edit\/?$/i, INPUT_FORM_MAX_BYTES],
  [/^\/review\/[^/]+\/?$/i, BULK_FORM_MAX_BYTES],
  // A draft document's file, and room for a file a little over its limit to get the form's error back.
  [/^\/admin\/consultations\/[^/]+\/import\/?$/i, 2 * importLimits.fileMaxBytes],
  // A section's two bodies at their longest (as UTF-8, URL-encoded), with room to spare.
  [/^\/admin\/consultations\/[^/]+\/sections\/?$/i, BULK_FORM_MAX_BYTES * 2],
];

/**
 * The most bytes a request may send as its body, decided before any of it is read (server.js
 * enforces it); `null` for reads, whose bodies Remix never reads.
 */
export function bodyLimitFor(method: string, pathname: string): number | null {
  if (method === "GET" || method === "HEAD") return null;
  return LARGER_BODIES.find(([path]) => path.test(pathname))?.[1] ?? FORM_BODY_MAX_BYTES;
}
