import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FormValues } from "~/forms/parse.server";

/**
 * In place of the form when the database went away and the page itself could not be read either:
 * what was typed, ready to send again with the same idempotency key (so it is stored only once).
 */
export function UnsavedInput({ values }: { values: FormValues }) {
  const { t } = useTranslation("submissions");
  const { body, ...rest } = values;
  return (
    <div className="page page--narrow">
      <h1>{t("unsaved.title")}</h1>
      <p role="alert">{t("common:validation.databaseUnavailable")}</p>
      <Form method="post">
        {Object.entries(rest).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="intent" value="send" />
        <label htmlFor="unsaved-body">{t("unsaved.body")}</label>
        <textarea id="unsaved-body" name="body" defaultValue={body} rows={10} />
        <button type="submit">{t("unsaved.sendAgain")}</button>
      </Form>
    </div>
  );
}
