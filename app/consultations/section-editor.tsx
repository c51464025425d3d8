import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SanitizedHtml } from "~/components/sanitized-html";
import { ErrorSummary, TextAreaField, TextField } from "~/forms/fields";
import { sectionFields } from "./section-form";

type ListedSection = { id: string; number: string; headingEn: string | null; headingId: string | null; input: number };
type EditedSection = ListedSection & { bodyEn: string | null; bodyId: string | null };

/** The version's sections with their buttons: edit, move up or down, remove. Each works without JavaScript. */
export function SectionList({
  sections,
  editable,
  versionQuery,
}: {
  sections: ListedSection[];
  editable: boolean;
  versionQuery: Record<string, string>;
}) {
  const { t } = useTranslation("imports");
  if (sections.length === 0) return <p>{t("sections.none")}</p>;
  return (
    <ol className="section-list">
      {sections.map((section, index) => (
        <li key={section.id} className="section-list__item">
          <p className="section-list__heading">
            <strong>{section.number}</strong>{" "}
            {section.headingEn ?? <span className="muted">{t("sections.noHeadingEn")}</span>}
            <br />
            <span lang="id">{section.headingId ?? <span className="muted">{t("sections.noHeadingId")}</span>}</span>
          </p>
          {section.input > 0 ? <p className="muted">{t("sections.input", { count: section.input })}</p> : null}
          {editable ? (
            <Form method="post" className="button-row">
              <input type="hidden" name="sectionId" value={section.id} />
              <Link to={`?${new URLSearchParams({ ...versionQuery, edit: section.id })}`}>
                {t("sections.edit", { number: section.number })}
              </Link>
              <button
                type="submit"
                name="intent"
                value="up"
                className="button button--secondary"
                disabled={index === 0}
              >
                {t("sections.up")}
                <span className="visually-hidden"> {section.number}</span>
              </button>
              <button
                type="submit"
                name="intent"
                value="down"
                className="button button--secondary"
                disabled={index === sections.length - 1}
              >
                {t("sections.down")}
                <span className="visually-hidden"> {section.number}</span>
              </button>
              <button type="submit" name="intent" value="remove" className="button button--warning">
                {t("sections.remove")}
                <span className="visually-hidden"> {section.number}</span>
              </button>
            </Form>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** One section's form: number, both headings and both bodies, with a preview rendered by the server. */
export function SectionEditor({
  section,
  errors,
  values,
  preview,
  cancel,
}: {
  section: EditedSection | null;
  errors: Record<string, string>;
  values: Record<string, string> | null;
  preview: { en: string; id: string } | null;
  cancel: string;
}) {
  const { t } = useTranslation("imports");
  const value = (name: (typeof sectionFields)[number]) => values?.[name] ?? section?.[name] ?? "";
  return (
    <section aria-labelledby="section-editor-title" className="section-editor">
      <h2 id="section-editor-title">
        {section ? t("sections.editing", { number: section.number }) : t("sections.adding")}
      </h2>
      <ErrorSummary errors={errors} order={[...sectionFields]} show={Object.keys(errors).length > 0} />
      <Form method="post" className="stack">
        {section ? <input type="hidden" name="sectionId" value={section.id} /> : null}
        <TextField
          name="number"
          label={t("sections.number")}
          hint={t("sections.numberHint")}
          error={errors.number}
          defaultValue={value("number")}
          inputMode="decimal"
        />
        <div className="parallel">
          {(["En", "Id"] as const).map((suffix) => (
            <div key={suffix} className="parallel__column is-shown">
              <TextField
                name={`heading${suffix}`}
                label={t(`sections.heading${suffix}`)}
                error={errors[`heading${suffix}`]}
                defaultValue={value(`heading${suffix}`)}
                lang={suffix.toLowerCase()}
              />
              <TextAreaField
                name={`body${suffix}`}
                label={t(`sections.body${suffix}`)}
                hint={t("sections.bodyHint")}
                error={errors[`body${suffix}`]}
                defaultValue={value(`body${suffix}`)}
                rows={12}
                lang={suffix.toLowerCase()}
              />
            </div>
          ))}
        </div>
        <div className="button-row">
          <button type="submit" name="intent" value="save" className="button">
            {t("sections.save")}
          </button>
          <button type="submit" name="intent" value="preview" className="button button--secondary">
            {t("sections.preview")}
          </button>
          <Link to={cancel}>{t("sections.cancel")}</Link>
        </div>
      </Form>
      {preview ? (
        <section className="parallel" aria-label={t("sections.previewTitle")}>
          <div className="parallel__column is-shown" lang="en">
            <SanitizedHtml html={preview.en} />
          </div>
          <div className="parallel__column is-shown" lang="id">
            <SanitizedHtml html={preview.id} />
          </div>
        </section>
      ) : null}
    </section>
  );
}
