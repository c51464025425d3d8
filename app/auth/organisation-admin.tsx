import type { SerializeFrom } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "~/forms/fields";
import type { AdminOrganisation } from "./organisation-management.server";

type Organisation = SerializeFrom<AdminOrganisation>;

/** Every organisation with its members and input, and the button that verifies it or takes the mark away. */
export function OrganisationTable({ organisations }: { organisations: Organisation[] }) {
  const { t } = useTranslation("people");
  const { t: tc } = useTranslation("common");
  return (
    <div className="table-scroll">
      <table className="data-table data-table--stack">
        <caption className="visually-hidden">{t("organisations.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("organisations.name")}</th>
            <th scope="col">{t("organisations.members")}</th>
            <th scope="col">{t("organisations.input")}</th>
            <th scope="col">{t("organisations.verified")}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((organisation) => (
            <tr key={organisation.id}>
              <th scope="row">
                {organisation.name}
                <br />
                <span className="muted">
                  {tc(`organisationTypes.${organisation.type}`)}, {tc(`countries.${organisation.country}`)}
                </span>
              </th>
              <td data-label={t("organisations.members")}>
                {t("organisations.memberCount", { count: organisation.members, pending: organisation.pending })}
              </td>
              <td data-label={t("organisations.input")}>{organisation.submissions}</td>
              <td data-label={t("organisations.verified")}>
                {organisation.verifiedAt ? <span className="badge badge--verified">{t("verified")}</span> : null}
                <Form method="post">
                  <input type="hidden" name="intent" value={organisation.verifiedAt ? "unverify" : "verify"} />
                  <input type="hidden" name="organisationId" value={organisation.id} />
                  <button type="submit" className="button button--secondary">
                    {organisation.verifiedAt ? t("organisations.unverify") : t("organisations.verify")}
                    <span className="visually-hidden"> {organisation.name}</span>
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the organisation forms below take: the list to choose from, and the answer to their last post. */
type OrganisationFormProps = {
  organisations: Organisation[];
  errors: Record<string, string>;
  values: Record<string, string>;
};

/** The choices of an organisation select: none yet, then each organisation with its country. */
function OrganisationOptions({ organisations }: { organisations: Organisation[] }) {
  const { t } = useTranslation("people");
  const { t: tc } = useTranslation("common");
  return (
    <>
      <option value="">{t("organisations.choose")}</option>
      {organisations.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.name} ({tc(`countries.${organisation.country}`)})
        </option>
      ))}
    </>
  );
}

/** Gives one organisation another name: a typo, or a new legal name. */
export function RenameForm({ organisations, errors, values }: OrganisationFormProps) {
  const { t } = useTranslation("people");
  return (
    <section aria-labelledby="rename-heading" className="card stack">
      <h2 id="rename-heading">{t("organisations.rename")}</h2>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="rename" />
        <SelectField
          name="organisationId"
          label={t("organisations.renameWhich")}
          error={errors.organisationId}
          defaultValue={values.organisationId}
        >
          <OrganisationOptions organisations={organisations} />
        </SelectField>
        <TextField name="name" label={t("organisations.renameTo")} error={errors.name} defaultValue={values.name} />
        <button type="submit" className="button">
          {t("organisations.renameSubmit")}
        </button>
      </Form>
    </section>
  );
}

/**
 * Two records of one body (registered twice under slightly different names, say): the first's
 * members and input move to the second, and the first is removed.
 */
export function MergeForm({ organisations, errors, values }: OrganisationFormProps) {
  const { t } = useTranslation("people");
  return (
    <section aria-labelledby="merge-heading" className="card stack">
      <h2 id="merge-heading">{t("organisations.merge")}</h2>
      <p>{t("organisations.mergeExplained")}</p>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="merge" />
        <SelectField
          name="fromId"
          label={t("organisations.mergeFrom")}
          error={errors.fromId}
          defaultValue={values.fromId}
        >
          <OrganisationOptions organisations={organisations} />
        </SelectField>
        <SelectField
          name="intoId"
          label={t("organisations.mergeInto")}
          error={errors.intoId}
          defaultValue={values.intoId}
        >
          <OrganisationOptions organisations={organisations} />
        </SelectField>
        <button type="submit" className="button button--warning">
          {t("organisations.mergeSubmit")}
        </button>
      </Form>
    </section>
  );
}
