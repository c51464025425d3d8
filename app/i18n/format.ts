import { intlLocale, type Language } from "./config";

export function formatDateTime(value: Date | string, language: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale[language], {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(value));
}

export function formatDate(value: Date | string, language: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale[language], { dateStyle: "long", timeZone }).format(new Date(value));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale[language]).format(value);
}

export function formatPercent(fraction: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale[language], { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}
