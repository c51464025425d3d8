import { useTranslation } from "react-i18next";
import { useHydrated } from "~/components/use-hydrated";
import { TextAreaField } from "~/forms/fields";
import { formatNumber } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import { BODY_MAX_LENGTH, BODY_MIN_LENGTH } from "../schema";
import type { InputFields, InputFormPage } from "./page";

/** The passage commented on (on a section), then the input itself, with a live count of its length. */
export function PassageAndText({ page, fields, body }: { page: InputFormPage; fields: InputFields; body: string }) {
  const { t } = useTranslation("submissions");
  const language = useLanguage();
  const hydrated = useHydrated();
  const { register, errors } = fields;
  return (
    <>
      {page.section ? (
        <TextAreaField
          label={t("fields.quotedPassage")}
          hint={t("send.quotedPassageHint")}
          rows={3}
          error={errors.quotedPassage}
          {...register("quotedPassage")}
        />
      ) : null}
      <TextAreaField
        label={t("fields.body")}
        hint={t("send.bodyHint", { min: BODY_MIN_LENGTH, max: formatNumber(BODY_MAX_LENGTH, language) })}
        rows={10}
        error={errors.body}
        after={
          hydrated ? (
            <p className={`counter${body.length > BODY_MAX_LENGTH ? " counter--over" : ""}`} aria-live="polite">
              {t("send.counter", {
                count: body.length,
                formatted: formatNumber(body.length, language),
                max: formatNumber(BODY_MAX_LENGTH, language),
              })}
            </p>
          ) : null
        }
        {...register("body")}
      />
    </>
  );
}
