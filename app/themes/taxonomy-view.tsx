import type { SerializeFrom } from "@remix-run/node";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, fieldId, SelectField, TextAreaField, TextField } from "~/forms/fields";
import { formatNumber } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import { themeLabel, themeLabels } from "./labels";
import { themeFields } from "./taxonomy";
import type { TaxonomyTheme } from "./taxonomy.server";

// The parts of the secretariat's theme taxonomy page (app/routes/admin.consultations.$slug_.themes.tsx).
// Every button is a plain form: the page works without JavaScript.

type Theme = SerializeFrom<TaxonomyTheme>;
type Errors = Record<string, string>;
type Values = Record<string, string> | null;

function ThemeStatus({ theme, labelOf }: { theme: Theme; labelOf: (key: string) => string }) {
  const { t } = useTranslation("taxonomy");
  if (theme.mergedInto)
    return <span className="badge badge--draft">{t("list.mergedInto", { theme: labelOf(theme.mergedInto) })}</span>;
  if (theme.retiredAt) return <span className="badge badge--draft">{t("list.retired")}</span>;
  return null;
}

/** The themes in order, each with its texts, what it holds and its buttons: edit, move, retire or bring back. */
export function ThemeList({ themes }: { themes: Theme[] }) {
  const { t } = useTranslation("taxonomy");
  const language = useLanguage();
  const labelOf = themeLabels(themes, language);
  if (themes.length === 0) return <p>{t("list.none")}</p>;
  return (
    <ol className="section-list">
      {themes.map((theme, index) => {
        const name = themeLabel(theme, language);
        return (
          <li key={theme.id} className="section-list__item card">
            <p className="section-list__heading">
              <strong lang="en">{theme.labelEn}</strong> <ThemeStatus theme={theme} labelOf={labelOf} />
              <br />
              <span lang="id">{theme.labelId}</span>
              <br />
              <code className="muted">{theme.key}</code>
            </p>
            <p className="muted">
              {t("list.holds", {
                count: theme.tagged,
                input: formatNumber(theme.tagged, language),
                summaries: formatNumber(theme.summaries, language),
              })}
            </p>
            <KeywordLine label={t("list.keywordsEn")} keywords={theme.keywordsEn} lang="en" />
            <KeywordLine label={t("list.keywordsId")} keywords={theme.keywordsId} lang="id" />
            <Form method="post" className="button-row">
              <input type="hidden" name="themeId" value={theme.id} />
              <Link to={`?${new URLSearchParams({ edit: theme.id })}`}>
                {t("list.edit")}
                <span className="visually-hidden"> {name}</span>
              </Link>
              <ThemeButton intent="up" theme={name} disabled={index === 0} />
              <ThemeButton intent="down" theme={name} disabled={index === themes.length - 1} />
              {theme.retiredAt === null ? (
                <ThemeButton intent="retire" theme={name} warning />
              ) : theme.mergedInto === null ? (
                <ThemeButton intent="restore" theme={name} />
              ) : null}
            </Form>
          </li>
        );
      })}
    </ol>
  );
}

/** One of a theme's buttons: its intent's words, and the theme's name for screen readers. */
function ThemeButton(props: {
  intent: "up" | "down" | "retire" | "restore";
  theme: string;
  disabled?: boolean;
  warning?: boolean;
}) {
  const { t } = useTranslation("taxonomy");
  return (
    <button
      type="submit"
      name="intent"
      value={props.intent}
      className={`button ${props.warning ? "button--warning" : "button--secondary"}`}
      disabled={props.disabled}
    >
      {t(`list.${props.intent}`)}
      <span className="visually-hidden"> {props.theme}</span>
    </button>
  );
}

function KeywordLine({ label, keywords, lang }: { label: string; keywords: string[]; lang: "en" | "id" }) {
  const { t } = useTranslation("taxonomy");
  return (
    <p>
      <span className="muted">{label}: </span>
      {keywords.length > 0 ? <span lang={lang}>{keywords.join(", ")}</span> : t("list.noKeywords")}
    </p>
  );
}

