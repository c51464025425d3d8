import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { SanitizedHtml } from "~/components/sanitized-html";
import { parseForm } from "~/forms/parse.server";
import { formatDateTime } from "~/i18n/format";
import { errorTitle, metaLanguage, pageTitle } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { ErrorAlert } from "~/moderation/controls";
import { reviewAccess, consultationNamed } from "~/moderation/reviewed.server";
import { invariantResponse } from "~/responses";
import { actOnSummary, editorPlace, editorView } from "~/summaries/editor.server";
import { CoveragePanel, DraftPanel, SummaryFields, VersionsPanel } from "~/summaries/editor-view";
import { FiguresView } from "~/summaries/figures-view";
import { summaryFormSchema } from "~/summaries/schema";

export const meta: MetaFunction<typeof loader> = ({ data, matches, error }) => {
  if (error || !data) return [{ title: errorTitle({ error, matches }) }];
  const theme = data.theme.label[metaLanguage(matches)];
  return [
    {
      title: data.section
        ? pageTitle(matches, "summaries:editor.titleSection", { theme, section: data.section })
        : pageTitle(matches, "summaries:editor.title", { theme }),
    },
  ];
};

async function placeOf(request: Request, params: ActionFunctionArgs["params"]) {
  const { moderator, found } = await reviewAccess(request, params.slug);
  const section = new URL(request.url).searchParams.get("section");
  const place = await editorPlace(found, params.theme ?? "", section || null);
  invariantResponse(place, 404);
  return { moderator, found, place };
}

const versionNumber = (value: string | null) => (value && /^\d{1,6}$/.test(value) ? Number(value) : undefined);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { found, place } = await placeOf(request, params);
  const search = new URL(request.url).searchParams;
  const view = await editorView(found, place, {
    from: versionNumber(search.get("from")),
    to: versionNumber(search.get("to")),
  });
  return json({ consultation: consultationNamed(found), theme: place.theme, section: place.section, ...view });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { moderator, found, place } = await placeOf(request, params);
  const form = await parseForm(request, summaryFormSchema, { fallbackError: "review.forgedRequest" });
  if (!form.ok) return json({ values: form.values, errors: form.errors, answer: null }, { status: 400 });
  const answer = await actOnSummary(moderator.id, found, place, form.data);
  const status = "refused" in answer ? (answer.refused === "conflict" ? 409 : 400) : 200;
  return json({ values: form.values, errors: null, answer }, { status });
}

