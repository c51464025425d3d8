import { type ActionFunctionArgs, json, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { parseForm } from "~/forms/parse.server";
import { inLanguage } from "~/i18n/config";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { invariantResponse } from "~/responses";
import { type Refusal, refusalErrors } from "~/result";
import { type TaxonomyForm, taxonomyPageSchema } from "~/themes/taxonomy";
import {
  consultationForTaxonomy,
  createTheme,
  editTheme,
  mergeThemes,
  moveTheme,
  setThemeRetired,
  taxonomyOf,
} from "~/themes/taxonomy.server";
import { themeLabels } from "~/themes/labels";
import { MergeForm, ThemeEditor, ThemeList } from "~/themes/taxonomy-view";

export const meta = titleMeta("taxonomy:page.title");

async function secretariatAccess(request: Request, slug: string | undefined) {
  const admin = await requireRole(request, "admin");
  const consultation = await consultationForTaxonomy(slug ?? "");
  invariantResponse(consultation, 404);
  return { admin, consultation };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { consultation } = await secretariatAccess(request, params.slug);
  const url = new URL(request.url);
  const themes = await taxonomyOf(consultation.id);
  const editing = themes.find((theme) => theme.id === url.searchParams.get("edit")) ?? null;
  return json({ consultation, themes, editing, adding: url.searchParams.has("add") });
}

/** Which part of the page a form came from, so its errors show there. */
const partOf = (intent: string | undefined) =>
  intent === "create" || intent === "edit" ? "editor" : intent === "merge" ? "merge" : "list";

/** Every change but a merge; a merge answers with what it moved. */
async function change(admin: { id: string }, consultationId: string, form: Exclude<TaxonomyForm, { intent: "merge" }>) {
  const { intent } = form;
  if (intent === "create") return createTheme(admin, consultationId, form.key, form);
  if (intent === "edit") return editTheme(admin, consultationId, form.themeId, form);
  if (intent === "up" || intent === "down") return moveTheme(admin, consultationId, form.themeId, intent);
  return setThemeRetired(admin, consultationId, form.themeId, intent === "retire");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, consultation } = await secretariatAccess(request, params.slug);
  const form = await parseForm(request, taxonomyPageSchema, { fallbackError: "taxonomy:errors.unknownTheme" });
  const from = partOf(form.values.intent);
  if (!form.ok) return json({ from, errors: form.errors, values: form.values, merged: null }, { status: 400 });
  const { data } = form;
  const refused = (refusal: Refusal) =>
    json({ from, errors: refusalErrors(refusal), values: form.values, merged: null }, { status: 400 });
  if (data.intent !== "merge") {
    const changed = await change(admin, consultation.id, data);
    return changed.ok ? redirect(`/admin/consultations/${consultation.slug}/themes`) : refused(changed);
  }
  const merged = await mergeThemes(admin, consultation.id, data.themeId, data.intoThemeId);
  if (!merged.ok) return refused(merged);
  const none: Record<string, string> = {};
  return json({ from: "done", errors: none, values: none, merged: merged.value });
}

export default function Themes() {
  const { consultation, themes, editing, adding } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("taxonomy");
  const language = useLanguage();
  const base = `/admin/consultations/${consultation.slug}`;
  const failed = (part: string) => (answer?.from === part ? answer : null);
  const editorShown = editing !== null || adding || failed("editor") !== null;
  const listError = failed("list")?.errors.form;
  const labelOf = themeLabels(themes, language);
  return (
    <div className="page stack taxonomy">
      <p className="breadcrumb">
        <Link to={base}>{inLanguage({ en: consultation.titleEn, id: consultation.titleId }, language)}</Link>
      </p>
      <h1>{t("page.title")}</h1>
      <p>{t("page.explain")}</p>
      <p className="button-row">
        <Link to="?add" className="button button--secondary">
          {t("page.add")}
        </Link>
      </p>
      {answer?.merged ? (
        <p className="notice" role="status">
          {t("merge.done", {
            count: answer.merged.moved,
            from: labelOf(answer.merged.key),
            into: labelOf(answer.merged.into),
            moved: answer.merged.moved,
            already: answer.merged.alreadyTagged,
          })}
        </p>
      ) : null}
      {listError ? (
        <div className="error-summary" role="alert">
          <p>{t(listError)}</p>
        </div>
      ) : null}
      {editorShown ? (
        <ThemeEditor
          theme={editing}
          errors={failed("editor")?.errors ?? {}}
          values={failed("editor")?.values ?? null}
          cancel={`${base}/themes`}
        />
      ) : null}
      <ThemeList themes={themes} />
      <MergeForm
        // Made anew after a merge, so that its choices and its tick start empty again.
        key={answer?.merged ? `merged-${answer.merged.key}` : "merge"}
        themes={themes}
        errors={failed("merge")?.errors ?? {}}
        values={failed("merge")?.values ?? null}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ notFound: "admin:errors.unknownConsultation", forbidden: "admin:errors.forbidden" }} />;
}
