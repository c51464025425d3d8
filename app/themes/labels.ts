import { inLanguage, type Language } from "~/i18n/config";

/** A theme's label in the reader's language. */
export function themeLabel(theme: { labelEn: string; labelId: string }, language: Language): string {
  return inLanguage({ en: theme.labelEn, id: theme.labelId }, language) ?? "";
}
