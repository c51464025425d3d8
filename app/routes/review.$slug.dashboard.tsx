import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { countryCodes, organisationTypes } from "#db/schema/values";
import { hasRole } from "~/auth/roles";
import { ErrorPage } from "~/components/error-page";
import { formatDate } from "~/i18n/format";
import { useLabels } from "~/i18n/labels";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { ErrorAlert } from "~/moderation/controls";
import { filterQuery, UNTAGGED } from "~/moderation/queue/filters";
import { FilterBar } from "~/moderation/queue-view/filter-bar";
import { reviewAccess } from "~/moderation/reviewed.server";
import { type Bar, BarChart, ColumnChart } from "~/reports/charts";
import { type DashboardView, dashboardView } from "~/reports/dashboard.server";
import { ExportForm } from "~/reports/export-form";
import { timeSteps } from "~/reports/time-steps";
import { stances, submissionLanguages } from "~/submissions/schema";
import { themeLabels } from "~/themes/labels";

export const meta = titleMeta("reports:dashboard.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { moderator, found } = await reviewAccess(request, params.slug);
  const view = await dashboardView(found, new URL(request.url).searchParams);
  return json({ ...view, canIncludeEmails: hasRole(moderator.role, "admin") }, { status: view.error ? 400 : 200 });
}

const barsOf = (
  values: readonly string[],
  counts: Record<string, number> | undefined,
  label: (value: string) => string,
): Bar[] => values.map((value) => ({ key: value, label: label(value), value: counts?.[value] ?? 0 }));

/**
 * A single-valued chart whose own filter is open counts every matching submission: what it cannot
 * place under a value (input on the whole draft, an expert without a country) gets a bar of its own.
 */
function withUnplaced(bars: Bar[], matching: number, open: boolean, label: string): Bar[] {
  const unplaced = matching - bars.reduce((sum, bar) => sum + bar.value, 0);
  return open && unplaced > 0 ? [...bars, { key: "unplaced", label, value: unplaced }] : bars;
}

