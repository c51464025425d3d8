import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { formatNumber, formatPercent } from "~/i18n/format";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { consultationNamed, reviewAccess } from "~/moderation/reviewed.server";
import { useValueLabel } from "~/summaries/figures-view";
import { themesOverview } from "~/summaries/overview.server";

export const meta = titleMeta("summaries:overview.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { found } = await reviewAccess(request, params.slug);
  return json({ consultation: consultationNamed(found), ...(await themesOverview(found.consultation.id)) });
}

export default function ThemesOverview() {
  const view = useLoaderData<typeof loader>();
  const { t } = useTranslation("summaries");
  const language = useLanguage();
  const label = useValueLabel();
  const base = `/review/${view.consultation.slug}`;
  const number = (value: number) => formatNumber(value, language);
  return (
    <div className="page review">
      <p className="breadcrumb">
        <Link to={base}>{t("overview.backToQueue")}</Link>
      </p>
      <h1>{t("overview.title")}</h1>
      <p className="muted">{view.consultation.title[language]}</p>
      <p>{t("overview.intro")}</p>
      <div className="table-scroll">
        <table className="themes-overview">
          <thead>
            <tr>
              <th scope="col">{t("overview.theme")}</th>
              <th scope="col">{t("overview.approved")}</th>
              <th scope="col">{t("overview.organisations")}</th>
              <th scope="col">{t("overview.byStance")}</th>
              <th scope="col">{t("overview.suggested")}</th>
              <th scope="col">{t("overview.summary")}</th>
              <th scope="col">{t("overview.coverage")}</th>
            </tr>
          </thead>
          <tbody>
            {view.themes.map((theme) => (
              <tr key={theme.key}>
                <th scope="row">
                  <Link
                    to={`${base}/themes/${theme.key}`}
                    aria-label={t("overview.open", { theme: theme.label[language] })}
                  >
                    {theme.label[language]}
                  </Link>
                </th>
                <td data-label={t("overview.approved")}>{number(theme.figures.submissions)}</td>
                <td data-label={t("overview.organisations")}>{number(theme.figures.organisations)}</td>
                <td data-label={t("overview.byStance")}>
                  <ul className="plain-list">
                    {Object.entries(theme.figures.byStance)
                      .filter(([, n]) => n > 0)
                      .map(([stance, n]) => (
                        <li key={stance}>
                          {label("byStance", stance)}: {number(n)}
                        </li>
                      ))}
                  </ul>
                </td>
                <td data-label={t("overview.suggested")}>{number(theme.suggestedUntagged)}</td>
                <td data-label={t("overview.summary")}>
                  {t(`states.${theme.summary.state}`)}
                  {theme.summary.languages.length > 0 ? (
                    <>
                      {" "}
                      {t("overview.languages", {
                        languages: theme.summary.languages
                          .map((written) => t(`submissions:languages.${written}`))
                          .join(" + "),
                      })}
                    </>
                  ) : null}
                </td>
                <td data-label={t("overview.coverage")}>
                  {theme.summary.state === "none" ? "—" : formatPercent(theme.coverage.share, language)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.suggestionsCapped ? <p className="muted">{t("overview.suggestedCapped", { count: 5000 })}</p> : null}
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <ErrorPage
      explain={{ notFound: "consultations:errors.consultationNotFound", forbidden: "review:errors.forbidden" }}
    />
  );
}
