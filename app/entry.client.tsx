import { RemixBrowser } from "@remix-run/react";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { defaultLanguage, isLanguage } from "./i18n/config";
import { createI18n } from "./i18n/instance";

const pageLanguage = document.documentElement.lang;
const i18n = createI18n(isLanguage(pageLanguage) ? pageLanguage : defaultLanguage);

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <RemixBrowser />
      </I18nextProvider>
    </StrictMode>,
  );
});
