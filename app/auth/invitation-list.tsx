import type { SerializeFrom } from "@remix-run/node";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import type { listInvitations } from "./invitations.server";

type Invitation = SerializeFrom<typeof listInvitations>[number];

/** An invitation just sent or resent: its e-mail is queued; without SMTP it waits in the dev outbox. */
export function SentNotice({ sent }: { sent: { email: string; smtp: boolean } }) {
  const { t } = useTranslation("people");
  return (
    <div className="notice stack" role="status">
      <p>{t("invitations.sent", { email: sent.email })}</p>
      {sent.smtp ? null : (
        <p>
          {t("invitations.devOutbox")} <Link to="/admin/outbox">{t("invitations.outboxLink")}</Link>
        </p>
      )}
    </div>
  );
}

/** The latest invitations with their state; those not used nor revoked can be resent or revoked. */
export function InvitationList({ invitations, zone }: { invitations: Invitation[]; zone: string }) {
  const { t } = useTranslation("people");
  return (
    <section aria-labelledby="invitations-heading" className="stack">
      <h2 id="invitations-heading">{t("invitations.caption")}</h2>
      {invitations.length === 0 ? (
        <p>{t("invitations.none")}</p>
      ) : (
        <InvitationTable invitations={invitations} zone={zone} />
      )}
    </section>
  );
}

function InvitationTable({ invitations, zone }: { invitations: Invitation[]; zone: string }) {
  const { t } = useTranslation("people");
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table data-table--stack">
        <caption className="visually-hidden">{t("invitations.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("invitations.email")}</th>
            <th scope="col">{t("invitations.role")}</th>
            <th scope="col">{t("invitations.state")}</th>
            <th scope="col">{t("invitations.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id}>
              <th scope="row" className="person-email">
                {invitation.email}
              </th>
              <td data-label={t("invitations.role")}>{t(`roles.${invitation.role}`)}</td>
              <td data-label={t("invitations.state")}>
                {t(`invitations.states.${invitation.state}`, {
                  date: formatDateTime(invitation.expiresAt, language, zone),
                })}
              </td>
              <td data-label={t("invitations.actions")}>
                {invitation.state === "open" || invitation.state === "expired" ? (
                  <div className="button-row">
                    <ChangeButton invitation={invitation} intent="resend" label={t("invitations.resend")} />
                    <ChangeButton invitation={invitation} intent="revoke" label={t("invitations.revoke")} />
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChangeButton({ invitation, intent, label }: { invitation: Invitation; intent: string; label: string }) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="invitationId" value={invitation.id} />
      <button type="submit" className={`button ${intent === "revoke" ? "button--warning" : "button--secondary"}`}>
        {label}
        <span className="visually-hidden"> {invitation.email}</span>
      </button>
    </Form>
  );
}
