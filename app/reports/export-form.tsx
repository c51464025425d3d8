import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { exportFormats } from "./export-formats";

/**
 * The export of what the filters match (the filters travel in the form's address). Only an admin
 * sees the e-mail box; the server checks the role again and records such an export.
 */
export function ExportForm({ action, canIncludeEmails }: { action: string; canIncludeEmails: boolean }) {
  const { t } = useTranslation("reports");
  return (
    <Form method="post" action={action} reloadDocument className="export-form" aria-labelledby="export-heading">
      <fieldset>
        <legend>{t("export.format")}</legend>
        {exportFormats.map((format, index) => (
          <div className="radio" key={format}>
            <input type="radio" id={`export-${format}`} name="format" value={format} defaultChecked={index === 0} />
            <label htmlFor={`export-${format}`}>{t(`export.formats.${format}`)}</label>
          </div>
        ))}
      </fieldset>
      {canIncludeEmails ? (
        <div>
          <div className="checkbox">
            <input type="checkbox" id="export-emails" name="emails" value="yes" aria-describedby="export-emails-hint" />
            <label htmlFor="export-emails">{t("export.emails")}</label>
          </div>
          <p id="export-emails-hint" className="field-hint">
            {t("export.emailsHint")}
          </p>
        </div>
      ) : null}
      <p className="field-hint">{t("export.contents")}</p>
      <button type="submit" className="button">
        {t("export.download")}
      </button>
    </Form>
  );
}
