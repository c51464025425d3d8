import type { SerializeFrom } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "~/forms/fields";
import type { useValidatedForm } from "~/forms/use-validated-form";
import type { listOrganisations } from "./organisations.server";
import { countryCodes, organisationTypes } from "./organisation-options";
import type { registerSchema } from "./schemas";

type RegisterForm = ReturnType<typeof useValidatedForm<typeof registerSchema>>;

/**
 * The organisation a person registers with: one of the list, or a new one. `shown` is the chosen
 * way of joining once the page runs JavaScript; without it (undefined) both blocks show.
 */
export function OrganisationFields({
  organisations,
  shown,
  errors,
  field,
}: {
  organisations: SerializeFrom<typeof listOrganisations>;
  shown: string | undefined;
  errors: RegisterForm["errors"];
  field: RegisterForm["register"];
}) {
  const { t } = useTranslation("auth");
  const { t: tc } = useTranslation("common");
  const block = (mode: string) => (shown !== undefined && shown !== mode ? "conditional is-hidden" : "conditional");
  return (
    <>
      <div className={block("existing")}>
        <SelectField
          label={t("fields.organisation")}
          hint={t("register.joinPending")}
          error={errors.organisationId}
          {...field("organisationId")}
        >
          <option value="">{t("register.chooseOrganisation")}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name} ({tc(`countries.${organisation.country}`)})
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className={block("new")}>
        <legend>{t("register.newOrganisation")}</legend>
        <TextField
          label={t("fields.organisationName")}
          autoComplete="organization"
          error={errors.organisationName}
          {...field("organisationName")}
        />
        <SelectField
          label={t("fields.organisationType")}
          error={errors.organisationType}
          {...field("organisationType")}
        >
          <ChoiceOptions values={organisationTypes} label={(type) => tc(`organisationTypes.${type}`)} />
        </SelectField>
        <SelectField label={t("fields.country")} error={errors.organisationCountry} {...field("organisationCountry")}>
          <ChoiceOptions values={countryCodes} label={(code) => tc(`countries.${code}`)} />
        </SelectField>
        <TextField
          label={t("fields.website")}
          hint={t("register.websiteHint")}
          type="url"
          inputMode="url"
          autoComplete="url"
          error={errors.organisationWebsite}
          {...field("organisationWebsite")}
        />
      </fieldset>
    </>
  );
}

function ChoiceOptions({ values, label }: { values: readonly string[]; label: (value: string) => string }) {
  const { t } = useTranslation("common");
  return (
    <>
      <option value="">{t("common:form.choose")}</option>
      {values.map((value) => (
        <option key={value} value={value}>
          {label(value)}
        </option>
      ))}
    </>
  );
}
