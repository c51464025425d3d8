import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { formatDateTime, formatNumber } from "~/i18n/format";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { listOutbox } from "~/notifications/dev-outbox.server";
import { OutboxStatus } from "~/notifications/outbox-status";

export const meta = titleMeta("admin:outbox.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const page = Math.max(1, Math.floor(Number(new URL(request.url).searchParams.get("page")) || 1));
  const outbox = await listOutbox(page);
  return json({ ...outbox, page, smtp: Boolean(process.env.SMTP_URL) });
}

export default function AdminOutbox() {
  const { messages, hasMore, counts, page, smtp } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  const language = useLanguage();
  return (
    <div className="page">
      <h1>{t("outbox.title")}</h1>
      <p className="notice">{smtp ? t("outbox.viaSmtp") : t("outbox.devOnly")}</p>
      <p>
        {(["queued", "sending", "sent", "failed"] as const)
          .map((status) => `${t(`outbox.statuses.${status}`)}: ${formatNumber(counts[status] ?? 0, language)}`)
          .join(" · ")}
      </p>
      {messages.length === 0 ? (
        <p>{t("outbox.empty")}</p>
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
                  <td>{formatDateTime(message.createdAt, language, "UTC")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label={t("outbox.pages")}>
        {page > 1 ? (
          <Link to={`?page=${page - 1}`} rel="prev">
            {t("outbox.newer")}
          </Link>
        ) : null}
        {hasMore ? (
          <Link to={`?page=${page + 1}`} rel="next" className="pager__next">
            {t("outbox.older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ forbidden: "admin:errors.forbidden" }} />;
}
