import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { listAllConsultations } from "~/consultations/admin.server";
import { PhaseBadge } from "~/consultations/components";
import { effectivePhase } from "~/consultations/phase";
import { formatDateTime } from "~/i18n/format";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";

export const meta = titleMeta("admin:index.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const now = new Date();
  const consultations = (await listAllConsultations()).map((row) => ({
    slug: row.slug,
    title: { en: row.titleEn, id: row.titleId },
    phase: effectivePhase(row, now),
    opensAt: row.opensAt.toISOString(),
    closesAt: row.closesAt.toISOString(),
    timeZone: row.timeZone,
  }));
  return json({ consultations });
}

export default function AdminIndex() {
  const { consultations } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  const language = useLanguage();
  const when = (value: string, timeZone: string) => formatDateTime(value, language, timeZone);
  return (
    <div className="page">
      <h1>{t("index.title")}</h1>
      <p>
        <Link to="/admin/consultations/new" className="button">
          {t("index.create")}
        </Link>{" "}
        <Link to="/admin/audit" className="button button--secondary">
          {t("index.audit")}
        </Link>
      </p>
      <p>
        <Link to="/admin/outbox">{t("outbox.link")}</Link>
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t("index.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("index.consultation")}</th>
              <th scope="col">{t("index.phase")}</th>
              <th scope="col">{t("index.opens")}</th>
              <th scope="col">{t("index.closes")}</th>
            </tr>
          </thead>
          <tbody>
            {consultations.map((consultation) => (
              <tr key={consultation.slug}>
                <th scope="row">
                  <Link to={`/admin/consultations/${consultation.slug}`}>{consultation.title[language]}</Link>
                </th>
                <td>
                  <PhaseBadge phase={consultation.phase} />
                </td>
                <td>{when(consultation.opensAt, consultation.timeZone)}</td>
                <td>{when(consultation.closesAt, consultation.timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ forbidden: "admin:errors.forbidden" }} />;
}
