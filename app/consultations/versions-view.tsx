import type { SerializeFrom } from "@remix-run/node";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextAreaField } from "~/forms/fields";
import { inLanguage } from "~/i18n/config";
import { formatDate } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import { REMOVED } from "./section-mapping";
import { SectionTitle } from "./section-title";
import { CHANGELOG_MAX_LENGTH, NOTE_MAX_LENGTH, pairValue } from "./version-forms";
import type { DraftingView, VersionsPage } from "./version-reads.server";
import { versionName } from "./versions";

// The parts of the secretariat's versions page (app/routes/admin.consultations.$slug_.versions.tsx).

type Drafting = SerializeFrom<DraftingView>;
/** What the page's action answered: the form it was about, errors by field, what was typed. */
export type VersionsAnswer = {
  intent: string | null;
  reference: string | null;
  errors: Record<string, string>;
  values: Record<string, string>;
};

// Errors of the schema are keys of this page's namespace; the domain's refusals name theirs.
export const inVersions = (key: string | undefined) => (key && !key.includes(":") ? `versions:${key}` : key);

/** Every version, with when it was published and which one readers see. */
export function VersionList({ page }: { page: SerializeFrom<VersionsPage> }) {
  const { t } = useTranslation("versions");
  const language = useLanguage();
  return (
    <ul className="input-list">
      {page.versions.map((version) => (
        <li key={version.id}>
          <strong>{t("name", { name: versionName(version.label) })}</strong>
          {" · "}
          {version.status === "drafting"
            ? t("status.drafting")
            : version.publishedAt
              ? t("status.publishedOn", { date: formatDate(version.publishedAt, language, page.consultation.timeZone) })
              : t("status.published")}
          {version.isCurrent ? ` · ${t("status.current")}` : null}
        </li>
      ))}
    </ul>
  );
}

