import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isWorkingGroup } from "~/auth/session.server";
import { SanitizedHtml } from "~/components/sanitized-html";
import { DraftNotice, PhaseBadge, PhaseDates } from "~/consultations/components";
import { getConsultationOverview } from "~/consultations/consultations.server";
import { SectionTitle } from "~/consultations/section-title";
import { Changelog, VersionSelector } from "~/consultations/version-selector";
import { versionName } from "~/consultations/versions";
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
  // ?version= reads an earlier published version; none, the current one (decision 033).
  const asked = new URL(request.url).searchParams.get("version") || null;
  const consultation = await getConsultationOverview(params.slug ?? "", new Date(), { seesDrafts }, asked);
  invariantResponse(consultation, 404);
  return json({ ...consultation, asked });
}

export default function ConsultationOverview() {
  const consultation = useLoaderData<typeof loader>();
  const { t } = useTranslation("consultations");
  const language = useLanguage();
  const base = `/consultations/${consultation.slug}`;
  const shown = consultation.version;
  const current = consultation.versions.find((version) => version.isCurrent);
  const versionQuery = consultation.asked ? `?version=${encodeURIComponent(consultation.asked)}` : "";
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
        {shown ? (
          <p className="muted">
            {t("overview.version", { title: shown.title[language], label: versionName(shown.label) })}
          </p>
        ) : null}
        {shown && !shown.isCurrent && current ? (
          <p className="notice version-notice" role="note">
            {t("versions:reader.oldVersion", { name: versionName(shown.label) })}{" "}
            <Link to={base}>{t("versions:reader.readCurrent", { name: versionName(current.label) })}</Link>
          </p>
        ) : null}
        <VersionSelector
          versions={consultation.versions}
          shown={shown?.label ?? ""}
          link={(listed) => (listed.isCurrent ? base : `${base}?version=${encodeURIComponent(listed.label)}`)}
          timeZone={consultation.timeZone}
        />
        <Changelog version={consultation.versions.find((listed) => listed.label === shown?.label)} />
        <ol className="toc">
          {consultation.sections.map((section) => (
            <li key={section.number}>
              <Link to={`${base}/sections/${section.number}${versionQuery}`}>
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
