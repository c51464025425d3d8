import { type ActionFunctionArgs, json, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MergeForm, RenameForm, OrganisationTable } from "~/auth/organisation-admin";
import {
  answerMembership,
  renameOrganisation,
  mergeOrganisations,
  organisationsForAdmin,
  pendingMembers,
  setVerified,
} from "~/auth/organisation-management.server";
import { PendingMembers } from "~/auth/pending-members";
import { secretariatTimeZone } from "~/i18n/secretariat-zone.server";
import { membershipAnswerSchema, organisationChangeSchema } from "~/auth/people-schema";
import { requireRole } from "~/auth/session.server";
import { AdminNav } from "~/components/admin-nav";
import { ErrorPage } from "~/components/error-page";
import { firstError, parseForm } from "~/forms/parse.server";
import { titleMeta } from "~/i18n/meta";
import { refusalErrors } from "~/result";

export const meta = titleMeta("people:organisations.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireRole(request, "admin");
  return json({
    organisations: await organisationsForAdmin(),
    pending: await pendingMembers(admin),
    zone: await secretariatTimeZone(),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, "admin");
  if (new URL(request.url).searchParams.get("intent") === "membership") {
    const form = await parseForm(request, membershipAnswerSchema);
    if (!form.ok) return json({ done: null, errors: { form: firstError(form.errors) }, values: {} }, { status: 400 });
    const answered = await answerMembership(admin, form.data);
    if (!answered.ok) return json({ done: null, errors: { form: answered.error }, values: {} }, { status: 400 });
    return json({ done: form.data.answer === "confirm" ? "confirmed" : "declined", errors: {}, values: {} });
  }
  const form = await parseForm(request, organisationChangeSchema, { fallbackError: "people:validation.unknownIntent" });
  if (!form.ok) return json({ done: null, errors: form.errors, values: form.values }, { status: 400 });
  const change = form.data;
  const result =
    change.intent === "merge"
      ? await mergeOrganisations(admin, change)
      : change.intent === "rename"
        ? await renameOrganisation(admin, change)
        : await setVerified(admin, change.organisationId, change.intent === "verify");
  if (!result.ok) return json({ done: null, errors: refusalErrors(result), values: form.values }, { status: 400 });
  return json({ done: change.intent, errors: {}, values: {} });
}

export default function Organisations() {
  const { organisations, pending, zone } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("people");
  const errors: Record<string, string> = answer?.errors ?? {};
  const values: Record<string, string> = answer?.values ?? {};
  // The form the answer was to shows its errors and what was typed; the other one starts empty.
  const renaming = values.intent === "rename";
  return (
    <div className="page stack">
      <AdminNav />
      <h1>{t("organisations.title")}</h1>
      {errors.form || errors.organisationId ? (
        <div className="error-summary" role="alert">
          <p>{t(errors.form || errors.organisationId || "")}</p>
        </div>
      ) : answer?.done ? (
        <p className="notice" role="status">
          {t(`organisations.done.${answer.done}`)}
        </p>
      ) : null}
      <section aria-labelledby="pending-heading" className="stack">
        <h2 id="pending-heading">{t("organisations.pending")}</h2>
        <PendingMembers members={pending} action="/admin/organisations?intent=membership" zone={zone} />
      </section>
      <section aria-labelledby="list-heading" className="stack">
        <h2 id="list-heading">{t("organisations.list")}</h2>
        <OrganisationTable organisations={organisations} />
      </section>
      <RenameForm
        key={`rename-${answer?.done ?? ""}`}
        organisations={organisations}
        errors={answer?.done || !renaming ? {} : errors}
        values={renaming ? values : {}}
      />
      <MergeForm
        key={answer?.done ?? "merge"}
        organisations={organisations}
        errors={answer?.done || renaming ? {} : errors}
        values={renaming ? {} : values}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ forbidden: "admin:errors.forbidden" }} />;
}
