import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isWorkingGroup } from "~/auth/session.server";
import { SanitizedHtml } from "~/components/sanitized-html";
import { DraftNotice, PhaseBadge, PhaseDates } from "~/consultations/components";
import { getConsultationOverview } from "~/consultations/consultations.server";
import { SectionTitle } from "~/consultations/section-title";
import { formatNumber } from "~/i18n/format";
import { errorTitle, metaLanguage } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { invariantResponse } from "~/responses";
import { ErrorPage } from "~/components/error-page";

export const meta: MetaFunction<typeof loader> = ({ data, error, matches }) => {
  if (error) return [{ title: errorTitle({ error, matches }) }];
  return data ? [{ title: `${data.title[metaLanguage(matches)]} · Masukan` }] : [];
};

export async function loader({ params, request }: LoaderFunctionArgs) {
  const seesDrafts = await isWorkingGroup(request);
  const consultation = await getConsultationOverview(params.slug ?? "", new Date(), { seesDrafts });
  invariantResponse(consultation, 404);
  return json(consultation);
}

export default function ConsultationOverview() {
  const consultation = useLoaderData<typeof loader>();
  const { t } = useTranslation("consultations");
  const language = useLanguage();
  return (
    <div className="page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link to="/">{t("home.title")}</Link>
      </nav>
      <h1>{consultation.title[language]}</h1>
      {consultation.phase === "draft" ? <DraftNotice /> : null}
      <div className="phase-line">
        <PhaseBadge phase={consultation.phase} />
        <PhaseDates consultation={consultation} />
      </div>
      <SanitizedHtml html={consultation.description[language]} />
      {consultation.phase === "open" ? (
        <p>
          <Link to={`/consultations/${consultation.slug}/send`} className="button">
            {t("submissions:send.startWholeDraft")}
          </Link>
        </p>
      ) : null}
      {consultation.phase === "published" ? (
        <aside className="report-link" aria-labelledby="report-link">
          <h2 id="report-link">
            <Link to={`/consultations/${consultation.slug}/what-we-heard`}>{t("summaries:report.link")}</Link>
          </h2>
          <p>{t("summaries:report.linkHint")}</p>
        </aside>
      ) : null}
      <section aria-labelledby="contents-heading">
        <h2 id="contents-heading">{t("overview.contents")}</h2>
        {consultation.version ? (
          <p className="muted">
            {t("overview.version", { title: consultation.version.title[language], label: consultation.version.label })}
          </p>
        ) : null}
        <ol className="toc">
          {consultation.sections.map((section) => (
            <li key={section.number}>
              <Link to={`/consultations/${consultation.slug}/sections/${section.number}`}>
                <SectionTitle number={section.number} heading={section.heading} />
              </Link>
              <span className="toc__count">
                {t("overview.inputCount", {
                  count: section.approvedInput,
                  formatted: formatNumber(section.approvedInput, language),
                })}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <p>
        <Link to={`/consultations/${consultation.slug}/open-data`}>{t("reports:openData.link")}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ notFound: "consultations:errors.consultationNotFound" }} />;
}
