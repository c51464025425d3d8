import type { SerializeFrom } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ListedPerson } from "./people.server";
import { roles } from "./roles";

/**
 * One account on the people page: who, where from, its role with a form to change it, and
 * whether it may log in with a button to change that. An admin's own row offers neither change
 * that would lock them out.
 */
export function PersonRow({
  person,
  isSelf,
  error,
}: {
  person: SerializeFrom<ListedPerson>;
  isSelf: boolean;
  error: string | null;
}) {
  const { t } = useTranslation("people");
  const roleId = `role-${person.id}`;
  return (
    <tr id={`person-${person.id}`}>
      <th scope="row">
        {person.name}
        <br />
        <span className="muted person-email">{person.email}</span>
        {error ? <p className="field-error">{t(error)}</p> : null}
      </th>
      <td data-label={t("people.organisations")}>
        {person.organisations.length > 0
          ? person.organisations
              .map((name) =>
                person.pendingOrganisations.includes(name) ? `${name} (${t("people.pendingMember")})` : name,
              )
              .join(", ")
          : t("people.noOrganisation")}
      </td>
      <td data-label={t("people.role")}>
        {isSelf ? (
          t(`roles.${person.role}`)
        ) : (
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="role" />
            <input type="hidden" name="userId" value={person.id} />
            <label htmlFor={roleId} className="visually-hidden">
              {t("people.roleOf", { name: person.name })}
            </label>
            <select id={roleId} name="role" defaultValue={person.role}>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>{" "}
            <button type="submit" className="button button--secondary">
              {t("people.changeRole")}
              <span className="visually-hidden"> {person.name}</span>
            </button>
          </Form>
        )}
      </td>
      <td data-label={t("people.access")}>
        {person.disabledAt ? <span className="badge badge--closed">{t("people.disabled")}</span> : null}
        {isSelf ? (
          <span className="muted">{t("people.you")}</span>
        ) : (
          <Form method="post">
            <input type="hidden" name="intent" value={person.disabledAt ? "enable" : "disable"} />
            <input type="hidden" name="userId" value={person.id} />
            <button type="submit" className={`button ${person.disabledAt ? "button--secondary" : "button--warning"}`}>
              {person.disabledAt ? t("people.enable") : t("people.disable")}
              <span className="visually-hidden"> {person.name}</span>
            </button>
          </Form>
        )}
      </td>
    </tr>
  );
}
