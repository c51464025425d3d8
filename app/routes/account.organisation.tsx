import { type ActionFunctionArgs, json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { answerMembership, managesAnOrganisation, pendingMembers } from "~/auth/organisation-management.server";
import { PendingMembers } from "~/auth/pending-members";
import { secretariatTimeZone } from "~/i18n/secretariat-zone.server";
import { membershipAnswerSchema } from "~/auth/people-schema";
import { requireUser } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { firstError, parseForm } from "~/forms/parse.server";
import { titleMeta } from "~/i18n/meta";

export const meta = titleMeta("people:pending.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({
    manages: await managesAnOrganisation(user),
    members: await pendingMembers(user),
    zone: await secretariatTimeZone(),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await parseForm(request, membershipAnswerSchema);
  if (!form.ok) return json({ error: firstError(form.errors), answer: null }, { status: 400 });
  const answered = await answerMembership(user, form.data);
  if (!answered.ok) return json({ error: answered.error, answer: null }, { status: 403 });
  return json({ error: null, answer: form.data.answer });
}

export default function OrganisationMembers() {
  const { manages, members, zone } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("people");
  return (
    <div className="page page--narrow stack">
      <p>
        <Link to="/account">{t("pending.back")}</Link>
      </p>
      <h1>{t("pending.title")}</h1>
      <p>{t("pending.intro")}</p>
      {answer?.error ? (
        <div className="error-summary" role="alert">
          <p>{t(answer.error)}</p>
        </div>
      ) : answer?.answer ? (
        <p className="notice" role="status">
          {t(answer.answer === "confirm" ? "pending.confirmed" : "pending.declined")}
        </p>
      ) : null}
      {manages ? (
        <PendingMembers members={members} action="/account/organisation" zone={zone} />
      ) : (
        <p>{t("pending.managesNone")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
