import { type ActionFunctionArgs, json, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import {
  amendmentFilterOf,
  amendmentFilterQuery,
  amendmentStates,
  amendmentsPageSchema,
} from "~/consultations/amendments";
import { AmendmentCard, inNamespace, SwitchForm } from "~/consultations/amendments-view";
import {
  consultationForAmendments,
  decideAmendment,
  listAmendments,
  setAmendmentsOpen,
} from "~/consultations/amendments.server";
import { parseForm } from "~/forms/parse.server";
import { inLanguage } from "~/i18n/config";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { invariantResponse } from "~/responses";
import { replacedText, wordDiff } from "~/submissions/word-diff";
import { WordDiff } from "~/submissions/word-diff-view";

export const meta = titleMeta("amendments:page.title");

async function secretariatAccess(request: Request, slug: string | undefined) {
  const admin = await requireRole(request, "admin");
  const found = await consultationForAmendments(slug ?? "");
  invariantResponse(found, 404);
  return { admin, found };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { found } = await secretariatAccess(request, params.slug);
  const filter = amendmentFilterOf(new URL(request.url).searchParams);
  const amendments = await listAmendments(found.consultation.id, filter);
  return json({
    ...found,
    filter,
    // Consultations sit below submissions in the layers: the word diff is worked out here (decision 032).
    amendments: amendments.map(({ sectionBodyEn, sectionBodyId, ...amendment }) => ({
      ...amendment,
      diff: wordDiff(
        replacedText(amendment.quotedPassage, { en: sectionBodyEn, id: sectionBodyId }, amendment.language),
        amendment.proposedText,
      ),
    })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, found } = await secretariatAccess(request, params.slug);
  const form = await parseForm(request, amendmentsPageSchema, { fallbackError: "errors.unknown" });
  const reference = form.values.reference ?? null;
  if (!form.ok) return json({ reference, errors: form.errors, values: form.values }, { status: 400 });
  const { data } = form;
  const result =
    data.intent === "decide"
      ? await decideAmendment(admin, found.consultation.id, data)
      : await setAmendmentsOpen(admin, found.consultation.id, data);
  if (!result.ok) {
    const status = result.error === "amendments:errors.alreadyDecided" ? 409 : 400;
    const errors: Record<string, string> = { form: result.error };
    return json({ reference, errors, values: form.values }, { status });
  }
  const none: Record<string, string> = {};
  return json({ reference, errors: none, values: none });
}

export default function Amendments() {
  const { consultation, sections, filter, amendments } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("amendments");
  const language = useLanguage();
  const title = inLanguage({ en: consultation.titleEn, id: consultation.titleId }, language);
  const here = `/admin/consultations/${consultation.slug}/amendments${amendmentFilterQuery(filter)}`;
  // A refusal shows at the top: an amendment answered meanwhile has left the list it was on.
  const pageError = inNamespace(answer?.errors.form);
  return (
    <div className="page review">
      <p className="breadcrumb">{title}</p>
      <h1>{t("page.title")}</h1>
      {pageError ? (
        <div className="error-summary" role="alert">
          <p>
            {answer?.reference ? `${answer.reference}: ` : ""}
            {t(pageError)}
          </p>
        </div>
      ) : answer?.errors.reason ? (
        <div className="error-summary" role="alert">
          <p>
            <a href={`#reason-${answer.reference}`}>{t(inNamespace(answer.errors.reason) ?? "")}</a>
          </p>
        </div>
      ) : null}

      <section aria-labelledby="switches-heading" className="stack">
        <h2 id="switches-heading">{t("switches.title")}</h2>
        <p>{t("switches.explain")}</p>
        <SwitchForm
          action={here}
          section=""
          open={consultation.amendmentsOpen}
          label={t("switches.wholeConsultation")}
        />
        <details className="filters-panel">
          <summary>{t("switches.perSection")}</summary>
          <ul className="input-list">
            {sections.map((section) => (
              <li key={section.number}>
                <SwitchForm
                  action={here}
                  section={section.number}
                  open={section.amendmentsOpen}
                  label={`${section.number} ${inLanguage({ en: section.headingEn, id: section.headingId }, language) ?? ""}`}
                />
              </li>
            ))}
          </ul>
        </details>
      </section>

      <section aria-labelledby="list-heading" className="stack">
        <h2 id="list-heading">{t("list.title")}</h2>
        <Form method="get" className="filters" action={`/admin/consultations/${consultation.slug}/amendments`}>
          <div className="filter">
            <label htmlFor="filter-state">{t("filter.state")}</label>
            <select id="filter-state" name="state" defaultValue={filter.state}>
              {amendmentStates.map((state) => (
                <option key={state} value={state}>
                  {t(`states.${state}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="filter">
            <label htmlFor="filter-section">{t("filter.section")}</label>
            <select id="filter-section" name="section" defaultValue={filter.section ?? ""}>
              <option value="">{t("filter.allSections")}</option>
              {sections.map((section) => (
                <option key={section.number} value={section.number}>
                  {section.number}
                </option>
              ))}
            </select>
          </div>
          <div className="filter filter--actions">
            <button type="submit" className="button button--secondary">
              {t("filter.show")}
            </button>
          </div>
        </Form>
        <p role="status">
          {t("list.count", {
            count: amendments.length,
            state: t(`states.${filter.state}`),
            section: filter.section ?? t("filter.allSections"),
          })}
        </p>
        {answer?.reference && Object.keys(answer.errors).length === 0 ? (
          <p className="notice" role="status">
            {t("list.answered", { reference: answer.reference })}
          </p>
        ) : null}
        <ul className="input-list">
          {amendments.map((amendment) => (
            <AmendmentCard
              key={amendment.reference}
              amendment={amendment}
              diff={<WordDiff segments={amendment.diff} />}
              action={here}
              answer={answer?.reference === amendment.reference ? answer : undefined}
              timeZone={consultation.timeZone}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <ErrorPage
      explain={{ notFound: "amendments:errors.unknownConsultation", forbidden: "amendments:errors.forbidden" }}
    />
  );
}
