import { type ActionFunctionArgs, json, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EmailField, PasswordField } from "~/auth/account-fields";
import { authenticate, languageAtLogIn } from "~/auth/accounts.server";
import { safeRedirect, loginSchema } from "~/auth/schemas";
import { getUser, startSession } from "~/auth/session.server";
import { ErrorSummary } from "~/forms/fields";
import { parseForm } from "~/forms/parse.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { chosenLanguage, setLanguageCookie } from "~/i18n/language.server";
import { titleMeta } from "~/i18n/meta";
import { refusalInit, headersWithRetryAfter } from "~/responses";
import { refusalErrors } from "~/result";

export { headersWithRetryAfter as headers };

export const meta = titleMeta("auth:login.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
  if (await getUser(request)) throw redirect(redirectTo);
  const notice = new URL(request.url).searchParams.get("notice");
  return json({
    redirectTo,
    loggedOutEverywhere: notice === "loggedOutEverywhere",
    passwordReset: notice === "passwordReset",
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await parseForm(request, loginSchema);
  if (!form.ok) return json({ ...form, retryAfterSeconds: null }, { status: 400 });
  const result = await authenticate(form.data.email, form.data.password, context.clientAddress ?? "unknown");
  if (!result.ok) {
    const retryAfterSeconds = result.retryAfterSeconds ?? null;
    return json(
      { ok: false as const, errors: refusalErrors(result), values: form.values, retryAfterSeconds },
      refusalInit(result),
    );
  }
  const headers = new Headers();
  headers.append("Set-Cookie", await startSession(result.value.userId));
  const language = await languageAtLogIn(result.value, await chosenLanguage(request));
  headers.append("Set-Cookie", await setLanguageCookie(language));
  return redirect(safeRedirect(form.data.redirectTo), { headers });
}

export default function Login() {
  const { redirectTo, loggedOutEverywhere, passwordReset } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("auth");
  const { t: tAccount } = useTranslation("account");
  const navigation = useNavigation();
  const { register, errors, showSummary, onSubmit } = useValidatedForm(
    loginSchema,
    { email: "", password: "", redirectTo },
    actionData,
  );
  return (
    <div className="page page--narrow">
      <h1>{t("login.title")}</h1>
      {loggedOutEverywhere ? (
        <p className="notice" role="status">
          {tAccount("loggedOutEverywhere")}
        </p>
      ) : null}
      {passwordReset ? (
        <p className="notice" role="status">
          {t("reset.done")}
        </p>
      ) : null}
      <ErrorSummary
        errors={errors}
        order={["email", "password"]}
        show={showSummary}
        retryAfterSeconds={actionData?.retryAfterSeconds}
      />
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <input type="hidden" {...register("redirectTo")} />
        <EmailField error={errors.email} {...register("email")} />
        <PasswordField autoComplete="current-password" error={errors.password} {...register("password")} />
        <p>
          <Link to="/forgot-password">{t("login.forgotLink")}</Link>
        </p>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("login.submit")}
        </button>
      </Form>
      <p>
        {t("login.noAccount")}{" "}
        <Link to={`/register?${new URLSearchParams({ redirectTo })}`}>{t("login.registerLink")}</Link>
      </p>
    </div>
  );
}
