import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditPager, AuditSearchForm, AuditTable } from "~/audit/audit-view";
import { addressRetentionDays } from "~/audit/request-address.server";
import { auditFilterQuery } from "~/audit/search";
import { auditSearchOf, cursorOf, knownActions, searchAuditLog } from "~/audit/search.server";
import { requireRole } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { formatNumber } from "~/i18n/format";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";

export const meta = titleMeta("audit:page.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const params = new URL(request.url).searchParams;
  const [search, actions] = await Promise.all([auditSearchOf(params), knownActions()]);
  const shared = {
    values: search.values,
    actions,
    zones: Intl.supportedValuesOf("timeZone"),
    retentionDays: addressRetentionDays(),
  };
  if (!search.ok) return json({ ...shared, errors: search.errors, zone: "UTC", rows: [], newer: null, older: null });
  const page = await searchAuditLog(search.query, {
    older: cursorOf(params.get("older")),
    newer: cursorOf(params.get("newer")),
  });
  const errors: Record<string, string> = {};
  return json({ ...shared, errors, zone: search.zone, ...page });
}

export default function AuditLog() {
  const view = useLoaderData<typeof loader>();
  const { t } = useTranslation("audit");
  const language = useLanguage();
  const query = auditFilterQuery({ ...view.values, zone: view.values.zone || view.zone });
  const failed = Object.keys(view.errors).length > 0;
  return (
    <div className="page stack">
      <h1>{t("page.title")}</h1>
      <p>{t("page.explain", { days: formatNumber(view.retentionDays, language) })}</p>
      <AuditSearchForm
        values={view.values}
        errors={view.errors}
        zone={view.zone}
        actions={view.actions}
        zones={view.zones}
      />
      {failed ? null : (
        <>
          <p className="button-row">
            <span role="status">{view.rows.length === 0 ? t("page.none") : t("page.shown", { zone: view.zone })}</span>
            {view.rows.length > 0 ? (
              <a href={`/admin/audit/export${query ? `?${query}` : ""}`} download>
                {t("page.export")}
              </a>
            ) : null}
          </p>
          {view.rows.length > 0 ? <AuditTable rows={view.rows} zone={view.zone} /> : null}
          <AuditPager values={view.values} newer={view.newer} older={view.older} />
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ forbidden: "audit:errors.forbidden" }} />;
}
