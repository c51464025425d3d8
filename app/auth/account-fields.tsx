import { forwardRef, type InputHTMLAttributes, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "~/forms/fields";

type AccountField = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label?: ReactNode;
  hint?: ReactNode;
  error?: string;
};

/** The e-mail address of an account: typed as people type addresses, never spell-checked. */
export const EmailField = forwardRef<HTMLInputElement, AccountField>(function EmailField(props, ref) {
  const { t } = useTranslation("auth");
  return (
    <TextField label={t("fields.email")} type="email" autoComplete="email" spellCheck={false} ref={ref} {...props} />
  );
});

/** A password field; `autoComplete` tells password managers whether it is a new one. */
export const PasswordField = forwardRef<
  HTMLInputElement,
  AccountField & { autoComplete: "current-password" | "new-password" }
>(function PasswordField(props, ref) {
  const { t } = useTranslation("auth");
  return <TextField label={t("fields.password")} type="password" ref={ref} {...props} />;
});
