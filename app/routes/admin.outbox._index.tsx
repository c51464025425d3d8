import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { outboxStatuses } from "#db/schema/values";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { formatDateTime, formatNumber } from "~/i18n/format";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { secretariatTimeZone } from "~/i18n/secretariat-zone.server";
import { isOutboxStatus, listOutbox } from "~/notifications/dev-outbox.server";
import { OutboxStatus } from "~/notifications/outbox-status";

export const meta = titleMeta("admin:outbox.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const query = new URL(request.url).searchParams;
  const page = Math.max(1, Math.floor(Number(query.get("page")) || 1));
  const status = query.get("status");
  const shown = isOutboxStatus(status) ? status : null;
  const outbox = await listOutbox(page, shown);
  return json({
    ...outbox,
    page,
    status: shown,
    smtp: Boolean(process.env.SMTP_URL),
    zone: await secretariatTimeZone(),
  });
}

export default function AdminOutbox() {
  const { messages, hasMore, counts, page, status, smtp, zone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  const language = useLanguage();
  return (
    <div className="page">
      <h1>{t("outbox.title")}</h1>
      <p className="notice">{smtp ? t("outbox.viaSmtp") : t("outbox.devOnly")}</p>
      <nav aria-label={t("outbox.filter")}>
        <ul className="outbox-filter">
          <li>
            <Link to="/admin/outbox" aria-current={status === null ? "page" : undefined}>
              {t("outbox.all")}
            </Link>
          </li>
          {outboxStatuses.map((each) => (
            <li key={each}>
              <Link to={`?status=${each}`} aria-current={status === each ? "page" : undefined}>
                {t(`outbox.statuses.${each}`)}: {formatNumber(counts[each] ?? 0, language)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {messages.length === 0 ? (
        <p>{status ? t("outbox.noneWithStatus") : t("outbox.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table outbox-table">
            <caption className="visually-hidden">{t("outbox.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("outbox.subject")}</th>
                <th scope="col">{t("outbox.to")}</th>
                <th scope="col">{t("outbox.status")}</th>
                <th scope="col">{t("outbox.attempts")}</th>
                <th scope="col">{t("outbox.queuedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id}>
                  <th scope="row">
                    <Link to={`/admin/outbox/${message.id}`}>{message.subject}</Link>
                    <br />
                    <span className="muted">{t(`outbox.kinds.${message.kind}`, { defaultValue: message.kind })}</span>
                  </th>
                  <td>{message.toAddress}</td>
                  <td>
                    <OutboxStatus status={message.status} />
                    {message.lastError ? <div className="outbox-error">{message.lastError}</div> : null}
                  </td>
                  <td>{formatNumber(message.attempts, language)}</td>
                  <td>{formatDateTime(message.createdAt, language, zone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label={t("outbox.pages")}>
        {page > 1 ? (
          <Link to={`?${pageQuery(page - 1, status)}`} rel="prev">
            {t("outbox.newer")}
          </Link>
        ) : null}
        {hasMore ? (
          <Link to={`?${pageQuery(page + 1, status)}`} rel="next" className="pager__next">
            {t("outbox.older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}

function pageQuery(page: number, status: string | null): string {
  return new URLSearchParams({ ...(status ? { status } : {}), page: String(page) }).toString();
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ forbidden: "admin:errors.forbidden" }} />;
}
