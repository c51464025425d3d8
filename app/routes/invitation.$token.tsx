import { type ActionFunctionArgs, json, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PasswordField } from "~/auth/account-fields";
import { acceptInvitation, openInvitation } from "~/auth/invitations.server";
import { acceptInvitationSchema } from "~/auth/people-schema";
import { hasRole } from "~/auth/roles";
import { PASSWORD_MIN_LENGTH } from "~/auth/schemas";
import { startSession } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, TextField } from "~/forms/fields";
import { parseForm } from "~/forms/parse.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { detectLanguage, setLanguageCookie } from "~/i18n/language.server";
import { titleMeta } from "~/i18n/meta";
import { refusalErrors } from "~/result";

export const meta = titleMeta("people:accept.title");

// A link that no longer opens is gone for good: 410, with the reason on the page.
export async function loader({ params }: LoaderFunctionArgs) {
  const invitation = await openInvitation(params.token ?? "");
  if (!invitation.ok) return json({ invitation: null, refused: invitation.error }, { status: 410 });
  return json({ invitation: invitation.value, refused: null });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await parseForm(request, acceptInvitationSchema);
  // Passwords are never sent back into the page.
  const values = { name: form.values.name ?? "" };
  if (!form.ok) return json({ errors: form.errors, values }, { status: 400 });
  const language = await detectLanguage(request);
  const accepted = await acceptInvitation(params.token ?? "", { ...form.data, preferredLanguage: language });
  if (!accepted.ok) return json({ errors: refusalErrors(accepted), values }, { status: 410 });
  const headers = new Headers();
  headers.append("Set-Cookie", await startSession(accepted.value.userId));
  headers.append("Set-Cookie", await setLanguageCookie(language));
  return redirect(hasRole(accepted.value.role, "admin") ? "/admin" : "/review", { headers });
}

export default function AcceptInvitation() {
  const { invitation, refused } = useLoaderData<typeof loader>();
  const { t } = useTranslation("people");
  if (!invitation) {
    return (
      <div className="page page--narrow">
        <h1>{t("accept.unusable")}</h1>
        <p>{t(refused ?? "people:errors.invitationInvalid")}</p>
        <p>
          <Link to="/login">{t("accept.logIn")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page page--narrow stack">
      <h1>{t("accept.title")}</h1>
      <p>{t("accept.intro", { email: invitation.email, role: t(`roles.${invitation.role}`) })}</p>
      <AcceptForm />
    </div>
  );
}

function AcceptForm() {
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("people");
  const { t: tAccount } = useTranslation("account");
  const navigation = useNavigation();
  const { register, errors, showSummary, onSubmit } = useValidatedForm(
    acceptInvitationSchema,
    { name: "", password: "", confirmPassword: "" },
    answer,
  );
  return (
    <>
      <ErrorSummary errors={errors} order={["name", "password", "confirmPassword"]} show={showSummary} />
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <TextField label={t("accept.name")} autoComplete="name" error={errors.name} {...register("name")} />
        <PasswordField
          hint={tAccount("password.rules", { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          error={errors.password}
          {...register("password")}
        />
        <PasswordField
          label={tAccount("password.confirm")}
          autoComplete="new-password"
          error={errors.confirmPassword}
          {...register("confirmPassword")}
        />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("accept.submit")}
        </button>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
