import { useTranslation } from "react-i18next";
import { defaultLanguage, isLanguage, type Language } from "./config";

/** The language the page is rendered in, as a `Language` (i18next types it as any string). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}
