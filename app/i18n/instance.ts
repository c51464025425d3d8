import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { defaultLanguage, type Language, namespaces, resources } from "./config";

/** A fresh, synchronously ready i18next instance: one per server request, one in the browser. */
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
