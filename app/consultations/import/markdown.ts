import type { Language } from "#db/schema/values";
import { importLimits } from "./limits";
import type { ImportedSection, ImportedText, ImportRefusal } from "./sections";

type Parsed = { ok: true; value: ImportedText } | ({ ok: false } & ImportRefusal);

const HEADING = /^(#{1,3})[ \t]+(.+?)[ \t#]*$/;
const FENCE = /^(```|~~~)/;
// "2.3 Title" or "2.3. Title": the number written in the heading is kept.
const EXPLICIT_NUMBER = /^(\d+(?:\.\d+){0,2})\.?[ \t]+(.+)$/;
const LANGUAGE_MARKER = /^[ \t]*<!--[ \t]*lang:[ \t]*(en|id)[ \t]*-->[ \t]*$/gim;

/**
 * A Markdown draft as numbered sections: `#`, `##` and `###` headings start sections 1, 1.1 and
 * 1.1.1, unless the heading writes its own number; deeper headings stay inside the body.
 */
export function parseMarkdownSections(markdown: string): Parsed {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const counters = [0, 0, 0];
  const sections: ImportedSection[] = [];
  const bodies: string[][] = [];
  const preamble: string[] = [];
  let body: string[] = preamble;
  let inFence = false;
  for (const line of lines) {
    if (FENCE.test(line)) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(line);
    if (!heading) {
      body.push(line);
      continue;
    }
    const [, hashes = "#", title = ""] = heading;
    const level = hashes.length;
    const explicit = EXPLICIT_NUMBER.exec(title);
    let number: string;
    if (explicit) {
      number = explicit[1] ?? "";
      const parts = number.split(".").map(Number);
      for (let i = 0; i < 3; i++) counters[i] = parts[i] ?? 0;
    } else {
      counters[level - 1] = (counters[level - 1] ?? 0) + 1;
      for (let i = level; i < 3; i++) counters[i] = 0;
      number = counters.slice(0, level).join(".");
    }
    sections.push({ number, heading: (explicit?.[2] ?? title).trim(), body: "" });
    body = [];
    bodies.push(body);
  }
  if (sections.length === 0) return { ok: false, error: "imports:errors.noHeadings" };
  if (sections.length > importLimits.sectionsMax)
    return { ok: false, error: "imports:errors.tooManySections", values: { max: String(importLimits.sectionsMax) } };
  const seen = new Set<string>();
  for (const [index, section] of sections.entries()) {
    section.body = (bodies[index] ?? []).join("\n").trim();
    if (seen.has(section.number))
      return { ok: false, error: "imports:errors.duplicateNumber", values: { number: section.number } };
    seen.add(section.number);
    if (section.heading.length > importLimits.headingMaxChars || section.body.length > importLimits.bodyMaxChars)
      return { ok: false, error: "imports:errors.sectionTooLong", values: { number: section.number } };
  }
  return { ok: true, value: { sections, preamble: preamble.join("\n").trim() } };
}

/**
 * A file holding both languages marks each with `<!-- lang: en -->` / `<!-- lang: id -->`; the
 * text after a marker, up to the next one, is that language's. No marker: null.
 */
export function splitLanguages(markdown: string): Partial<Record<Language, string>> | null {
  const markers = [...markdown.matchAll(LANGUAGE_MARKER)];
  if (markers.length === 0) return null;
  const parts: Partial<Record<Language, string>> = {};
  markers.forEach((marker, index) => {
    const start = (marker.index ?? 0) + marker[0].length;
    const end = markers[index + 1]?.index ?? markdown.length;
    const language = (marker[1] ?? "en").toLowerCase() as Language;
    parts[language] = `${parts[language] ?? ""}${markdown.slice(start, end)}\n`;
  });
  return parts;
}
