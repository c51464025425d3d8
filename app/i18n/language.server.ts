import { createCookie } from "@remix-run/node";
import { defaultLanguage, isLanguage, type Language } from "./config";

export const languageCookie = createCookie("masukan_lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
  secure: process.env.NODE_ENV === "production" && process.env.COOKIE_SECURE !== "false",
});

/** The reader's language: their explicit choice (cookie) first, then the browser's Accept-Language. */
export async function detectLanguage(request: Pick<Request, "headers">): Promise<Language> {
  return (await chosenLanguage(request)) ?? fromAcceptLanguage(request.headers.get("Accept-Language"));
}

/** The language this device's reader chose with the switch (or had at their last log-in), if any. */
export async function chosenLanguage(request: Pick<Request, "headers">): Promise<Language | null> {
  const chosen = await languageCookie.parse(request.headers.get("Cookie"));
  return isLanguage(chosen) ? chosen : null;
}

export function fromAcceptLanguage(header: string | null): Language {
  if (!header) return defaultLanguage;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { base: tag.trim().toLowerCase().split("-")[0] ?? "", quality: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.base && !Number.isNaN(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  // Malay readers get Bahasa Indonesia: the languages are mutually intelligible, English is further away.
  for (const { base } of ranked) {
    if (base === "id" || base === "in" || base === "ms") return "id";
    if (base === "en") return "en";
  }
  return defaultLanguage;
}

export function setLanguageCookie(language: Language): Promise<string> {
  return languageCookie.serialize(language);
}