/** Each accepted amendment's fate: applied, or a conflict to settle by editing the text and noting it. */
export function OutcomeList({
  drafting,
  sectionsLink,
  answer,
}: {
  drafting: Drafting;
  sectionsLink: string;
  answer: VersionsAnswer | undefined;
}) {
  const { t } = useTranslation("versions");
  if (drafting.outcomes.length === 0) return <p>{t("outcomes.none")}</p>;
  const copyOf = new Map(drafting.to.map((section) => [section.number, section.id]));
  return (
    <ul className="input-list">
      {drafting.outcomes.map((outcome) => {
        const id = `outcome-${outcome.reference}`;
        const mine = answer?.intent === "resolve" && answer.reference === outcome.reference ? answer : undefined;
        const copy = copyOf.get(outcome.sectionNumber);
        return (
          <li key={outcome.reference} className="input-card" aria-labelledby={id}>
            <h4 id={id} className="input-card__meta">
              <span className="reference">{outcome.reference}</span>
              <span>{t("outcomes.section", { number: outcome.sectionNumber })}</span>
              <span className={outcome.outcome === "conflict" ? "badge badge--warning" : "badge"}>
                {t(`outcomes.${outcome.outcome}`)}
              </span>
            </h4>
            {outcome.conflict ? <p>{t(`conflicts.${outcome.conflict}`)}</p> : null}
            {outcome.quotedPassage ? (
              <p>
                {t("outcomes.passage")} <span className="user-text">{outcome.quotedPassage}</span>
              </p>
            ) : null}
            <p>
              {t("outcomes.proposed")} <span className="user-text">{outcome.proposedText}</span>
            </p>
            {outcome.note ? (
              <p className="notice">
                {t("outcomes.note")} <span className="user-text">{outcome.note}</span>
              </p>
            ) : null}
            {outcome.outcome === "conflict" ? (
              <Form method="post" className="stack">
                <input type="hidden" name="intent" value="resolve" />
                <input type="hidden" name="reference" value={outcome.reference} />
                {copy ? (
                  <p>
                    <Link to={`${sectionsLink}&edit=${copy}`}>
                      {t("outcomes.editSection", { number: outcome.sectionNumber })}
                    </Link>
                  </p>
                ) : null}
                <NoteField reference={outcome.reference} kept={mine?.values.note ?? ""} error={mine?.errors.note} />
                <p>
                  <button type="submit" className="button button--secondary">
                    {t("outcomes.resolve")}
                  </button>
                </p>
              </Form>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function NoteField({ reference, kept, error }: { reference: string; kept: string; error: string | undefined }) {
  const { t } = useTranslation("versions");
  const { t: tc } = useTranslation("common");
  const fieldId = `note-${reference}`;
  const shown = inVersions(error);
  return (
    <div className={`field${shown ? " field--error" : ""}`}>
      <label htmlFor={fieldId}>{t("outcomes.noteLabel")}</label>
      <div className="field-hint" id={`${fieldId}-hint`}>
        {t("outcomes.noteHint")}
      </div>
      {shown ? (
        <p className="field-error" id={`${fieldId}-error`}>
          <span className="visually-hidden">{tc("form.errorPrefix")} </span>
          {t(shown)}
        </p>
      ) : null}
      <textarea
        id={fieldId}
        name="note"
        rows={2}
        maxLength={NOTE_MAX_LENGTH}
        defaultValue={kept}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${fieldId}-hint ${fieldId}-error` : `${fieldId}-hint`}
      />
    </div>
  );
}

/** Per previous section, the next sections it went to (several: a split), or removed. Works without JavaScript. */
export function MappingForm({ drafting }: { drafting: Drafting }) {
  const { t } = useTranslation("versions");
  const language = useLanguage();
  const from = versionName(drafting.base.label);
  const to = versionName(drafting.version.label);
  const heading = (section: Drafting["to"][number]) =>
    `${section.number} ${inLanguage({ en: section.headingEn, id: section.headingId }, language) ?? ""}`;
  return (
    <Form method="post" className="stack">
      <input type="hidden" name="intent" value="mapping" />
      <p className="muted">{t("mapping.hint", { from, to })}</p>
      {drafting.from.map((section) => {
        const chosen = drafting.pairs
          .filter((pair) => pair.fromSectionId === section.id)
          .map((pair) => pairValue(section.id, pair.toSectionId ?? REMOVED));
        const id = `map-${section.id}`;
        return (
          <div key={section.id} className="field">
            <label htmlFor={id}>
              <SectionTitle number={section.number} heading={{ en: section.headingEn, id: section.headingId }} />{" "}
              <span className="muted">({t("name", { name: from })})</span>
            </label>
            <select id={id} name="pair" multiple size={Math.min(drafting.to.length + 1, 5)} defaultValue={chosen}>
              {drafting.to.map((next) => (
                <option key={next.id} value={pairValue(section.id, next.id)}>
                  {heading(next)}
                </option>
              ))}
              <option value={pairValue(section.id, REMOVED)}>{t("mapping.removed", { to })}</option>
            </select>
          </div>
        );
      })}
      <p>
        <button type="submit" className="button button--secondary">
          {t("mapping.save")}
        </button>
      </p>
    </Form>
  );
}

/** The changelog readers see with the version, in both languages. */
export function ChangelogForm({ drafting, answer }: { drafting: Drafting; answer: VersionsAnswer | undefined }) {
  const { t } = useTranslation("versions");
  const mine = answer?.intent === "changelog" ? answer : undefined;
  const field = (name: "changelogEn" | "changelogId", lang: "en" | "id") => (
    <TextAreaField
      name={name}
      label={t(`changelog.${name}`)}
      lang={lang}
      rows={4}
      maxLength={CHANGELOG_MAX_LENGTH}
      defaultValue={mine?.values[name] ?? drafting.version[name] ?? ""}
      error={inVersions(mine?.errors[name])}
    />
  );
  return (
    <Form method="post" className="stack">
      <input type="hidden" name="intent" value="changelog" />
      {field("changelogEn", "en")}
      {field("changelogId", "id")}
      <p>
        <button type="submit" className="button button--secondary">
          {t("changelog.save")}
        </button>
      </p>
    </Form>
  );
}
