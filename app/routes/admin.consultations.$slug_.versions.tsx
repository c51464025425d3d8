import { type ActionFunctionArgs, json, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { choicesOf, versionsPageSchema } from "~/consultations/version-forms";
import {
  draftNewVersion,
  publishVersion,
  resolveConflict,
  saveChangelog,
  saveMapping,
  setInputFrozen,
} from "~/consultations/version-drafting.server";
import { versionsPage } from "~/consultations/version-reads.server";
import { versionName } from "~/consultations/versions";
import {
  ChangelogForm,
  inVersions,
  MappingForm,
  OutcomeList,
  VersionList,
  type VersionsAnswer,
} from "~/consultations/versions-view";
import { parseForm } from "~/forms/parse.server";
import { inLanguage } from "~/i18n/config";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { invariantResponse } from "~/responses";
import { refusalErrors } from "~/result";

export const meta = titleMeta("versions:page.title");

const savedMessages = ["draft", "resolve", "mapping", "changelog", "freeze", "publish"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const page = await versionsPage(params.slug ?? "");
  invariantResponse(page, 404);
  const saved = new URL(request.url).searchParams.get("saved");
  return json({ ...page, saved: savedMessages.find((known) => known === saved) ?? null });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireRole(request, "admin");
  const slug = params.slug ?? "";
  const form = await parseForm(request, versionsPageSchema, { lists: ["pair"], fallbackError: "errors.unknownForm" });
  const intent = form.values.intent ?? null;
  const reference = form.values.reference ?? null;
  const answer = (errors: Record<string, string>, status: number) =>
    json({ intent, reference, errors, values: form.values }, { status });
  if (!form.ok) return answer(form.errors, 400);
  const { data } = form;
  const result =
    data.intent === "draft"
      ? await draftNewVersion(admin, slug)
      : data.intent === "resolve"
        ? await resolveConflict(admin, slug, data.reference, data.note)
        : data.intent === "mapping"
          ? await saveMapping(admin, slug, choicesOf(data.pair))
          : data.intent === "changelog"
            ? await saveChangelog(admin, slug, { en: data.changelogEn, id: data.changelogId })
            : data.intent === "freeze"
              ? await setInputFrozen(admin, slug, data.frozen)
              : await publishVersion(admin, slug);
  // A refusal is about the state the page was read in (a conflict still open, a version drafted meanwhile).
  if (!result.ok)
    return answer(refusalErrors(result), result.error === "versions:errors.unknownConsultation" ? 404 : 409);
  return redirect(`/admin/consultations/${slug}/versions?saved=${data.intent}`);
}

export default function Versions() {
  const page = useLoaderData<typeof loader>();
  const answer: VersionsAnswer | undefined = useActionData<typeof action>();
  const { t } = useTranslation("versions");
  const language = useLanguage();
  const { consultation, drafting, current } = page;
  const base = `/admin/consultations/${consultation.slug}`;
  const formError = inVersions(answer?.errors.form ?? answer?.errors.pair);
  const currentName = current ? versionName(current.label) : "";
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={base}>{inLanguage({ en: consultation.titleEn, id: consultation.titleId }, language)}</Link>
      </p>
      <h1>{t("page.title")}</h1>
      {formError ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <p>{t(formError)}</p>
        </div>
      ) : page.saved && !answer ? (
        <p className="notice" role="status">
          {t(`saved.${page.saved}`)}
        </p>
      ) : null}
      <VersionList page={page} />

      {drafting ? (
        <>
          <section aria-labelledby="drafting-heading" className="stack">
            <h2 id="drafting-heading">{t("drafting.title", { name: versionName(drafting.version.label) })}</h2>
            <p>
              <Link to={`${base}/sections?version=${encodeURIComponent(drafting.version.label)}`}>
                {t("drafting.editSections", { name: versionName(drafting.version.label) })}
              </Link>
            </p>
            <h3>{t("outcomes.title")}</h3>
            <OutcomeList
              drafting={drafting}
              sectionsLink={`${base}/sections?version=${encodeURIComponent(drafting.version.label)}`}
              answer={answer}
            />
          </section>
          <section aria-labelledby="mapping-heading" className="stack">
            <h2 id="mapping-heading">{t("mapping.title")}</h2>
            {drafting.problems.length > 0 ? (
              <ul className="error-summary">
                {drafting.problems.map((problem) => (
                  <li key={`${problem.key}-${problem.values.number}`}>{t(problem.key, problem.values)}</li>
                ))}
              </ul>
            ) : null}
            <MappingForm drafting={drafting} />
          </section>
          <section aria-labelledby="changelog-heading" className="stack">
            <h2 id="changelog-heading">{t("changelog.title")}</h2>
            <ChangelogForm drafting={drafting} answer={answer} />
          </section>
          <section aria-labelledby="freeze-heading" className="stack">
            <h2 id="freeze-heading">{t("freeze.title", { name: currentName })}</h2>
            <p>{t(consultation.inputFrozen ? "freeze.frozen" : "freeze.open", { name: currentName })}</p>
            <Form method="post">
              <input type="hidden" name="intent" value="freeze" />
              <input type="hidden" name="frozen" value={consultation.inputFrozen ? "false" : "true"} />
              <button type="submit" className="button button--secondary">
                {t(consultation.inputFrozen ? "freeze.unfreeze" : "freeze.freeze", { name: currentName })}
              </button>
            </Form>
          </section>
          <section aria-labelledby="publish-heading" className="stack">
            <h2 id="publish-heading">{t("publish.title", { name: versionName(drafting.version.label) })}</h2>
            <p>{t("publish.explain", { name: versionName(drafting.version.label), previous: currentName })}</p>
            <Form method="post">
              <input type="hidden" name="intent" value="publish" />
              <button type="submit" className="button">
                {t("publish.button", { name: versionName(drafting.version.label) })}
              </button>
            </Form>
          </section>
        </>
      ) : consultation.phase === "draft" ? (
        <p className="notice">{t("drafting.stillDraft")}</p>
      ) : (
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="draft" />
          <p>{t("drafting.explain", { name: currentName })}</p>
          <p>
            <button type="submit" className="button">
              {t("drafting.start")}
            </button>
          </p>
        </Form>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <ErrorPage explain={{ notFound: "versions:errors.unknownConsultation", forbidden: "versions:errors.forbidden" }} />
  );
}
