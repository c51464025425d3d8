import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, fieldId, SelectField, TextAreaField, TextField } from "~/forms/fields";
import { type FormDefaults, useValidatedForm } from "~/forms/use-validated-form";
import { consultationSchema } from "./admin-schema";

const fieldOrder = [
  "slug",
  "referencePrefix",
  "titleEn",
  "titleId",
  "summaryEn",
  "summaryId",
  "descriptionEn",
  "descriptionId",
  "timeZone",
  "opensAt",
  "closesAt",
  "opensAutomatically",
  "dataLicence",
];

export type LicenceChoice = { identifier: string; nameKey: string | null };
type ServerResult = { errors?: Record<string, string>; values?: Record<string, string> } | undefined;

/** The consultation's fields, for creating one and for editing it; dates on its own wall clock. */
export function ConsultationForm({
  defaults,
  server,
  timeZones,
  licences,
  submitLabel,
}: {
  defaults: FormDefaults<typeof consultationSchema>;
  server: ServerResult;
  timeZones: string[];
  licences: LicenceChoice[];
  submitLabel: string;
}) {
  const { t } = useTranslation("admin");
  const { t: tr } = useTranslation("reports");
  const { register, errors, showSummary, onSubmit, form } = useValidatedForm(consultationSchema, defaults, server);
  const opensAutomatically = (server?.values ? server.values.opensAutomatically : defaults.opensAutomatically) === "on";
  const bilingual = (name: "title" | "summary" | "description", multiline: boolean) =>
    (["En", "Id"] as const).map((suffix) => {
      const field = `${name}${suffix}` as const;
      const props = {
        label: t(`form.${field}`),
        error: errors[field],
        lang: suffix === "En" ? "en" : "id",
        ...register(field),
      };
      return multiline ? (
        <TextAreaField key={field} rows={6} hint={t("form.markdownHint")} {...props} />
      ) : (
        <TextField key={field} {...props} />
      );
    });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack">
      <ErrorSummary errors={errors} order={fieldOrder} show={showSummary} />
      <fieldset className="stack">
        <legend className="field-group__legend">{t("form.addressLegend")}</legend>
        <TextField label={t("form.slug")} hint={t("form.slugHint")} error={errors.slug} {...register("slug")} />
        <TextField
          label={t("form.referencePrefix")}
          hint={t("form.referencePrefixHint")}
          error={errors.referencePrefix}
          autoCapitalize="characters"
          {...register("referencePrefix")}
        />
      </fieldset>
      <fieldset className="stack">
        <legend className="field-group__legend">{t("form.textsLegend")}</legend>
        {bilingual("title", false)}
        {bilingual("summary", false)}
        {bilingual("description", true)}
      </fieldset>
      <fieldset className="stack">
        <legend className="field-group__legend">{t("form.datesLegend")}</legend>
        <TextField
          label={t("form.timeZone")}
          hint={t("form.timeZoneHint")}
          error={errors.timeZone}
          list="time-zones"
          autoComplete="off"
          {...register("timeZone")}
        />
        <datalist id="time-zones">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <TextField
          type="datetime-local"
          label={t("form.opensAt")}
          hint={t("form.dateHint")}
          error={errors.opensAt}
          {...register("opensAt")}
        />
        <TextField
          type="datetime-local"
          label={t("form.closesAt")}
          hint={t("form.dateHint")}
          error={errors.closesAt}
          {...register("closesAt")}
        />
        <div className="checkbox field">
          <input
            type="checkbox"
            id={fieldId("opensAutomatically")}
            value="on"
            defaultChecked={opensAutomatically}
            {...form.register("opensAutomatically")}
          />
          <label htmlFor={fieldId("opensAutomatically")}>{t("form.opensAutomatically")}</label>
        </div>
      </fieldset>
      <SelectField label={t("form.dataLicence")} error={errors.dataLicence} {...register("dataLicence")}>
        {licences.map((licence) => (
          <option key={licence.identifier} value={licence.identifier}>
            {licence.nameKey ? tr(`licenceNames.${licence.nameKey}`) : licence.identifier}
          </option>
        ))}
      </SelectField>
      <div className="button-row">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        <Link to="/admin">{t("form.cancel")}</Link>
      </div>
    </Form>
  );
}

/** Links to the pages that manage a consultation's document; kept in one place so they can change together. */
export function ManageLinks({ slug }: { slug: string }) {
  const { t } = useTranslation("admin");
  const pages = ["import", "sections", "amendments", "versions", "themes"] as const;
  return (
    <nav aria-labelledby="manage-heading" className="card">
      <h2 id="manage-heading" className="small-heading">
        {t("manage.title")}
      </h2>
      <ul>
        {pages.map((page) => (
          <li key={page}>
            <Link to={`/admin/consultations/${slug}/${page}`}>{t(`manage.${page}`)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
