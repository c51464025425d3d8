import cld from "cld";
import type { LanguageIdentifier } from "cld3-asm";
import type { SubmissionLanguage } from "./schema";

// Measured on 6,334 real texts (docs/decisions/005-language-detection.md): CLD2 first, with CLD3
// as a second opinion on "Malay", because CLD2 alone calls one Indonesian text in eight Malay.
const MIN_LETTERS = 20;

let identifier: Promise<LanguageIdentifier> | undefined;
function cld3(): Promise<LanguageIdentifier> {
  // The default minimum (150 bytes) makes CLD3 answer "unknown" for short comments.
  // Imported on the first detection: a server that never detects need not hold its WebAssembly.
  identifier ??= import("cld3-asm").then(async ({ loadModule }) => (await loadModule()).create(0, 1000));
  return identifier;
}

function letters(text: string): number {
  const stripped = text.replace(/https?:\/\/\S+|@\w+|\d+/g, " ");
  return (stripped.match(/\p{L}/gu) ?? []).length;
}

function toSubmissionLanguage(code: string): SubmissionLanguage {
  if (code === "id") return "id";
  if (code === "en") return "en";
  return "other";
}

/**
 * The language a contributor most likely wrote in: Bahasa Indonesia, English or another one.
 * Too little text to judge gives `fallback` (the reader's interface language); the author can
 * always correct the guess before sending.
 */
export async function detectSubmissionLanguage(
  text: string,
  fallback: SubmissionLanguage,
): Promise<SubmissionLanguage> {
  if (letters(text) < MIN_LETTERS) return fallback;
  const second = await cld3();
  let code: string;
  try {
    const result = await cld.detect(text, { bestEffort: true, tldHint: "id" });
    code = result.languages[0]?.code ?? second.findLanguage(text).language;
  } catch {
    code = second.findLanguage(text).language;
  }
  if (code === "ms" && second.findLanguage(text).language !== "ms") code = "id";
  return toSubmissionLanguage(code);
}
