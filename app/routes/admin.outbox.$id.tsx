import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { SanitizedHtml } from "~/components/sanitized-html";
import { formatDateTime, formatNumber } from "~/i18n/format";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { secretariatTimeZone } from "~/i18n/secretariat-zone.server";
import { readOutboxMessage } from "~/notifications/dev-outbox.server";
import { OutboxStatus } from "~/notifications/outbox-status";
import { invariantResponse } from "~/responses";

export const meta = titleMeta("admin:outbox.messageTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const message = await readOutboxMessage(params.id ?? "");
  invariantResponse(message, 404);
  return json({ message, zone: await secretariatTimeZone() });
}

export default function AdminOutboxMessage() {
  const { message, zone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  const language = useLanguage();
  return (
    <div className="page page--narrow">
      <p>
        <Link to="/admin/outbox">{t("outbox.back")}</Link>
      </p>
      <h1>{message.subject}</h1>
      <dl className="summary-list">
        <dt>{t("outbox.to")}</dt>
        <dd>{message.toAddress}</dd>
        <dt>{t("outbox.kind")}</dt>
        <dd>{t(`outbox.kinds.${message.kind}`, { defaultValue: message.kind })}</dd>
        <dt>{t("outbox.language")}</dt>
        <dd>{message.language === "id" ? "Bahasa Indonesia" : "English"}</dd>
        <dt>{t("outbox.status")}</dt>
        <dd>
          <OutboxStatus status={message.status} />
        </dd>
        <dt>{t("outbox.attempts")}</dt>
        <dd>{formatNumber(message.attempts, language)}</dd>
        <dt>{t("outbox.queuedAt")}</dt>
        <dd>{formatDateTime(message.createdAt, language, zone)}</dd>
        {message.sentAt ? (
          <>
            <dt>{t("outbox.sentAt")}</dt>
            <dd>{formatDateTime(message.sentAt, language, zone)}</dd>
          </>
        ) : null}
        {message.lastError ? (
          <>
            <dt>{t("outbox.lastError")}</dt>
            <dd className="outbox-error">{message.lastError}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">{t("outbox.text")}</h2>
        <pre className="mail-text">{message.textBody}</pre>
      </section>
      <section aria-labelledby="html-heading">
        <h2 id="html-heading">{t("outbox.html")}</h2>
        <p className="muted">{t("outbox.htmlExplain")}</p>
        <SanitizedHtml html={message.safeHtml} className="prose mail-html" />
        <details>
          <summary>{t("outbox.htmlSource")}</summary>
          <pre className="mail-text">{message.htmlBody}</pre>
        </details>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ forbidden: "admin:errors.forbidden" }} />;
}
