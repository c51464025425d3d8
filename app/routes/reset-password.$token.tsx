import { type ActionFunctionArgs, json, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PasswordField } from "~/auth/account-fields";
import { checkResetToken, resetPassword } from "~/auth/password-reset.server";
import { PASSWORD_MIN_LENGTH, resetPasswordSchema } from "~/auth/schemas";
import { ErrorSummary } from "~/forms/fields";
import { parseForm } from "~/forms/parse.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { titleMeta } from "~/i18n/meta";

export const meta = titleMeta("auth:reset.title");

export async function loader({ params }: LoaderFunctionArgs) {
  const link = await checkResetToken(params.token ?? "");
  // A link that cannot be used says why, and the page offers a new one instead of the form.
  return json({ refusal: link.ok ? null : link.error }, { status: link.ok ? 200 : 410 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await parseForm(request, resetPasswordSchema);
  // Passwords are never sent back into the page.
  if (!form.ok) return json({ ...form, values: {}, linkRefusal: null, answer: crypto.randomUUID() }, { status: 400 });
  const result = await resetPassword(params.token ?? "", form.data.newPassword);
  if (!result.ok)
    return json(
      { ok: false as const, errors: {}, values: {}, linkRefusal: result.error, answer: crypto.randomUUID() },
      { status: 410 },
    );
  return redirect("/login?notice=passwordReset");
}

export default function ResetPassword() {
  const { refusal } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("auth");
  const { t: tCommon } = useTranslation("common");
  // The link was used or ran out while the page was open: the action says so.
  const linkRefusal = refusal ?? actionData?.linkRefusal;
  if (linkRefusal)
    return (
      <div className="page page--narrow">
        <h1>{t("reset.unusableTitle")}</h1>
        <p role="alert">{tCommon(linkRefusal)}</p>
        <p>
          <Link to="/forgot-password" className="button">
            {t("reset.askAgain")}
          </Link>
        </p>
      </div>
    );
  return (
    <div className="page page--narrow">
      <h1>{t("reset.title")}</h1>
      <NewPassword key={actionData?.answer ?? "first"} />
    </div>
  );
}

function NewPassword() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("auth");
  const { t: tAccount } = useTranslation("account");
  const navigation = useNavigation();
  const { register, errors, showSummary, onSubmit } = useValidatedForm(
    resetPasswordSchema,
    { newPassword: "", confirmPassword: "" },
    actionData,
  );
  return (
    <>
      <ErrorSummary errors={errors} order={["newPassword", "confirmPassword"]} show={showSummary} />
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <PasswordField
          label={tAccount("password.new")}
          hint={tAccount("password.rules", { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          error={errors.newPassword}
          {...register("newPassword")}
        />
        <PasswordField
          label={tAccount("password.confirm")}
          autoComplete="new-password"
          error={errors.confirmPassword}
          {...register("confirmPassword")}
        />
        <p>{t("reset.everywhere")}</p>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("reset.submit")}
        </button>
      </Form>
    </>
  );
}
