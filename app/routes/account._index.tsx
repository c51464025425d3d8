import { type ActionFunctionArgs, json, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { accountOverview, changePassword } from "~/auth/account.server";
import { PasswordField } from "~/auth/account-fields";
import { EmailPreferencesForm } from "~/auth/email-preferences-form";
import { changePasswordSchema, PASSWORD_MIN_LENGTH } from "~/auth/schemas";
import { requireSession, requireUser } from "~/auth/session.server";
import { ErrorSummary } from "~/forms/fields";
import { parseForm } from "~/forms/parse.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { titleMeta } from "~/i18n/meta";
import { headersWithRetryAfter, invariantResponse, refusalInit } from "~/responses";
import { refusalErrors } from "~/result";

export { headersWithRetryAfter as headers };

export const meta = titleMeta("account:title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const account = await accountOverview(user.id);
  invariantResponse(account, 404);
  return json({ account });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, session } = await requireSession(request);
  const form = await parseForm(request, changePasswordSchema);
  if (!form.ok)
    return json({ ...form, values: {}, retryAfterSeconds: null, answer: crypto.randomUUID() }, { status: 400 });
  const result = await changePassword(
    { userId: user.id, sessionId: session.id },
    form.data,
    context.clientAddress ?? "unknown",
  );
  if (!result.ok) {
    // Passwords are never sent back into the page.
    const retryAfterSeconds = result.retryAfterSeconds ?? null;
    return json(
      { ok: false as const, errors: refusalErrors(result), values: {}, retryAfterSeconds, answer: crypto.randomUUID() },
      refusalInit(result),
    );
  }
  return redirect("/account?done=password");
}

export default function Account() {
  const { account } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const { t: tAuth } = useTranslation("auth");
  const [searchParams] = useSearchParams();
  return (
    <div className="page page--narrow">
      <h1>{t("title")}</h1>
      {searchParams.get("done") === "password" ? (
        <p className="notice" role="status">
          {t("password.changed")}
        </p>
      ) : null}
      {searchParams.get("done") === "preferences" ? (
        <p className="notice" role="status">
          {t("emails.saved")}
        </p>
      ) : null}
      <dl className="summary-list">
        <dt>{tAuth("fields.name")}</dt>
        <dd>{account.name}</dd>
        <dt>{tAuth("fields.email")}</dt>
        <dd>{account.email}</dd>
        <dt>{tAuth("fields.organisation")}</dt>
        <dd>
          {account.organisations.length > 0
            ? account.organisations.map((organisation) => organisation.name).join(", ")
            : t("noOrganisation")}
        </dd>
        <dt>{tAuth("fields.preferredLanguage")}</dt>
        <dd>{account.preferredLanguage === "id" ? "Bahasa Indonesia" : "English"}</dd>
      </dl>
      {/* Each refusal starts a fresh form: passwords are never kept, and the server's errors show
          only on untouched fields. */}
      <ChangePassword key={actionData?.answer ?? "first"} />
      <EmailPreferencesForm preferences={account.emailPreferences} workingGroup={account.role !== "contributor"} />
      <section aria-labelledby="everywhere-heading" className="stack">
        <h2 id="everywhere-heading">{t("everywhere.title")}</h2>
        <p>{t("everywhere.explain")}</p>
        <Form method="post" action="/account/sessions">
          <button type="submit" className="button button--warning">
            {t("everywhere.submit")}
          </button>
        </Form>
      </section>
      <section aria-labelledby="data-heading" className="stack">
        <h2 id="data-heading">{t("data.title")}</h2>
        <p>{t("data.explain")}</p>
        <p>
          {/* A plain link: the file downloads with or without JavaScript, and never as a client-side navigation. */}
          <a href="/account/data" download className="button button--secondary">
            {t("data.download")}
          </a>
        </p>
      </section>
      <section aria-labelledby="delete-heading" className="stack">
        <h2 id="delete-heading">{t("delete.title")}</h2>
        <p>{t("delete.summary")}</p>
        <p>
          <Link to="/account/delete" className="button button--warning">
            {t("delete.start")}
          </Link>
        </p>
      </section>
    </div>
  );
}

function ChangePassword() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const navigation = useNavigation();
  const { register, errors, showSummary, onSubmit } = useValidatedForm(
    changePasswordSchema,
    { currentPassword: "", newPassword: "", confirmPassword: "" },
    actionData,
  );
  return (
    <section aria-labelledby="password-heading" className="stack">
      <h2 id="password-heading">{t("password.title")}</h2>
      <ErrorSummary
        errors={errors}
        order={["currentPassword", "newPassword", "confirmPassword"]}
        show={showSummary}
        retryAfterSeconds={actionData?.retryAfterSeconds}
      />
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <PasswordField
          label={t("password.current")}
          autoComplete="current-password"
          error={errors.currentPassword}
          {...register("currentPassword")}
        />
        <PasswordField
          label={t("password.new")}
          hint={t("password.rules", { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          error={errors.newPassword}
          {...register("newPassword")}
        />
        <PasswordField
          label={t("password.confirm")}
          autoComplete="new-password"
          error={errors.confirmPassword}
          {...register("confirmPassword")}
        />
        <p>{t("password.otherDevices")}</p>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("password.submit")}
        </button>
      </Form>
    </section>
  );
}
