import { json, type LoaderFunctionArgs, type MetaFunction, type SerializeFrom } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { SanitizedHtml } from "~/components/sanitized-html";
import { useHydrated } from "~/components/use-hydrated";
import { inLanguage } from "~/i18n/config";
import { formatDate } from "~/i18n/format";
import { errorTitle, metaLanguage, pageTitle } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { invariantResponse } from "~/responses";
import { FiguresView, useValueLabel } from "~/summaries/figures-view";
import { citationAnchor } from "~/summaries/citations";
import { whatWeHeard } from "~/summaries/report.server";

export const meta: MetaFunction<typeof loader> = ({ data, error, matches }) => {
  if (error) return [{ title: errorTitle({ error, matches }) }];
  return data
    ? [{ title: `${pageTitle(matches, "summaries:report.title")} · ${data.title[metaLanguage(matches)]}` }]
    : [];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const report = await whatWeHeard(params.slug ?? "");
  invariantResponse(report, 404);
  // On paper a link is its address: the cited input's section is printed as a full URL.
  return json({ ...report, origin: new URL(request.url).origin });
}

export default function WhatWeHeard() {
  const report = useLoaderData<typeof loader>();
  const { t } = useTranslation("summaries");
  const language = useLanguage();
  const hydrated = useHydrated();
  const label = useValueLabel();
  const date = (value: string) => formatDate(value, language, report.timeZone);
  const consultationPath = `/consultations/${report.slug}`;
  return (
    <div className="page report">
      <nav aria-label={t("consultations:breadcrumb")} className="breadcrumb no-print">
        <Link to={consultationPath}>{t("report.backToConsultation")}</Link>
      </nav>
      <header className="report__header">
        <h1>{t("report.title")}</h1>
        <p className="report__consultation">{report.title[language]}</p>
      </header>
      <p>{t("report.intro", { opens: date(report.opensAt), closes: date(report.closesAt) })}</p>
      {hydrated ? (
        <p className="no-print">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t("report.print")}
          </button>
        </p>
      ) : null}
      {report.themes.length === 0 ? (
        <p>{t("report.noSummaries")}</p>
      ) : (
        <nav aria-labelledby="report-contents" className="report__contents">
          <h2 id="report-contents">{t("report.contents")}</h2>
          <ol>
            {report.themes.map((theme) => (
              <li key={theme.key}>
                <a href={`#theme-${theme.key}`}>{theme.label[language]}</a>
                {theme.sections.length > 0 ? (
                  <ul>
                    {theme.sections.map((narrowed) => (
                      <li key={narrowed.section}>
                        <a href={`#${sectionAnchor(theme.key, narrowed.section)}`}>
                          {t("report.sectionHeading", { section: narrowed.section })}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </nav>
      )}
      {report.themes.map((theme) => (
        <section
          key={theme.key}
          id={`theme-${theme.key}`}
          className="report__theme"
          aria-labelledby={`theme-${theme.key}-heading`}
        >
          <h2 id={`theme-${theme.key}-heading`}>{theme.label[language]}</h2>
          {theme.own ? <PublishedSummary summary={theme.own} timeZone={report.timeZone} level={3} /> : null}
          {theme.sections.map((narrowed) => {
            const anchor = sectionAnchor(theme.key, narrowed.section);
            return (
              <section
                key={narrowed.section}
                id={anchor}
                className="report__section"
                aria-labelledby={`${anchor}-heading`}
              >
                <h3 id={`${anchor}-heading`}>
                  {t("report.sectionHeading", { section: narrowed.section })}
                  <span className="visually-hidden"> · {theme.label[language]}</span>
                </h3>
                <PublishedSummary summary={narrowed} timeZone={report.timeZone} level={4} />
              </section>
            );
          })}
        </section>
      ))}
      {report.cited.length > 0 ? (
        <section aria-labelledby="cited-heading" className="report__cited">
          <h2 id="cited-heading">{t("report.citedHeading")}</h2>
          <p>{t("report.citedIntro")}</p>
          <ul className="cited-list">
            {report.cited.map((item) => {
              const where = item.sectionNumber
                ? `${consultationPath}/sections/${item.sectionNumber}`
                : consultationPath;
              const type = label("byOrganisationType", item.organisationType);
              const country = item.country ? label("byCountry", item.country) : t("report.anotherCountry");
              return (
                <li key={item.reference} id={citationAnchor(item.reference)} className="cited-item">
                  <p className="cited-item__reference">
                    <strong>{item.reference}</strong> ·{" "}
                    {item.authorName
                      ? item.organisationName
                        ? t("report.named", { name: item.authorName, organisation: item.organisationName })
                        : t("report.namedAlone", { name: item.authorName })
                      : t("report.anonymous", { type, country })}{" "}
                    · {label("byStance", item.stance)}
                  </p>
                  <blockquote className="user-text" lang={item.language === "other" ? undefined : item.language}>
                    {item.body}
                  </blockquote>
                  <p className="cited-item__link">
                    <a href={where}>
                      {item.sectionNumber
                        ? t("report.readUnder", { section: item.sectionNumber })
                        : t("report.readGeneral")}
                    </a>
                    <span className="print-only"> {`${report.origin}${where}`}</span>
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

const sectionAnchor = (theme: string, section: string | null) => `theme-${theme}-section-${section}`;

type Published = SerializeFrom<typeof loader>["themes"][number]["sections"][number];

/** One published summary in the reader's language (or the other, said so), and the figures it speaks for. */
function PublishedSummary({ summary, timeZone, level }: { summary: Published; timeZone: string; level: 3 | 4 }) {
  const { t } = useTranslation("summaries");
  const language = useLanguage();
  const html = inLanguage(summary.html, language);
  const translated = summary.html[language] !== null;
  const Heading = `h${level}` as "h3";
  return (
    <>
      {summary.publishedAt ? (
        <p className="muted">
          {t("report.publishedOn", { date: formatDate(summary.publishedAt, language, timeZone) })}
        </p>
      ) : null}
      {translated ? null : <p className="notice">{t("report.notTranslated")}</p>}
      {html ? (
        <div lang={translated ? language : language === "en" ? "id" : "en"}>
          <SanitizedHtml html={html} />
        </div>
      ) : null}
      <Heading>{t("figures.heading")}</Heading>
      <FiguresView figures={summary.figures} headingLevel={level === 3 ? 4 : 5} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ notFound: "summaries:errors.reportNotFound" }} />;
}
