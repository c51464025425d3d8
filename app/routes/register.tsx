import { type ActionFunctionArgs, json, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { registerAccount } from "~/auth/accounts.server";
import { listOrganisations } from "~/auth/organisations.server";
import { EmailField, PasswordField } from "~/auth/account-fields";
import { OrganisationFields } from "~/auth/organisation-fields";
import { PASSWORD_MIN_LENGTH, registerSchema, safeRedirect } from "~/auth/schemas";
import { getUser, startSession } from "~/auth/session.server";
import { useHydrated } from "~/components/use-hydrated";
import { ErrorSummary, RadioGroup, TextField } from "~/forms/fields";
import { parseForm } from "~/forms/parse.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { detectLanguage, setLanguageCookie } from "~/i18n/language.server";
import { titleMeta } from "~/i18n/meta";
import { refusalInit, headersWithRetryAfter } from "~/responses";
import { refusalErrors } from "~/result";

export { headersWithRetryAfter as headers };

export const meta = titleMeta("auth:register.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
  if (await getUser(request)) throw redirect(redirectTo);
  const [organisations, language] = await Promise.all([listOrganisations(), detectLanguage(request)]);
  return json({ organisations, redirectTo, language });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await parseForm(request, registerSchema);
  if (!form.ok) return json({ ...form, retryAfterSeconds: null }, { status: 400 });
  const result = await registerAccount(form.data, context.clientAddress);
  if (!result.ok) {
    const retryAfterSeconds = result.retryAfterSeconds ?? null;
    return json(
      { ok: false as const, errors: refusalErrors(result), values: form.values, retryAfterSeconds },
      refusalInit(result),
    );
  }
  const headers = new Headers();
  headers.append("Set-Cookie", await startSession(result.value.userId));
  headers.append("Set-Cookie", await setLanguageCookie(form.data.preferredLanguage));
  return redirect(safeRedirect(form.data.redirectTo), { headers });
}

const FIELD_ORDER = [
  "name",
  "email",
  "password",
  "preferredLanguage",
  "organisationMode",
  "organisationId",
  "organisationName",
  "organisationType",
  "organisationCountry",
  "organisationWebsite",
];

export default function Register() {
  const { organisations, redirectTo, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("auth");
  const { register, radio, watch, errors, showSummary, onSubmit } = useValidatedForm(
    registerSchema,
    {
      name: "",
      email: "",
      password: "",
      preferredLanguage: language,
      organisationMode: undefined,
      organisationId: "",
      organisationName: "",
      organisationType: "",
      organisationCountry: "",
      organisationWebsite: "",
      redirectTo,
    },
    actionData,
  );
  // Without JavaScript every organisation block shows; with it, only the chosen one (GOV.UK's conditional reveal).
  const hydrated = useHydrated();
  const mode = watch("organisationMode");

  return (
    <div className="page page--narrow">
      <h1>{t("register.title")}</h1>
      <p className="lead">{t("register.intro")}</p>
      <ErrorSummary
        errors={errors}
        order={FIELD_ORDER}
        show={showSummary}
        retryAfterSeconds={actionData?.retryAfterSeconds}
      />
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <input type="hidden" {...register("redirectTo")} />
        <TextField label={t("fields.name")} autoComplete="name" error={errors.name} {...register("name")} />
        <EmailField hint={t("register.emailHint")} error={errors.email} {...register("email")} />
        <PasswordField
          hint={t("register.passwordRules", { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          error={errors.password}
          {...register("password")}
        />
        <RadioGroup
          name="preferredLanguage"
          legend={t("fields.preferredLanguage")}
          error={errors.preferredLanguage}
          options={[
            { value: "en", label: <span lang="en">English</span> },
            { value: "id", label: <span lang="id">Bahasa Indonesia</span> },
          ]}
          inputProps={(value) => radio("preferredLanguage", value)}
        />
        <RadioGroup
          name="organisationMode"
          legend={t("fields.organisationMode")}
          hint={t("register.organisationHint")}
          error={errors.organisationMode}
          options={[
            { value: "existing", label: t("register.modeExisting") },
            { value: "new", label: t("register.modeNew") },
            { value: "individual", label: t("register.modeIndividual"), hint: t("register.modeIndividualHint") },
          ]}
          inputProps={(value) => radio("organisationMode", value)}
        />
        <OrganisationFields
          organisations={organisations}
          shown={hydrated ? mode : undefined}
          errors={errors}
          field={register}
        />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("register.submit")}
        </button>
      </Form>
      <p>
        {t("register.haveAccount")}{" "}
        <Link to={`/login?${new URLSearchParams({ redirectTo })}`}>{t("register.loginLink")}</Link>
      </p>
    </div>
  );
}
