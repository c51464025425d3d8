import { intlLocale, type Language } from "./config";

// Making an Intl formatter costs about a millisecond and a page formats a hundred values: each
// formatter is made once per language, kind and time zone.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let made = formatters.get(key) as F | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

/**
 * A moment as "15 July 2026 at 03:19 GMT+7", in the time zone given (a consultation's), named. The
 * zone is never left to the runtime: the server's (UTC) and the reader's browser's would differ, and
 * the page would change as it hydrates.
 */
export function formatDateTime(value: Date | string, language: Language, timeZone: string): string {
  return formatter(
    `datetime|${language}|${timeZone ?? ""}`,
    () =>
      new Intl.DateTimeFormat(intlLocale[language], {
        day: "numeric",
        month: "long",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZone,
        timeZoneName: "short",
      }),
  ).format(new Date(value));
}

/** A day, in the time zone given (a consultation's); without one, the runtime's, which differs between server and browser. */
export function formatDate(value: Date | string, language: Language, timeZone: string): string {
  return formatter(
    `date|${language}|${timeZone ?? ""}`,
    () => new Intl.DateTimeFormat(intlLocale[language], { dateStyle: "long", timeZone }),
  ).format(new Date(value));
}

/** A time zone's name as readers say it, "Western Indonesia Time", on the given day (summer time has its own). */
export function formatTimeZone(timeZone: string, language: Language, on: Date): string {
  const parts = formatter(
    `zone|${language}|${timeZone}`,
    () => new Intl.DateTimeFormat(intlLocale[language], { timeZone, timeZoneName: "long" }),
  ).formatToParts(on);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

export function formatNumber(value: number, language: Language): string {
  return formatter(`number|${language}`, () => new Intl.NumberFormat(intlLocale[language])).format(value);
}

export function formatPercent(fraction: number, language: Language): string {
  return formatter(
    `percent|${language}`,
    () => new Intl.NumberFormat(intlLocale[language], { style: "percent", maximumFractionDigits: 0 }),
  ).format(fraction);
}

/** An attachment's size as people read it: "2.4 MB", or "310 KB" under a tenth of a megabyte. */
export function formatBytes(bytes: number, language: Language): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 0.1) {
    return `${formatter(`mb|${language}`, () => new Intl.NumberFormat(intlLocale[language], { maximumFractionDigits: 1 })).format(megabytes)} MB`;
  }
  return `${formatNumber(Math.round(Math.max(1, bytes / 1024)), language)} KB`;
}

/** A wait as people say it, rounded up to the unit that reads best: "40 seconds", "2 minutes", "1 hour". */
export function formatWait(seconds: number, language: Language): string {
  const [unit, amount] =
    seconds < 60
      ? (["second", seconds] as const)
      : seconds < 3600
        ? (["minute", Math.ceil(seconds / 60)] as const)
        : (["hour", Math.ceil(seconds / 3600)] as const);
  return formatter(
    `wait|${unit}|${language}`,
    () => new Intl.NumberFormat(intlLocale[language], { style: "unit", unit, unitDisplay: "long" }),
  ).format(Math.ceil(amount));
}
