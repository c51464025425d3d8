import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioGroup } from "~/forms/fields";
import type { EmailPreferences } from "./account.server";

type Kind = "emailReceipts" | "emailDecisions" | "emailDigest";

/** The account page's e-mail settings; the digest is offered to the working group only. */
export function EmailPreferencesForm({
  preferences,
  workingGroup,
}: {
  preferences: EmailPreferences;
  workingGroup: boolean;
}) {
  const { t } = useTranslation("account");
  const kinds: Kind[] = workingGroup
    ? ["emailReceipts", "emailDecisions", "emailDigest"]
    : ["emailReceipts", "emailDecisions"];
  return (
    <section aria-labelledby="emails-heading" className="stack">
      <h2 id="emails-heading">{t("emails.title")}</h2>
      <Form method="post" action="/account/preferences" className="stack">
        <RadioGroup
          name="emailLanguage"
          legend={t("emails.language")}
          options={[
            { value: "en", label: "English" },
            { value: "id", label: "Bahasa Indonesia" },
          ]}
          inputProps={(value) => ({ defaultChecked: preferences.emailLanguage === value })}
        />
        <fieldset className="field">
          <legend>{t("emails.kinds")}</legend>
          {/* Laid out as the radios above (.radio fits a checkbox as well), so the two lists read alike. */}
          <div className="radios">
            {kinds.map((kind) => (
              <div className="radio" key={kind}>
                <input type="checkbox" id={`email-${kind}`} name={kind} value="on" defaultChecked={preferences[kind]} />
                <label htmlFor={`email-${kind}`}>{t(`emails.${kind}`)}</label>
              </div>
            ))}
          </div>
          <p className="field-hint">{t("emails.always")}</p>
        </fieldset>
        <button type="submit" className="button">
          {t("emails.submit")}
        </button>
      </Form>
    </section>
  );
}