export default function SummaryEditor() {
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("summaries");
  const language = useLanguage();
  const busy = useNavigation().state === "submitting";
  const answer = result?.answer ?? null;
  const base = `/review/${view.consultation.slug}`;
  const title = view.section
    ? t("editor.titleSection", { theme: view.theme.label[language], section: view.section })
    : t("editor.title", { theme: view.theme.label[language] });
  // What the form shows: what was typed when the action refused or previewed it, else the newest version.
  const saved = answer && "done" in answer && answer.done !== "preview";
  const kept = result && !saved ? result.values : null;
  const conflict = answer && "refused" in answer && answer.refused === "conflict" ? answer.theirs : null;
  const preview = answer && "done" in answer && answer.done === "preview" ? answer.preview : view.preview;
  const query = view.section ? `?section=${encodeURIComponent(view.section)}` : "";
  return (
    <div className="page review summary-editor">
      <p className="breadcrumb">
        <Link to={`${base}/themes`}>{t("editor.backToThemes")}</Link>
      </p>
      <h1>{title}</h1>
      <p className="phase-line">
        <span className="badge">{t("editor.state", { state: t(`states.${view.state}`) })}</span>
        {view.publishedNumber !== null && view.publishedAt ? (
          <span>
            {t("editor.publishedVersion", {
              number: view.publishedNumber,
              date: formatDateTime(view.publishedAt, language, view.consultation.timeZone),
            })}
          </span>
        ) : null}
      </p>
      {answer && "done" in answer && answer.done !== "preview" ? (
        <p className="notice" role="status">
          {t(answer.done === "saved" ? "editor.saved" : "editor.published", { number: answer.number })}
        </p>
      ) : null}
      {answer && "done" in answer && answer.done === "preview" ? (
        <p className="notice" role="status">
          {t("editor.previewed")}
        </p>
      ) : null}
      {answer && "refused" in answer && answer.refused === "citations" ? (
        <ErrorAlert>{t("citations.refused")}</ErrorAlert>
      ) : null}
      {answer && "refused" in answer && answer.refused === "publish" ? (
        <ErrorAlert>{t(answer.error)}</ErrorAlert>
      ) : null}
      {result?.errors ? (
        <ErrorAlert>
          {t(Object.values(result.errors)[0] ?? "review.forgedRequest", { ns: ["summaries", "review"] })}
        </ErrorAlert>
      ) : null}
      {conflict ? (
        <section className="conflict" aria-labelledby="conflict-heading">
          <ErrorAlert>{t("conflict.message", { name: conflict.authorName, number: conflict.number })}</ErrorAlert>
          <h2 id="conflict-heading">
            {t("conflict.theirs", {
              number: conflict.number,
              name: conflict.authorName,
              date: formatDateTime(conflict.createdAt, language, view.consultation.timeZone),
            })}
          </h2>
          <div className="summary-columns">
            <pre className="user-text conflict__text" lang="en">
              {conflict.bodyEn}
            </pre>
            <pre className="user-text conflict__text" lang="id">
              {conflict.bodyId}
            </pre>
          </div>
        </section>
      ) : null}
      {view.state === "none" && !kept ? <p className="muted">{t("editor.draftFrom")}</p> : null}
      <Form method="post" action={`${base}/themes/${view.theme.key}${query}`} key={view.baseNumber}>
        <input type="hidden" name="baseNumber" value={conflict ? conflict.number : view.baseNumber} />
        <SummaryFields
          text={{
            bodyEn: kept?.bodyEn ?? view.text.bodyEn,
            bodyId: kept?.bodyId ?? view.text.bodyId,
            enNotTranslated: kept ? kept.enNotTranslated === "on" : view.text.enNotTranslated,
            idNotTranslated: kept ? kept.idNotTranslated === "on" : view.text.idNotTranslated,
          }}
          citations={answer && "refused" in answer && answer.refused === "citations" ? answer.citations : null}
          missing={answer && "refused" in answer && answer.refused === "publish" ? (answer.field ?? null) : null}
          tooLong={result?.errors ?? null}
        />
        <div className="button-row">
          <button type="submit" name="intent" value="preview" className="button button--secondary" disabled={busy}>
            {t("editor.preview")}
          </button>
          <button type="submit" name="intent" value="save" className="button" disabled={busy}>
            {t("editor.save")}
          </button>
        </div>
      </Form>
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">{t("editor.previewHeading")}</h2>
        <div className="summary-columns">
          {(["en", "id"] as const).map((written) => (
            <div key={written} lang={written} className="summary-preview">
              <h3>{t(written === "en" ? "editor.bodyEn" : "editor.bodyId")}</h3>
              {preview[written] ? (
                <SanitizedHtml html={preview[written]} />
              ) : (
                <p className="muted">{t("editor.previewEmpty")}</p>
              )}
            </div>
          ))}
        </div>
      </section>
      {view.baseNumber > 0 && view.publishedNumber !== view.baseNumber ? (
        <Form method="post" action={`${base}/themes/${view.theme.key}${query}`} className="publish-form">
          <input type="hidden" name="baseNumber" value={view.baseNumber} />
          <p className="field-hint">{t("editor.publishHint")}</p>
          <button type="submit" name="intent" value="publish" className="button" disabled={busy}>
            {t("editor.publish", { number: view.baseNumber })}
          </button>
        </Form>
      ) : null}
      <CoveragePanel coverage={view.coverage} />
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t("figures.heading")}</h2>
        <FiguresView figures={view.draft.figures} />
      </section>
      <DraftPanel choices={view.draft.choices} />
      <VersionsPanel
        versions={view.versions}
        publishedNumber={view.publishedNumber}
        comparison={view.comparison}
        timeZone={view.consultation.timeZone}
        section={view.section}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ notFound: "summaries:errors.themeNotFound", forbidden: "review:errors.forbidden" }} />;
}
