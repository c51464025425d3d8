import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { defaultLanguage, type Language, namespaces, resources } from "./config";

/** A fresh, synchronously ready i18next instance: the browser's own, which follows the reader's language. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: Object.keys(resources),
    ns: [...namespaces],
    defaultNS: "common",
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

const inOneLanguage = new Map<Language, i18n>();

/**
 * An instance that stays in `language`, made once per language: the server's pages and titles
 * never change an instance's language (only the browser's own instance does), and making one
 * takes a few hundred microseconds, a noticeable share of a page (decision 015).
 */
export function i18nIn(language: Language): i18n {
  let instance = inOneLanguage.get(language);
  if (!instance) {
    instance = createI18n(language);
    inOneLanguage.set(language, instance);
  }
  return instance;
}
