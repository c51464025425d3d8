import type { SerializeFrom } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import type { PendingMember } from "./organisation-management.server";

/**
 * People who asked to join an organisation, each with buttons that confirm or decline them: the
 * manager's account page and the admin's organisations page show the same list.
 */
export function PendingMembers({
  members,
  action,
  zone,
}: {
  members: SerializeFrom<PendingMember>[];
  action: string;
  zone: string;
}) {
  const { t } = useTranslation("people");
  const language = useLanguage();
  if (members.length === 0) return <p>{t("pending.none")}</p>;
  return (
    <ul className="input-list">
      {members.map((member) => (
        <li key={`${member.organisationId}:${member.userId}`} className="card stack">
          <p>
            <strong>{member.name}</strong> ({member.email})
          </p>
          <p>
            {t("pending.asks", {
              organisation: member.organisationName,
              date: formatDate(member.joinedAt, language, zone),
            })}
          </p>
          <Form method="post" action={action} className="button-row">
            <input type="hidden" name="organisationId" value={member.organisationId} />
            <input type="hidden" name="userId" value={member.userId} />
            <button type="submit" name="answer" value="confirm" className="button">
              {t("pending.confirm")}
              <span className="visually-hidden"> {member.name}</span>
            </button>
            <button type="submit" name="answer" value="decline" className="button button--secondary">
              {t("pending.decline")}
              <span className="visually-hidden"> {member.name}</span>
            </button>
          </Form>
        </li>
      ))}
    </ul>
  );
}
