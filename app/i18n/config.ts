import enAccount from "#locales/en/account.json";
import enAdmin from "#locales/en/admin.json";
import enAmendments from "#locales/en/amendments.json";
import enAudit from "#locales/en/audit.json";
import enAuth from "#locales/en/auth.json";
import enCommon from "#locales/en/common.json";
import enConsultations from "#locales/en/consultations.json";
import enImports from "#locales/en/imports.json";
import enMail from "#locales/en/mail.json";
import enReports from "#locales/en/reports.json";
import enReview from "#locales/en/review.json";
import enSubmissions from "#locales/en/submissions.json";
import enSummaries from "#locales/en/summaries.json";
import enTaxonomy from "#locales/en/taxonomy.json";
import enVersions from "#locales/en/versions.json";
import idAccount from "#locales/id/account.json";
import idAdmin from "#locales/id/admin.json";
import idAmendments from "#locales/id/amendments.json";
import idAudit from "#locales/id/audit.json";
import idAuth from "#locales/id/auth.json";
import idCommon from "#locales/id/common.json";
import idConsultations from "#locales/id/consultations.json";
import idImports from "#locales/id/imports.json";
import idMail from "#locales/id/mail.json";
import idReports from "#locales/id/reports.json";
import idReview from "#locales/id/review.json";
import idSubmissions from "#locales/id/submissions.json";
import idSummaries from "#locales/id/summaries.json";
import idTaxonomy from "#locales/id/taxonomy.json";
import idVersions from "#locales/id/versions.json";
import { type Language, languages } from "#db/schema/values";

export { type Language, languages };
export const defaultLanguage: Language = "en";
export const namespaces = [
  "common",
  "auth",
  "consultations",
  "submissions",
  "review",
  "reports",
  "summaries",
  "imports",
  "admin",
  "amendments",
  "account",
  "taxonomy",
  "audit",
  "mail",
  "versions",
] as const;

// Bundled rather than fetched: two small languages, and no request is needed before first paint.
export const resources = {
  en: {
    common: enCommon,
    auth: enAuth,
    consultations: enConsultations,
    submissions: enSubmissions,
    review: enReview,
    reports: enReports,
    summaries: enSummaries,
    imports: enImports,
    admin: enAdmin,
    amendments: enAmendments,
    account: enAccount,
    taxonomy: enTaxonomy,
    audit: enAudit,
    mail: enMail,
    versions: enVersions,
  },
  id: {
    common: idCommon,
    auth: idAuth,
    consultations: idConsultations,
    submissions: idSubmissions,
    review: idReview,
    reports: idReports,
    summaries: idSummaries,
    imports: idImports,
    admin: idAdmin,
    amendments: idAmendments,
    account: idAccount,
    taxonomy: idTaxonomy,
    audit: idAudit,
    mail: idMail,
    versions: idVersions,
  },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

/** BCP 47 tags for Intl: Bahasa Indonesia is "id-ID", English here is "en-GB" (day before month, as in ASEAN usage). */
export const intlLocale: Record<Language, string> = { en: "en-GB", id: "id-ID" };

/** A text kept in both languages; either may be missing (a section not yet translated). */
export type Localized<T> = { en: T; id: T };

export function otherLanguage(language: Language): Language {
  return language === "en" ? "id" : "en";
}

/** The reader's version of a bilingual text, or the other language's when the reader's is missing. */
export function inLanguage<T>(text: Localized<T | null | undefined>, language: Language): T | null {
  return text[language] ?? text[otherLanguage(language)] ?? null;
}