/** One theme's form: a new theme (with its key) or an existing one's labels, descriptions and keywords. */
export function ThemeEditor({
  theme,
  errors,
  values,
  cancel,
}: {
  theme: Theme | null;
  errors: Errors;
  values: Values;
  cancel: string;
}) {
  const { t } = useTranslation("taxonomy");
  const kept = (name: (typeof themeFields)[number]) => {
    if (values?.[name] !== undefined) return values[name];
    if (!theme || name === "key") return "";
    const value = theme[name];
    return Array.isArray(value) ? value.join("\n") : value;
  };
  const column = (suffix: "En" | "Id") => {
    const lang = suffix === "En" ? "en" : "id";
    return (
      <div className="parallel__column is-shown">
        <TextField
          name={`label${suffix}`}
          label={t(`editor.label${suffix}`)}
          error={errors[`label${suffix}`]}
          defaultValue={kept(`label${suffix}`)}
          lang={lang}
        />
        <TextAreaField
          name={`description${suffix}`}
          label={t(`editor.description${suffix}`)}
          error={errors[`description${suffix}`]}
          defaultValue={kept(`description${suffix}`)}
          rows={4}
          lang={lang}
        />
        <TextAreaField
          name={`keywords${suffix}`}
          label={t(`editor.keywords${suffix}`)}
          hint={t("editor.keywordsHint")}
          error={errors[`keywords${suffix}`]}
          defaultValue={kept(`keywords${suffix}`)}
          rows={5}
          lang={lang}
        />
      </div>
    );
  };
  return (
    <section aria-labelledby="theme-editor-title" className="section-editor card stack">
      <h2 id="theme-editor-title">{theme ? t("editor.editing", { theme: theme.labelEn }) : t("editor.adding")}</h2>
      <ErrorSummary errors={errors} order={[...themeFields]} show={Object.keys(errors).length > 0} />
      <Form method="post" className="stack" noValidate>
        {theme ? <input type="hidden" name="themeId" value={theme.id} /> : null}
        {theme ? null : (
          <TextField
            name="key"
            label={t("editor.key")}
            hint={t("editor.keyHint")}
            error={errors.key}
            defaultValue={kept("key")}
            autoCapitalize="none"
          />
        )}
        <div className="parallel">
          {column("En")}
          {column("Id")}
        </div>
        <p className="muted">{t("editor.retrainNote")}</p>
        <div className="button-row">
          <button type="submit" name="intent" value={theme ? "edit" : "create"} className="button">
            {theme ? t("editor.save") : t("editor.create")}
          </button>
          <Link to={cancel}>{t("editor.cancel")}</Link>
        </div>
      </Form>
    </section>
  );
}

/** Merging one theme into another: both chosen from this consultation's, and a tick that it cannot be undone. */
export function MergeForm({ themes, errors, values }: { themes: Theme[]; errors: Errors; values: Values }) {
  const { t } = useTranslation("taxonomy");
  const { t: tc } = useTranslation("common");
  const language = useLanguage();
  const mergeable = themes.filter((theme) => theme.mergedInto === null);
  const survivors = themes.filter((theme) => theme.retiredAt === null);
  const options = (list: Theme[]) =>
    list.map((theme) => (
      <option key={theme.id} value={theme.id}>
        {themeLabel(theme, language)} ({formatNumber(theme.tagged, language)})
      </option>
    ));
  return (
    <section aria-labelledby="merge-heading" className="card stack">
      <h2 id="merge-heading">{t("merge.title")}</h2>
      <p>{t("merge.explain")}</p>
      <ErrorSummary
        errors={errors}
        order={["themeId", "intoThemeId", "confirm"]}
        show={Object.keys(errors).length > 0}
      />
      <Form method="post" className="stack" noValidate>
        <SelectField name="themeId" label={t("merge.from")} error={errors.themeId} defaultValue={values?.themeId ?? ""}>
          <option value="">{tc("form.choose")}</option>
          {options(mergeable)}
        </SelectField>
        <SelectField
          name="intoThemeId"
          label={t("merge.into")}
          error={errors.intoThemeId}
          defaultValue={values?.intoThemeId ?? ""}
        >
          <option value="">{tc("form.choose")}</option>
          {options(survivors)}
        </SelectField>
        <div className={`checkbox field${errors.confirm ? " field--error" : ""}`}>
          <input type="checkbox" id={fieldId("confirm")} name="confirm" value="yes" defaultChecked={false} />
          <label htmlFor={fieldId("confirm")}>{t("merge.confirm")}</label>
          {errors.confirm ? <p className="field-error">{t(errors.confirm)}</p> : null}
        </div>
        <div className="button-row">
          <button type="submit" name="intent" value="merge" className="button button--warning">
            {t("merge.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
