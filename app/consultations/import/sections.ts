import type { Language } from "#db/schema/values";

/** One section as read from an imported file, in one language. */
export type ImportedSection = { number: string; heading: string; body: string };

/** What one file gave for one language. */
export type ImportedText = { sections: ImportedSection[]; preamble: string };

/** The pending import of a version: each language's text, as uploaded so far. */
export type ImportedDocument = Record<Language, ImportedText | null>;

export type ImportRefusal = { error: string; values?: Record<string, string> };
