import { type ActionFunctionArgs, json, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { ConsultationForm } from "~/consultations/admin-form";
import { consultationSchema } from "~/consultations/admin-schema";
import { createConsultation } from "~/consultations/admin.server";
import { parseForm } from "~/forms/parse.server";
import { titleMeta } from "~/i18n/meta";
import { KNOWN_LICENCES, licenceNamed } from "~/reports/licences";
import { refusalErrors } from "~/result";

export const meta = titleMeta("admin:create.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return json({
    timeZones: Intl.supportedValuesOf("timeZone"),
    licences: Object.keys(KNOWN_LICENCES).map(licenceNamed),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, "admin");
  const form = await parseForm(request, consultationSchema);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  const created = await createConsultation(admin, form.data);
  if (!created.ok) return json({ errors: refusalErrors(created), values: form.values }, { status: 400 });
  return redirect(`/admin/consultations/${created.value.slug}`);
}

export default function CreateConsultation() {
  const { timeZones, licences } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  return (
    <div className="page page--narrow">
      <h1>{t("create.title")}</h1>
      <p>{t("create.intro")}</p>
      <ConsultationForm
        defaults={{ timeZone: "Asia/Jakarta", dataLicence: "CC-BY-4.0" }}
        server={result}
        timeZones={timeZones}
        licences={licences}
        submitLabel={t("create.submit")}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ forbidden: "admin:errors.forbidden" }} />;
}
