import { type ActionFunctionArgs, json, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { deleteAccount, deletionPreview } from "~/auth/account-deletion.server";
import { PasswordField } from "~/auth/account-fields";
import { deleteAccountSchema } from "~/auth/schemas";
import { blankSessionCookie, requireUser } from "~/auth/session.server";
import { ErrorSummary, fieldId } from "~/forms/fields";
import { parseForm } from "~/forms/parse.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { formatNumber } from "~/i18n/format";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { headersWithRetryAfter, refusalInit } from "~/responses";
import { refusalErrors } from "~/result";

export { headersWithRetryAfter as headers };

export const meta = titleMeta("account:delete.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ preview: await deletionPreview(user) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await parseForm(request, deleteAccountSchema);
  // The password is never sent back; the ticked box is.
  const values = { understood: form.values.understood ?? "" };
  if (!form.ok) return json({ ...form, values, retryAfterSeconds: null, answer: crypto.randomUUID() }, { status: 400 });
  const result = await deleteAccount(user.id, form.data.currentPassword, context.clientAddress ?? "unknown");
  if (!result.ok) {
    const retryAfterSeconds = result.retryAfterSeconds ?? null;
    return json(
      { ok: false as const, errors: refusalErrors(result), values, retryAfterSeconds, answer: crypto.randomUUID() },
      refusalInit(result),
    );
  }
  return redirect("/?notice=accountDeleted", { headers: { "Set-Cookie": await blankSessionCookie() } });
}

export default function DeleteAccount() {
  const { preview } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const language = useLanguage();
  return (
    <div className="page page--narrow">
      <h1>{t("delete.title")}</h1>
      <p>{t("delete.erased")}</p>
      <p>
        {preview.submissions === 0
          ? t("delete.noInput")
          : t("delete.inputStays", { count: preview.submissions, number: formatNumber(preview.submissions, language) })}
      </p>
      {preview.named > 0 ? (
        <p>
          {t("delete.namedBecomesAnonymous", { count: preview.named, number: formatNumber(preview.named, language) })}
        </p>
      ) : null}
      <p>
        {t("delete.downloadFirst")}{" "}
        <a href="/account/data" download>
          {t("data.download")}
        </a>
      </p>
      {preview.lastAdmin ? (
        <p className="notice">{t("account:validation.lastAdmin")}</p>
      ) : (
        // Each refusal starts a fresh form, as on the account page: the password is never kept.
        <DeleteForm key={actionData?.answer ?? "first"} />
      )}
    </div>
  );
}

function DeleteForm() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const navigation = useNavigation();
  const { register, errors, showSummary, onSubmit, form } = useValidatedForm(
    deleteAccountSchema,
    { currentPassword: "", understood: "" },
    actionData,
  );
  return (
    <>
      <ErrorSummary
        errors={errors}
        order={["currentPassword", "understood"]}
        show={showSummary}
        retryAfterSeconds={actionData?.retryAfterSeconds}
      />
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <PasswordField
          label={t("delete.password")}
          autoComplete="current-password"
          error={errors.currentPassword}
          {...register("currentPassword")}
        />
        <div className={`checkbox field${errors.understood ? " field--error" : ""}`}>
          {errors.understood ? (
            <p className="field-error" id={`${fieldId("understood")}-error`}>
              {t(errors.understood)}
            </p>
          ) : null}
          <input
            type="checkbox"
            id={fieldId("understood")}
            value="on"
            defaultChecked={actionData?.values.understood === "on"}
            aria-invalid={errors.understood ? true : undefined}
            aria-describedby={errors.understood ? `${fieldId("understood")}-error` : undefined}
            {...form.register("understood")}
          />
          <label htmlFor={fieldId("understood")}>{t("delete.understood")}</label>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--warning" disabled={navigation.state === "submitting"}>
            {t("delete.submit")}
          </button>
          <Link to="/account">{t("delete.cancel")}</Link>
        </div>
      </Form>
    </>
  );
}
