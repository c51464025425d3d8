import type { TFunction } from "i18next";
import type { Language } from "#db/schema/values";
import { languages } from "~/i18n/config";
import { i18nIn } from "~/i18n/instance";
import { type MailContent, type RenderedMail, renderContent } from "./content";

/** The account setting that turns a kind of message off; a kind without one is always sent (a reset the person asked for). */
export type MailPreference = "emailReceipts" | "emailDecisions" | "emailDigest";

export type MailTemplate<Params> = {
  kind: string;
  preference: MailPreference | null;
  compose(params: Params, t: TFunction, language: Language): MailContent;
};

const kinds = new Set<string>();

/**
 * Registers a kind of message: its name (kept on every queued row, and shown in the dev outbox),
 * the preference that turns it off, and how its content is composed from the `mail` namespace in
 * the recipient's language. A kind is defined once.
 */
export function defineMailTemplate<Params>(
  kind: string,
  preference: MailPreference | null,
  compose: MailTemplate<Params>["compose"],
): MailTemplate<Params> {
  if (kinds.has(kind)) throw new Error(`the mail kind "${kind}" is defined twice`);
  kinds.add(kind);
  return { kind, preference, compose };
}

export function renderMail<Params>(template: MailTemplate<Params>, params: Params, language: Language): RenderedMail {
  const t = i18nIn(language).getFixedT(language, "mail");
  return renderContent(template.compose(params, t, language), language);
}

export function renderInEveryLanguage<Params>(
  template: MailTemplate<Params>,
  params: Params,
): Record<Language, RenderedMail> {
  return Object.fromEntries(languages.map((language) => [language, renderMail(template, params, language)])) as Record<
    Language,
    RenderedMail
  >;
}
