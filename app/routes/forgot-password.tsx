import { type ActionFunctionArgs, json, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EmailField } from "~/auth/account-fields";
import { requestPasswordReset, RESET_VALID_MINUTES } from "~/auth/password-reset.server";
import { forgotPasswordSchema } from "~/auth/schemas";
import { getUser } from "~/auth/session.server";
import { ErrorSummary } from "~/forms/fields";
import { parseForm } from "~/forms/parse.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { titleMeta } from "~/i18n/meta";
import { headersWithRetryAfter, refusalInit } from "~/responses";
import { refusalErrors } from "~/result";

export { headersWithRetryAfter as headers };

export const meta = titleMeta("auth:forgot.title");

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/account");
  return json({ sent: new URL(request.url).searchParams.get("sent") === "1", validMinutes: RESET_VALID_MINUTES });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await parseForm(request, forgotPasswordSchema);
  if (!form.ok) return json({ ...form, retryAfterSeconds: null }, { status: 400 });
  const result = await requestPasswordReset(form.data.email, context.clientAddress ?? "unknown");
  if (!result.ok) {
    const retryAfterSeconds = result.retryAfterSeconds ?? null;
    return json(
      { ok: false as const, errors: refusalErrors(result), values: form.values, retryAfterSeconds },
      refusalInit(result),
    );
  }
  // The same answer whether or not the address has an account.
  return redirect("/forgot-password?sent=1");
}

export default function ForgotPassword() {
  const { sent, validMinutes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("auth");
  const navigation = useNavigation();
  const { register, errors, showSummary, onSubmit } = useValidatedForm(forgotPasswordSchema, { email: "" }, actionData);
  if (sent)
    return (
      <div className="page page--narrow">
        <h1>{t("forgot.sentTitle")}</h1>
        <p role="status">{t("forgot.sent", { count: validMinutes })}</p>
        <p>{t("forgot.sentSpam")}</p>
        <p>
          <Link to="/login">{t("forgot.backToLogin")}</Link>
        </p>
      </div>
    );
  return (
    <div className="page page--narrow">
      <h1>{t("forgot.title")}</h1>
      <p>{t("forgot.intro")}</p>
      <ErrorSummary
        errors={errors}
        order={["email"]}
        show={showSummary}
        retryAfterSeconds={actionData?.retryAfterSeconds}
      />
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <EmailField error={errors.email} {...register("email")} />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("forgot.submit")}
        </button>
      </Form>
      <p>
        <Link to="/login">{t("forgot.backToLogin")}</Link>
      </p>
    </div>
  );
}
