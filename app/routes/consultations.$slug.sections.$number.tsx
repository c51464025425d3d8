import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isWorkingGroup } from "~/auth/session.server";
import { SanitizedHtml } from "~/components/sanitized-html";
import { DraftNotice, PhaseBadge } from "~/consultations/components";
import { getSection } from "~/consultations/consultations.server";
import { SectionTitle } from "~/consultations/section-title";
import { inLanguage, isLanguage, type Language, otherLanguage } from "~/i18n/config";
import { i18nIn } from "~/i18n/instance";
import { detectLanguage } from "~/i18n/language.server";
import { errorTitle, metaLanguage } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { invariantResponse } from "~/responses";
import { ErrorPage } from "~/components/error-page";
import { PublishedInput, PublishedInputSummary } from "~/submissions/published-input";
import { sectionInput } from "~/submissions/published-input.server";
import { PassageSelection } from "~/submissions/passage-selection";

export const meta: MetaFunction<typeof loader> = ({ data, error, matches }) => {
  if (error) return [{ title: errorTitle({ error, matches }) }];
  if (!data) return [];
  const language = metaLanguage(matches);
  const heading = inLanguage(data.section.heading, language);
  return [{ title: `${data.section.number} ${heading} · ${data.consultation.title[language]} · Masukan` }];
};

export async function loader({ params, request }: LoaderFunctionArgs) {
  const seesDrafts = await isWorkingGroup(request);
  const found = await getSection(params.slug ?? "", params.number ?? "", new Date(), { seesDrafts });
  invariantResponse(found, 404);
  const i18n = i18nIn(await detectLanguage(request));
  const query = new URL(request.url).searchParams;
  const page = inputPage(query.get("input"));
  invariantResponse(page, 404);
  const input = await sectionInput(
    { id: found.section.id, source: found.section.source, html: found.section.body },
    page,
    (count) => i18n.t("submissions:section.quotedCount", { count }),
  );
  // Page 1 always exists; a later one only while there is input to fill it.
  invariantResponse(page <= input.pageCount, 404);
  const { id: _id, source: _source, ...section } = found.section;
  // On narrow screens one language is shown at a time; ?text= picks it, so the switch needs no JavaScript.
  const text = query.get("text");
  return json({ ...found, section: { ...section, body: input.html }, input, text: isLanguage(text) ? text : null });
}

/** `?input=N`, the page of published input; none means the first; anything but a whole number from 1 is no page. */
function inputPage(value: string | null): number | null {
  if (value === null) return 1;
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

const languageNames: Record<Language, string> = { en: "English", id: "Bahasa Indonesia" };

export default function SectionPage() {
  const { consultation, section, previous, next, versionLabel, text, input } = useLoaderData<typeof loader>();
  const { t } = useTranslation("consultations");
  const language = useLanguage();
  const shown: Language = text ?? language;
  const columns: Language[] = [language, otherLanguage(language)];
  const base = `/consultations/${consultation.slug}`;
  return (
    <div className="page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link to="/">{t("home.title")}</Link> <span aria-hidden="true">›</span>{" "}
        <Link to={base}>{consultation.title[language]}</Link>
      </nav>
      <h1>
        <SectionTitle number={section.number} heading={section.heading} />
      </h1>
      {consultation.phase === "draft" ? <DraftNotice /> : null}
      <p className="phase-line">
        <PhaseBadge phase={consultation.phase} />{" "}
        <span className="muted">{t("section.draftVersion", { label: versionLabel })}</span>
      </p>
      <PublishedInputSummary input={input} textId="section-text" />

      {consultation.phase === "open" ? (
        <p>
          <Link to={`${base}/send?section=${encodeURIComponent(section.number)}`} className="button">
            {t("submissions:send.start")}
          </Link>
        </p>
      ) : null}

      <nav className="text-switch" aria-labelledby="text-switch-label">
        <span id="text-switch-label" className="text-switch__label">
          {t("section.readIn")}
        </span>
        {columns.map((lang) => (
          <Link
            key={lang}
            to={`?text=${lang}${input.page > 1 ? `&input=${input.page}` : ""}`}
            lang={lang}
            aria-current={shown === lang ? "true" : undefined}
            preventScrollReset
            replace
          >
            {languageNames[lang]}
          </Link>
        ))}
      </nav>

      <div className="parallel" id="section-text">
        {columns.map((lang) => {
          const body = section.body[lang];
          return (
            <section
              key={lang}
              lang={lang}
              className={shown === lang ? "parallel__column is-shown" : "parallel__column"}
              aria-labelledby={`text-${lang}`}
            >
              <h2 id={`text-${lang}`} className="parallel__language">
                {languageNames[lang]}
              </h2>
              {body ? (
                <SanitizedHtml html={body} />
              ) : (
                <p className="missing-translation" lang={language}>
                  {t(`section.missing.${lang}`)}
                </p>
              )}
            </section>
          );
        })}
      </div>

      {consultation.phase === "open" ? (
        <PassageSelection
          container="section-text"
          sendPath={`${base}/send?section=${encodeURIComponent(section.number)}`}
        />
      ) : null}

      <PublishedInput
        input={input}
        timeZone={consultation.timeZone}
        pageLink={(page) => `?${text ? `text=${text}&` : ""}input=${page}#published-heading`}
      />

      <nav className="pager" aria-label={t("section.pager")}>
        {previous ? (
          <Link to={`${base}/sections/${previous.number}`} rel="prev" className="pager__previous">
            <span className="pager__label">{t("section.previous")}</span>
            <SectionTitle number={previous.number} heading={previous.heading} />
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link to={`${base}/sections/${next.number}`} rel="next" className="pager__next">
            <span className="pager__label">{t("section.next")}</span>
            <SectionTitle number={next.number} heading={next.heading} />
          </Link>
        ) : null}
      </nav>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ notFound: "consultations:errors.sectionNotFound" }} />;
}
