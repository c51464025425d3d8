import { inLanguage, type Language } from "~/i18n/config";
import type { InputFormPage } from "./page";

type Start = Pick<InputFormPage, "quote" | "section">;

/**
 * What an amendment's box starts with: the passage chosen, else the section's text in the language
 * the page shows it in, which is the text the contributor is reading and amending.
 */
export function amendmentStart(page: Start, language: Language): string {
  return page.quote || (page.section ? (inLanguage(page.section.body, language) ?? "") : "");
}

/** Whether the box still holds a starting text (in either language), i.e. nothing the contributor typed. */
export function isUntouchedStart(page: Start, text: string): boolean {
  if (!text) return false;
  return text === page.quote || text === page.section?.body.en || text === page.section?.body.id;
}
