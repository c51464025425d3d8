import { type ActionFunctionArgs, json, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/auth/session.server";
import {
  confirmImport,
  discardImport,
  findEditedVersion,
  findPendingImport,
  keepPendingImport,
  listSections,
  previewRows,
  readImportFile,
} from "~/consultations/import/imports.server";
import { ImportPreview } from "~/consultations/import/preview";
import { importLimits } from "~/consultations/import/limits";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, fieldId, RadioGroup } from "~/forms/fields";
import { readFormBody } from "~/forms/body.server";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { invariantResponse } from "~/responses";

export const meta = titleMeta("imports:import.title");

function versionLabel(request: Request) {
  return new URL(request.url).searchParams.get("version");
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const edited = await findEditedVersion(params.slug ?? "", versionLabel(request));
  invariantResponse(edited, 404);
  const pending = edited.editable ? await findPendingImport(edited.version.id) : null;
  return json({
    consultation: {
      slug: edited.consultation.slug,
      title: { en: edited.consultation.titleEn, id: edited.consultation.titleId },
    },
    version: edited.version.label,
    editable: edited.editable,
    preview: pending ? { rows: previewRows(pending), languages: { en: !!pending.en, id: !!pending.id } } : null,
    preamble: pending ? { en: pending.en?.preamble ?? "", id: pending.id?.preamble ?? "" } : null,
    currentSections: (await listSections(edited.version.id)).length,
  });
}

type ActionErrors = { errors: Record<string, string>; values?: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireRole(request, "admin");
  const slug = params.slug ?? "";
  const label = versionLabel(request);
  const body = await readFormBody(request, { name: "file", maxBytes: importLimits.fileMaxBytes });
  const intent = body.fields.intent?.[0];
  const refused = (errors: Record<string, string>, values?: Record<string, string>) =>
    json<ActionErrors>({ errors, values }, { status: 400 });
  if (intent === "confirm" || intent === "discard") {
    const result =
      intent === "confirm" ? await confirmImport(admin, slug, label) : await discardImport(admin, slug, label);
    if (!result.ok) return refused({ form: result.error });
    return redirect(
      intent === "confirm"
        ? `/admin/consultations/${slug}/sections${label ? `?version=${encodeURIComponent(label)}` : ""}`
        : request.url,
    );
  }
  if (body.problem === "fileTooLarge") return refused({ file: "imports:errors.fileTooLarge" });
  if (!body.file) return refused({ file: "imports:errors.noFile" });
  const language = body.fields.language?.[0];
  if (language !== "both" && language !== "en" && language !== "id")
    return refused({ language: "imports:errors.chooseLanguage" });
  const parsed = readImportFile(body.file, language);
  if (!parsed.ok) return refused({ file: parsed.error }, parsed.values);
  const kept = await keepPendingImport(admin, slug, label, parsed.value);
  if (!kept.ok) return refused({ form: kept.error });
  return redirect(new URL(request.url).pathname + new URL(request.url).search);
}

export default function ImportDocument() {
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("imports");
  const language = useLanguage();
  const busy = useNavigation().state === "submitting";
  const errors = result?.errors ?? {};
  // The summary cannot fill a message's values (a section number): it points at the field, which can.
  const summaryErrors = result?.values ? { ...errors, file: "imports:errors.fileRefused" } : errors;
  const sectionsPath = `/admin/consultations/${view.consultation.slug}/sections`;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={sectionsPath}>{t("import.backToSections")}</Link>
      </p>
      <h1>{t("import.title")}</h1>
      <p className="muted">
        {view.consultation.title[language]} · {t("import.version", { label: view.version })}
      </p>
      <ErrorSummary errors={summaryErrors} order={["file", "language"]} show={!!result} />
      {!view.editable ? (
        <p className="notice">{t("import.notEditable")}</p>
      ) : (
        <>
          <p>{t("import.intro")}</p>
          <Form method="post" encType="multipart/form-data" className="stack">
            <div className={`field${errors.file ? " field--error" : ""}`}>
              <label htmlFor={fieldId("file")}>{t("import.file")}</label>
              <div className="field-hint" id={`${fieldId("file")}-hint`}>
                {t("import.fileHint")}
              </div>
              {errors.file ? (
                <p className="field-error" id={`${fieldId("file")}-error`}>
                  {t(errors.file.replace(/^imports:/, ""), result?.values ?? {})}
                </p>
              ) : null}
              <input
                type="file"
                id={fieldId("file")}
                name="file"
                accept=".md,.markdown,.txt,.docx,.odt"
                aria-invalid={errors.file ? true : undefined}
                aria-describedby={`${fieldId("file")}-hint${errors.file ? ` ${fieldId("file")}-error` : ""}`}
              />
            </div>
            <RadioGroup
              name="language"
              legend={t("import.language")}
              error={errors.language}
              options={(["both", "en", "id"] as const).map((value) => ({
                value,
                label: t(`import.languages.${value}`),
              }))}
              inputProps={(value) => ({ defaultChecked: value === "both" })}
            />
            <button type="submit" name="intent" value="upload" className="button" disabled={busy}>
              {t("import.upload")}
            </button>
          </Form>
          {view.preview ? (
            <ImportPreview
              rows={view.preview.rows}
              languages={view.preview.languages}
              preamble={view.preamble}
              replaces={view.currentSections}
            />
          ) : null}
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
