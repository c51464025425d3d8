import { type ActionFunctionArgs, json, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EmailField } from "~/auth/account-fields";
import { InvitationList, SentNotice } from "~/auth/invitation-list";
import { secretariatTimeZone } from "~/i18n/secretariat-zone.server";
import { createInvitation, listInvitations, resendInvitation, revokeInvitation } from "~/auth/invitations.server";
import { invitationChangeSchema, invitationSchema, invitedRoles } from "~/auth/people-schema";
import { requireRole } from "~/auth/session.server";
import { AdminNav } from "~/components/admin-nav";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SelectField } from "~/forms/fields";
import { firstError, parseForm } from "~/forms/parse.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { languageNames, languages } from "~/i18n/config";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { refusalErrors } from "~/result";

export const meta = titleMeta("people:invitations.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return json({ invitations: await listInvitations(), zone: await secretariatTimeZone() });
}

const none: Record<string, string> = {};

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, "admin");
  // The link goes by e-mail only; without SMTP_URL the admin finds it in the dev outbox.
  const sent = (email: string) => ({ email, smtp: Boolean(process.env.SMTP_URL) });
  if (new URL(request.url).searchParams.get("intent") === "invite") {
    const form = await parseForm(request, invitationSchema);
    if (!form.ok) return json({ errors: form.errors, values: form.values, sent: null }, { status: 400 });
    const created = await createInvitation(admin, form.data);
    if (!created.ok) return json({ errors: refusalErrors(created), values: form.values, sent: null }, { status: 400 });
    return json({ errors: none, values: none, sent: sent(created.value.email) });
  }
  const form = await parseForm(request, invitationChangeSchema, { fallbackError: "people:validation.unknownIntent" });
  if (!form.ok) return json({ errors: { list: firstError(form.errors) }, values: none, sent: null }, { status: 400 });
  const { intent, invitationId } = form.data;
  if (intent === "revoke") {
    const revoked = await revokeInvitation(admin, invitationId);
    const errors = revoked.ok ? none : { list: revoked.error };
    return json({ errors, values: none, sent: null }, { status: revoked.ok ? 200 : 400 });
  }
  const resent = await resendInvitation(admin, invitationId);
  if (!resent.ok) return json({ errors: { list: resent.error }, values: none, sent: null }, { status: 400 });
  return json({ errors: none, values: none, sent: sent(resent.value.email) });
}

export default function Invitations() {
  const { invitations, zone } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("people");
  return (
    <div className="page stack">
      <AdminNav />
      <h1>{t("invitations.title")}</h1>
      <p>{t("invitations.intro")}</p>
      {answer?.sent ? <SentNotice sent={answer.sent} /> : null}
      {answer?.errors.list ? (
        <div className="error-summary" role="alert">
          <p>{t(answer.errors.list)}</p>
        </div>
      ) : null}
      <InviteForm key={answer?.sent ? `sent-${invitations[0]?.id}` : "form"} />
      <InvitationList invitations={invitations} zone={zone} />
    </div>
  );
}

function InviteForm() {
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("people");
  const server = answer?.errors.list ? undefined : answer?.sent ? undefined : answer;
  const language = useLanguage();
  const { register, errors, showSummary, onSubmit } = useValidatedForm(
    invitationSchema,
    { email: "", role: "moderator", language },
    server,
  );
  return (
    <section aria-labelledby="invite-heading" className="card stack">
      <h2 id="invite-heading">{t("invitations.new")}</h2>
      <ErrorSummary errors={errors} order={["email", "role", "language"]} show={showSummary} />
      <Form method="post" action="?intent=invite" noValidate onSubmit={onSubmit} className="stack">
        <EmailField error={errors.email} {...register("email")} />
        <SelectField label={t("invitations.role")} error={errors.role} {...register("role")}>
          {invitedRoles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("invitations.language")} error={errors.language} {...register("language")}>
          {languages.map((choice) => (
            <option key={choice} value={choice}>
              {languageNames[choice]}
            </option>
          ))}
        </SelectField>
        <p className="field-hint">{t("invitations.expiry")}</p>
        <button type="submit" className="button">
          {t("invitations.submit")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ forbidden: "admin:errors.forbidden" }} />;
}
