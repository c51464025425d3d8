import type { LoaderFunction, MetaArgs, MetaFunction } from "@remix-run/node";
import { errorKind } from "~/responses";
import { defaultLanguage, isLanguage, type Language } from "./config";
import { i18nIn } from "./instance";

type MatchWithData = { id: string; data: unknown };

/** The reader's language as the root loader found it, for `meta` functions (which cannot use hooks). */
export function metaLanguage(matches: MatchWithData[]): Language {
  const language = (matches.find((match) => match.id === "root")?.data as { language?: unknown } | undefined)?.language;
  return isLanguage(language) ? language : defaultLanguage;
}

/** `<title>` text: the page's own words, then the site name. */
export function pageTitle(matches: MatchWithData[], key: string, values?: Record<string, unknown>): string {
  return `${i18nIn(metaLanguage(matches)).t(key, values)} · Masukan`;
}

/** A route's `meta`: its title, or the error page's when the route failed. */
export function titleMeta<Loader extends LoaderFunction = LoaderFunction>(
  key: string,
  values?: (args: MetaArgs<Loader>) => Record<string, unknown>,
): MetaFunction<Loader> {
  return (args) => [{ title: args.error ? errorTitle(args) : pageTitle(args.matches, key, values?.(args)) }];
}

export function errorTitle({ error, matches }: Pick<MetaArgs, "error" | "matches">): string {
  return pageTitle(matches, `common:errors.${errorKind(error)}.title`);
}