export default function Dashboard() {
  const view = useLoaderData<typeof loader>();
  const { t } = useTranslation("reports");
  const language = useLanguage();
  const label = useLabels("submissions");
  const commonLabel = useLabels("common");
  const themeName = themeLabels(view.themes, language);
  const base = `/review/${view.consultation.slug}`;
  const query = filterQuery(view.filter, { after: undefined });
  const { counts, tagging } = view;
  // The status chart counts under every other filter, so its count of the filter's own status is what the filters match.
  const matching = counts?.status[view.filter.status] ?? 0;
  const withStep = (step: string) => `${base}/dashboard${query ? `${query}&` : "?"}by=${step}`;
  const overTime: Bar[] = view.overTime.map((point) => ({
    key: point.start,
    label: formatDate(`${point.start}T00:00:00Z`, language, "UTC"),
    value: point.count,
  }));
  return (
    <div className="page review dashboard">
      <p className="breadcrumb">
        <Link to={`/consultations/${view.consultation.slug}`}>{view.consultation.title[language]}</Link>
        {" · "}
        <Link to={`${base}${query}`}>{t("dashboard.toQueue")}</Link>
      </p>
      <h1>{t("dashboard.title")}</h1>
      <FilterBar view={view} base={`${base}/dashboard`} keep={view.step === "day" ? {} : { by: view.step }} />
      {view.error ? <ErrorAlert>{t(`review:${view.error}`)}</ErrorAlert> : null}
      {counts && tagging ? (
        <>
          <p className="field-hint">{t("dashboard.countedHow")}</p>
          <section aria-labelledby="progress-heading">
            <h2 id="progress-heading">{t("dashboard.progress")}</h2>
            <div className="chart-grid">
              <BarChart
                title={t("dashboard.byStatus")}
                labelHeading={t("dashboard.status")}
                bars={barsOf(["pending", "approved", "rejected", "withdrawn"], counts.status, (v) =>
                  label(`statuses.${v}`),
                )}
              />
              <BarChart
                title={t("dashboard.byTagging")}
                labelHeading={t("dashboard.tagging")}
                bars={[
                  { key: "tagged", label: t("dashboard.tagged"), value: tagging.tagged },
                  { key: "untagged", label: t("dashboard.untagged"), value: tagging.untagged },
                ]}
              />
            </div>
            <SummariesWritten summaries={view.summaries} themeName={themeName} />
          </section>
          <section aria-labelledby="time-heading">
            <h2 id="time-heading">{t("dashboard.overTime")}</h2>
            <p>
              {timeSteps.map((step, index) => (
                <span key={step}>
                  {index > 0 ? " · " : null}
                  {step === view.step ? (
                    <strong aria-current="true">{t(`dashboard.by_${step}`)}</strong>
                  ) : (
                    <Link to={withStep(step)}>{t(`dashboard.by_${step}`)}</Link>
                  )}
                </span>
              ))}
            </p>
            <ColumnChart
              title={t(`dashboard.overTime_${view.step}`, { zone: view.consultation.timeZone })}
              labelHeading={t(`dashboard.${view.step}`)}
              bars={overTime}
            />
          </section>
          <section aria-labelledby="breakdown-heading">
            <h2 id="breakdown-heading">{t("dashboard.breakdown")}</h2>
            <div className="chart-grid">
              <BarChart
                title={t("dashboard.bySection")}
                labelHeading={t("dashboard.section")}
                bars={withUnplaced(
                  barsOf(view.sections, counts.section, (v) => t("dashboard.sectionNumber", { number: v })),
                  matching,
                  !view.filter.section,
                  t("dashboard.wholeDraft"),
                )}
              />
              <BarChart
                title={t("dashboard.byTheme")}
                labelHeading={t("dashboard.theme")}
                bars={barsOf([...view.themes.map((theme) => theme.key), UNTAGGED], counts.theme, (v) =>
                  v === UNTAGGED ? t("dashboard.untagged") : themeName(v),
                )}
                total={view.filter.theme ? undefined : matching}
              />
              <BarChart
                title={t("dashboard.byStance")}
                labelHeading={t("dashboard.stance")}
                bars={barsOf(stances, counts.stance, (v) => label(`stances.${v}`))}
              />
              <BarChart
                title={t("dashboard.byCountry")}
                labelHeading={t("dashboard.country")}
                bars={withUnplaced(
                  barsOf(countryCodes, counts.country, (v) => commonLabel(`countries.${v}`)),
                  matching,
                  !view.filter.country,
                  t("dashboard.noCountry"),
                )}
              />
              <BarChart
                title={t("dashboard.byOrganisationType")}
                labelHeading={t("dashboard.organisationType")}
                bars={barsOf([...organisationTypes, "individual"], counts.organisationType, (v) =>
                  v === "individual" ? label("published.individualExpert") : commonLabel(`organisationTypes.${v}`),
                )}
              />
              <BarChart
                title={t("dashboard.byLanguage")}
                labelHeading={t("dashboard.language")}
                bars={barsOf(submissionLanguages, counts.language, (v) => label(`languages.${v}`))}
              />
            </div>
          </section>
          <section aria-labelledby="export-heading">
            <h2 id="export-heading">{t("export.title")}</h2>
            <ExportForm action={`${base}/export${query}`} canIncludeEmails={view.canIncludeEmails} />
          </section>
        </>
      ) : null}
    </div>
  );
}

function SummariesWritten({
  summaries,
  themeName,
}: {
  summaries: DashboardView["summaries"];
  themeName: (key: string) => string;
}) {
  const { t } = useTranslation("reports");
  const state = useLabels("summaries");
  const counted = (...wanted: string[]) => summaries.filter((summary) => wanted.includes(summary.state)).length;
  return (
    <>
      <h3 id="summaries-heading">{t("dashboard.summariesWritten")}</h3>
      <p>
        {t("dashboard.summariesCounted", {
          count: summaries.length,
          // A newer draft does not unpublish: readers still see the published version.
          published: counted("published", "publishedWithDraft"),
          draft: counted("draft"),
          none: counted("none"),
        })}
      </p>
      <table className="data-table" aria-labelledby="summaries-heading">
        <thead>
          <tr>
            <th scope="col">{t("dashboard.theme")}</th>
            <th scope="col">{t("dashboard.summaryState")}</th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((summary) => (
            <tr key={summary.key}>
              <th scope="row">{themeName(summary.key)}</th>
              <td>{state(`states.${summary.state}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function ErrorBoundary() {
  return (
    <ErrorPage explain={{ notFound: "review:errors.consultationNotFound", forbidden: "review:errors.forbidden" }} />
  );
}
