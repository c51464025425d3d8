import { type ActionFunctionArgs, json, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { SectionEditor, SectionList } from "~/consultations/section-editor";
import { sectionFormSchema } from "~/consultations/section-form";
import { findEditedVersion } from "~/consultations/import/imports.server";
import { renderMarkdown } from "~/consultations/markdown.server";
import {
  addSection,
  moveSection,
  removeSection,
  saveSection,
  sectionsForEditing,
} from "~/consultations/sections.server";
import { readFormBody } from "~/forms/body.server";
import { checkFields } from "~/forms/parse.server";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { invariantResponse } from "~/responses";

export const meta = titleMeta("imports:sections.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const url = new URL(request.url);
  const edited = await findEditedVersion(params.slug ?? "", url.searchParams.get("version"));
  invariantResponse(edited, 404);
  const rows = await sectionsForEditing(edited.version.id);
  const chosen = url.searchParams.get("edit");
  const editing = edited.editable ? (rows.find((row) => row.id === chosen) ?? null) : null;
  return json({
    consultation: {
      slug: edited.consultation.slug,
      title: { en: edited.consultation.titleEn, id: edited.consultation.titleId },
    },
    version: edited.version.label,
    editable: edited.editable,
    sections: rows.map(({ bodyEn: _en, bodyId: _id, ...row }) => row),
    editing,
    adding: edited.editable && url.searchParams.has("add"),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireRole(request, "admin");
  const url = new URL(request.url);
  const place = { slug: params.slug ?? "", label: url.searchParams.get("version") };
  const { fields, values } = await readFormBody(request);
  const intent = fields.intent?.[0];
  const sectionId = fields.sectionId?.[0] ?? "";
  const back = `${url.pathname}${place.label ? `?version=${encodeURIComponent(place.label)}` : ""}`;
  if (intent === "up" || intent === "down" || intent === "remove") {
    const result =
      intent === "remove"
        ? await removeSection(admin, place, sectionId)
        : await moveSection(admin, place, sectionId, intent);
    if (!result.ok)
      return json(
        { from: "list", errors: { form: result.error } as Record<string, string>, values, preview: null },
        { status: 400 },
      );
    return redirect(back);
  }
  const checked = checkFields(fields, sectionFormSchema);
  if (!checked.ok) return json({ from: "editor", errors: checked.errors, values, preview: null }, { status: 400 });
  if (intent === "preview") {
    const preview = { en: renderMarkdown(checked.data.bodyEn), id: renderMarkdown(checked.data.bodyId) };
    return json({ from: "editor", errors: {} as Record<string, string>, values, preview });
  }
  const result = sectionId
    ? await saveSection(admin, place, sectionId, checked.data)
    : await addSection(admin, place, checked.data);
  if (!result.ok)
    return json(
      { from: "editor", errors: { [result.field ?? "form"]: result.error }, values, preview: null },
      { status: 400 },
    );
  return redirect(back);
}

export default function EditSections() {
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("imports");
  const language = useLanguage();
  const base = `/admin/consultations/${view.consultation.slug}`;
  const versionQuery: Record<string, string> = { version: view.version };
  const query = `?${new URLSearchParams(versionQuery)}`;
  const editorShown = view.editing || view.adding || result?.from === "editor";
  return (
    <div className="page">
      <h1>{t("sections.title")}</h1>
      <p className="muted">
        {view.consultation.title[language]} · {t("import.version", { label: view.version })}
      </p>
      {view.editable ? (
        <p className="button-row">
          <Link to={`${base}/import${query}`}>{t("sections.import")}</Link>
          <Link to={`?${new URLSearchParams({ ...versionQuery, add: "" })}`}>{t("sections.add")}</Link>
        </p>
      ) : (
        <p className="notice">{t("import.notEditable")}</p>
      )}
      {result?.from === "list" ? (
        <div className="error-summary" role="alert">
          <p>{t(String(result.errors.form ?? "").replace(/^imports:/, ""))}</p>
        </div>
      ) : null}
      {editorShown ? (
        <SectionEditor
          section={view.editing}
          errors={result?.from === "editor" ? result.errors : {}}
          values={result?.from === "editor" ? result.values : null}
          preview={result?.from === "editor" ? result.preview : null}
          cancel={`${base}/sections${query}`}
        />
      ) : null}
      <SectionList sections={view.sections} editable={view.editable} versionQuery={versionQuery} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
