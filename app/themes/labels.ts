import { inLanguage, type Language } from "~/i18n/config";

type Labelled = { labelEn: string; labelId: string };

/** A theme's label in the reader's language. */
export function themeLabel(theme: Labelled, language: Language): string {
  return inLanguage({ en: theme.labelEn, id: theme.labelId }, language) ?? "";
}

/** Labels by theme key; a key that is not among these themes is shown as it is. */
export function themeLabels(themes: (Labelled & { key: string })[], language: Language): (key: string) => string {
  const byKey = new Map(themes.map((theme) => [theme.key, theme]));
  return (key) => {
    const theme = byKey.get(key);
    return theme ? themeLabel(theme, language) : key;
  };
}
