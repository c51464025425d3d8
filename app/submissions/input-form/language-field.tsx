import type { InputHTMLAttributes, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { RadioGroup } from "~/forms/fields";
import { submissionLanguages } from "../schema";

/** The language the input is written in: chosen on the preview (the guess checked) and when editing. */
export function LanguageField({
  hint,
  error,
  inputProps,
}: {
  hint?: ReactNode;
  error?: string;
  inputProps: (value: string) => InputHTMLAttributes<HTMLInputElement>;
}) {
  const { t } = useTranslation("submissions");
  return (
    <RadioGroup
      name="language"
      legend={t("fields.language")}
      hint={hint}
      error={error}
      options={submissionLanguages.map((code) => ({ value: code, label: t(`languages.${code}`) }))}
      inputProps={inputProps}
    />
  );
}
