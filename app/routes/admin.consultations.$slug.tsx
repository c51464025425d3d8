import { type ActionFunctionArgs, json, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { ConsultationForm, ManageLinks } from "~/consultations/admin-form";
import { consultationFormValues, consultationSchema, phaseChangeSchema } from "~/consultations/admin-schema";
import { changePhase, findConsultationForAdmin, updateConsultation } from "~/consultations/admin.server";
import { PhaseBadge, PhaseDates } from "~/consultations/components";
import { availablePhaseChanges } from "~/consultations/lifecycle";
import { effectivePhase } from "~/consultations/phase";
import { fieldId } from "~/forms/fields";
import { firstError, parseForm } from "~/forms/parse.server";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { KNOWN_LICENCES, licenceNamed } from "~/reports/licences";
import { invariantResponse } from "~/responses";
import { refusalErrors } from "~/result";

export const meta = titleMeta<typeof loader>("admin:edit.title", ({ data }) => ({ slug: data?.values.slug }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const consultation = await findConsultationForAdmin(params.slug ?? "");
  invariantResponse(consultation, 404);
  // A licence set outside this form (an SPDX name we do not list) stays a choice, so saving keeps it.
  const licences = new Set([...Object.keys(KNOWN_LICENCES), consultation.dataLicence]);
  return json({
    values: consultationFormValues(consultation),
    saved: new URL(request.url).searchParams.has("saved"),
    title: { en: consultation.titleEn, id: consultation.titleId },
    storedPhase: consultation.phase,
    phase: effectivePhase(consultation, new Date()),
    dates: {
      opensAt: consultation.opensAt.toISOString(),
      closesAt: consultation.closesAt.toISOString(),
      timeZone: consultation.timeZone,
    },
    changes: availablePhaseChanges(consultation.phase),
    timeZones: Intl.supportedValuesOf("timeZone"),
    licences: [...licences].map(licenceNamed),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireRole(request, "admin");
  const slug = params.slug ?? "";
  const intent = new URL(request.url).searchParams.get("intent");
  if (intent === "phase") {
    const form = await parseForm(request, phaseChangeSchema);
    if (!form.ok) return json({ phaseError: firstError(form.errors) }, { status: 400 });
    const changed = await changePhase(admin, slug, form.data.change, { confirmed: form.data.confirmReopen });
    if (!changed.ok) return json({ phaseError: changed.error }, { status: 400 });
    return redirect(`/admin/consultations/${slug}`);
  }
  const form = await parseForm(request, consultationSchema);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  const saved = await updateConsultation(admin, slug, form.data);
  if (!saved.ok) return json({ errors: refusalErrors(saved), values: form.values }, { status: 400 });
  return redirect(`/admin/consultations/${saved.value.slug}?saved=1`);
}

export default function EditConsultation() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  const language = useLanguage();
  const formResult = result && "errors" in result ? result : undefined;
  const phaseError = result && "phaseError" in result ? result.phaseError : undefined;
  return (
    <div className="page page--narrow stack">
      <p>
        <Link to="/admin">{t("edit.back")}</Link>
      </p>
      <h1>{data.title[language]}</h1>
      {data.saved && !result ? (
        <p className="notice" role="status">
          {t("edit.saved")}
        </p>
      ) : null}
      <section aria-labelledby="phase-heading" className="card stack">
        <h2 id="phase-heading" className="small-heading">
          {t("phase.title")}
        </h2>
        <p>
          <PhaseBadge phase={data.phase} />
        </p>
        {data.storedPhase === "draft" ? <p>{t("phase.draftExplained")}</p> : null}
        <PhaseDates consultation={{ ...data.dates, phase: data.phase }} />
        {phaseError ? (
          <div className="error-summary" role="alert">
            <p>{t(phaseError)}</p>
          </div>
        ) : null}
        {data.changes.map((change) =>
          change === "reopen" ? (
            <ReopenForm key={change} published={data.storedPhase === "published"} />
          ) : (
            <Form key={change} method="post" action="?intent=phase" className="button-row">
              <input type="hidden" name="change" value={change} />
              <p className="field-hint">{t(`phase.${change}Explained`)}</p>
              <button type="submit" className="button">
                {t(`phase.${change}`)}
              </button>
            </Form>
          ),
        )}
      </section>
      <ManageLinks slug={data.values.slug} />
      <h2>{t("edit.detailsTitle")}</h2>
      <ConsultationForm
        defaults={data.values}
        server={formResult}
        timeZones={data.timeZones}
        licences={data.licences}
        submitLabel={t("edit.submit")}
      />
    </div>
  );
}

/** Reopening a published consultation takes its results off the public pages: it is confirmed first. */
function ReopenForm({ published }: { published: boolean }) {
  const { t } = useTranslation("admin");
  return (
    <Form method="post" action="?intent=phase">
      <input type="hidden" name="change" value="reopen" />
      <p className="field-hint">{t("phase.reopenExplained")}</p>
      {published ? (
        <div className="checkbox field">
          <input type="checkbox" id={fieldId("confirmReopen")} name="confirmReopen" value="on" required />
          <label htmlFor={fieldId("confirmReopen")}>{t("phase.confirmReopen")}</label>
        </div>
      ) : null}
      <button type="submit" className="button button--warning">
        {t("phase.reopen")}
      </button>
    </Form>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ forbidden: "admin:errors.forbidden", notFound: "admin:errors.unknownConsultation" }} />;
}
