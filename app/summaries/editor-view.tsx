import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextAreaField } from "~/forms/fields";
import { formatDateTime, formatNumber, formatPercent } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import { WordDiff } from "~/submissions/word-diff-view";
import type { DraftChoices } from "./draft";
import type { Comparison } from "./editor.server";
import { useValueLabel } from "./figures-view";
import { SUMMARY_MAX_CHARACTERS } from "./schema";
import type { CitationProblem, Coverage } from "./coverage.server";
import type { SummaryVersion } from "./versions.server";

type Written = "en" | "id";
/** A version as the page receives it: its date as text once it has crossed the wire. */
type ShownVersion = Omit<SummaryVersion, "createdAt"> & { createdAt: string | Date };
type Text = { bodyEn: string; bodyId: string; enNotTranslated: boolean; idNotTranslated: boolean };

/** The two texts side by side, each with its "not translated" mark and the citations refused in it. */
export function SummaryFields({
  text,
  citations,
  missing,
  tooLong,
}: {
  text: Text;
  citations: Record<Written, CitationProblem[]> | null;
  missing: Written | null;
  tooLong: Record<string, string> | null;
}) {
  const { t } = useTranslation("summaries");
  return (
    <fieldset className="summary-columns">
      <legend>{t("editor.text")}</legend>
      {(["en", "id"] as const).map((written) => {
        const name = written === "en" ? "bodyEn" : "bodyId";
        const problems = citations?.[written] ?? [];
        const error =
          problems.length > 0
            ? "summaries:citations.refused"
            : missing === written
              ? "summaries:summaries.missingLanguage"
              : tooLong?.[name]
                ? `summaries:${tooLong[name]}`
                : undefined;
        return (
          <div key={written} className="summary-column">
            <TextAreaField
              name={name}
              label={t(written === "en" ? "editor.bodyEn" : "editor.bodyId")}
              hint={t("editor.markdownHint")}
              error={error}
              lang={written}
              rows={18}
              maxLength={SUMMARY_MAX_CHARACTERS}
              defaultValue={text[name]}
              after={
                problems.length > 0 ? (
                  <ul className="field-error citation-problems" id={`citation-problems-${written}`}>
                    {problems.map((problem) => (
                      <li key={problem.reference}>
                        {t(`citations.${problem.problem}`, { reference: problem.reference })}
                      </li>
                    ))}
                  </ul>
                ) : null
              }
            />
            <div className="checkbox">
              <input
                type="checkbox"
                id={`field-${written}NotTranslated`}
                name={`${written}NotTranslated`}
                defaultChecked={written === "en" ? text.enNotTranslated : text.idNotTranslated}
              />
              <label htmlFor={`field-${written}NotTranslated`}>{t(`editor.notTranslated_${written}`)}</label>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

export function CoveragePanel({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation("summaries");
  const language = useLanguage();
  const label = useValueLabel();
  return (
    <section aria-labelledby="coverage-heading" className="summary-panel">
      <h2 id="coverage-heading">{t("coverage.heading")}</h2>
      <p>
        {t("coverage.share", {
          percent: formatPercent(coverage.share, language),
          total: formatNumber(coverage.total, language),
        })}
      </p>
      {coverage.uncitedStances.length > 0 ? (
        <p>
          {t("coverage.uncitedStances", {
            list: coverage.uncitedStances.map((stance) => label("byStance", stance)).join(", "),
          })}
        </p>
      ) : null}
      {coverage.uncitedOrganisationTypes.length > 0 ? (
        <p>
          {t("coverage.uncitedTypes", {
            list: coverage.uncitedOrganisationTypes.map((type) => label("byOrganisationType", type)).join(", "),
          })}
        </p>
      ) : null}
      {coverage.total > 0 && coverage.uncitedStances.length === 0 && coverage.uncitedOrganisationTypes.length === 0 ? (
        <p>{t("coverage.allHeard")}</p>
      ) : null}
      <p className="muted">{t("coverage.ofSaved")}</p>
    </section>
  );
}

/** What the draft builder found: the key phrases and the excerpts it chose, each with its reference. */
export function DraftPanel({ choices }: { choices: DraftChoices }) {
  const { t } = useTranslation("summaries");
  const language = useLanguage();
  const label = useValueLabel();
  return (
    <section aria-labelledby="draft-heading" className="summary-panel">
      <h2 id="draft-heading">{t("draft.heading")}</h2>
      <h3>{t("draft.keyPhrases")}</h3>
      <dl className="key-phrases">
        {(["en", "id"] as const).map((written) => (
          <div key={written}>
            <dt>{t(`draft.keyPhrasesIn_${written}`)}</dt>
            <dd lang={written}>
              {choices.keyPhrases[written].length > 0 ? choices.keyPhrases[written].join(", ") : t("draft.none")}
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t("draft.excerptsHeading")}</h3>
      <ol className="excerpts">
        {choices.excerpts.map((excerpt) => (
          <li key={excerpt.reference}>
            <blockquote lang={excerpt.language === "other" ? undefined : excerpt.language} className="user-text">
              {excerpt.text}
            </blockquote>
            <p className="muted">
              [{excerpt.reference}] · {label("byStance", excerpt.stance)} ·{" "}
              {label("byOrganisationType", excerpt.organisationType)}
              {excerpt.groupSize > 1
                ? ` · ${t("draft.speaksFor", { count: excerpt.groupSize, formatted: formatNumber(excerpt.groupSize, language) })}`
                : null}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function VersionsPanel({
  versions,
  publishedNumber,
  comparison,
  timeZone,
  section,
}: {
  versions: ShownVersion[];
  publishedNumber: number | null;
  comparison: Comparison | null;
  timeZone: string;
  section: string | null;
}) {
  const { t } = useTranslation("summaries");
  const language = useLanguage();
  return (
    <section aria-labelledby="versions-heading" className="summary-panel">
      <h2 id="versions-heading">{t("versions.heading")}</h2>
      {versions.length === 0 ? <p className="muted">{t("versions.none")}</p> : null}
      <ol className="versions" reversed>
        {versions.map((version) => (
          <li key={version.number}>
            {t("versions.entry", {
              number: version.number,
              name: version.authorName,
              date: formatDateTime(version.createdAt, language, timeZone),
            })}
            {version.number === publishedNumber ? <span className="badge">{t("versions.publishedMark")}</span> : null}
          </li>
        ))}
      </ol>
      {versions.length > 1 ? (
        <Form method="get" className="compare-form">
          {section ? <input type="hidden" name="section" value={section} /> : null}
          <fieldset>
            <legend>{t("versions.compare")}</legend>
            {(["from", "to"] as const).map((end) => (
              <div key={end} className="field field--inline">
                <label htmlFor={`compare-${end}`}>{t(`versions.${end}`)}</label>
                <select
                  id={`compare-${end}`}
                  name={end}
                  defaultValue={String(
                    (end === "from" ? comparison?.from : comparison?.to) ??
                      (end === "from" ? (versions[1]?.number ?? 1) : (versions[0]?.number ?? 1)),
                  )}
                >
                  {versions.map((version) => (
                    <option key={version.number} value={version.number}>
                      {version.number}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className="button button--secondary">
              {t("versions.show")}
            </button>
          </fieldset>
        </Form>
      ) : null}
      {comparison ? (
        <section aria-labelledby="comparison-heading">
          <h3 id="comparison-heading">{t("versions.comparison", { from: comparison.from, to: comparison.to })}</h3>
          <div className="summary-columns">
            <div lang="en">
              <WordDiff segments={comparison.en} />
            </div>
            <div lang="id">
              <WordDiff segments={comparison.id} />
            </div>
          </div>
        </section>
      ) : null}
    </section>
  );
}
