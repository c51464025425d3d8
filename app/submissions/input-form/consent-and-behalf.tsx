import { useTranslation } from "react-i18next";
import { RadioGroup } from "~/forms/fields";
import { consents, INDIVIDUAL } from "../schema";
import type { InputFields, InputFormPage } from "./page";

/** Whether the input may be published, and whom the author writes for: one of their organisations, or themselves. */
export function ConsentAndBehalf({ page, fields }: { page: InputFormPage; fields: InputFields }) {
  const { t } = useTranslation("submissions");
  const { t: tc } = useTranslation("common");
  const { radio, errors } = fields;
  return (
    <>
      <RadioGroup
        name="consent"
        legend={t("fields.consent")}
        error={errors.consent}
        options={consents.map((consent) => ({
          value: consent,
          label: t(`consents.${consent}`),
          hint: t(`consents.${consent}Hint`),
        }))}
        inputProps={(value) => radio("consent", value)}
      />
      <RadioGroup
        name="onBehalfOf"
        legend={t("fields.onBehalfOf")}
        hint={
          page.pendingOrganisations.length > 0
            ? t("send.pendingMembership", { organisations: page.pendingOrganisations.join(", ") })
            : undefined
        }
        error={errors.onBehalfOf}
        options={[
          ...page.organisations.map((organisation) => ({
            value: organisation.id,
            label: organisation.name,
            hint: `${tc(`organisationTypes.${organisation.type}`)}, ${tc(`countries.${organisation.country}`)}`,
          })),
          { value: INDIVIDUAL, label: t("send.asIndividual") },
        ]}
        inputProps={(value) => radio("onBehalfOf", value)}
      />
    </>
  );
}
