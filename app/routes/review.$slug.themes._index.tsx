import { json, type LoaderFunctionArgs, type SerializeFrom } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Fragment, type ReactNode } from "react";
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
  const base = `/review/${view.consultation.slug}`;
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
            {view.themes.map((theme) => {
              const name = theme.label[language];
              const editor = `${base}/themes/${theme.key}`;
              return (
                <Fragment key={theme.key}>
                  <OverviewRow
                    heading={
                      <>
                        <Link to={editor} aria-label={t("overview.open", { theme: name })}>
                          {name}
                        </Link>
                        {theme.retired ? (
                          <span className="badge badge--draft">{t("taxonomy:list.retired")}</span>
                        ) : null}
                      </>
                    }
                    row={theme}
                    suggested={theme.suggestedUntagged}
                  />
                  {theme.sections.map((narrowed) => (
                    <OverviewRow
                      key={narrowed.section}
                      heading={
                        <Link
                          to={`${editor}?section=${encodeURIComponent(narrowed.section)}`}
                          aria-label={t("overview.openSection", { theme: name, section: narrowed.section })}
                        >
                          {t("overview.sectionRow", { section: narrowed.section })}
                        </Link>
                      }
                      row={narrowed}
                      suggested={null}
                      narrowed
                    />
                  ))}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {view.suggestionsCapped ? <p className="muted">{t("overview.suggestedCapped", { count: 5000 })}</p> : null}
    </div>
  );
}

type Row = Pick<SerializeFrom<typeof loader>["themes"][number], "figures" | "summary" | "coverage">;

/**
 * One row of the overview: a theme, or a summary narrowed to one of its sections, listed under it
 * (indented, named by its section). Untagged input is suggested per theme, so a section row has none.
 */
function OverviewRow({
  heading,
  row,
  suggested,
  narrowed = false,
}: {
  heading: ReactNode;
  row: Row;
  suggested: number | null;
  narrowed?: boolean;
}) {
  const { t } = useTranslation("summaries");
  const language = useLanguage();
  const label = useValueLabel();
  const number = (value: number) => formatNumber(value, language);
  return (
    <tr className={narrowed ? "themes-overview__section" : undefined}>
      <th scope="row">{heading}</th>
      <td data-label={t("overview.approved")}>{number(row.figures.submissions)}</td>
      <td data-label={t("overview.organisations")}>{number(row.figures.organisations)}</td>
      <td data-label={t("overview.byStance")}>
        <ul className="plain-list">
          {Object.entries(row.figures.byStance)
            .filter(([, n]) => n > 0)
            .map(([stance, n]) => (
              <li key={stance}>
                {label("byStance", stance)}: {number(n)}
              </li>
            ))}
        </ul>
      </td>
      <td data-label={t("overview.suggested")}>{suggested === null ? "—" : number(suggested)}</td>
      <td data-label={t("overview.summary")}>
        {t(`states.${row.summary.state}`)}
        {row.summary.languages.length > 0 ? (
          <>
            {" "}
            {t("overview.languages", {
              languages: row.summary.languages.map((written) => t(`submissions:languages.${written}`)).join(" + "),
            })}
          </>
        ) : null}
      </td>
      <td data-label={t("overview.coverage")}>
        {row.summary.state === "none" ? "—" : formatPercent(row.coverage.share, language)}
      </td>
    </tr>
  );
}

export function ErrorBoundary() {
  return (
    <ErrorPage
      explain={{ notFound: "consultations:errors.consultationNotFound", forbidden: "review:errors.forbidden" }}
    />
  );
}
