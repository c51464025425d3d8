import { Form } from "@remix-run/react";
import type { ReactNode, RefObject } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatNumber, formatPercent } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import { themeLabel, themeLabels } from "~/themes/labels";
import { IntentButton } from "../controls";
import type { SubmissionView } from "../submission-read.server";

type Action = { intent: string; label: string };

/** One theme with its buttons: each button's form sends the theme's key with its intent. */
function ThemeRow(props: { name: string; theme: string; about: ReactNode; actions: Action[]; disabled: boolean }) {
  const buttons = props.actions.map(({ intent, label }) => (
    <IntentButton key={intent} intent={intent} className="link-button" disabled={props.disabled}>
      {label}
    </IntentButton>
  ));
  return (
    <Form method="post" className="tag-row">
      <span>
        {props.name}
        <span className="muted"> · {props.about}</span>
      </span>
      <input type="hidden" name="theme" value={props.theme} />
      {buttons.length > 1 ? <span className="button-row">{buttons}</span> : buttons}
    </Form>
  );
}

/**
 * The submission's themes, each removable; the themes suggested for it, to accept or dismiss; and
 * the consultation's other themes, to add.
 */
export function ThemesPanel({
  view,
  disabled,
  select,
  timeZone,
}: {
  view: Pick<SubmissionView, "themes" | "suggestions" | "withheld" | "model"> & {
    tags: SubmissionView["detail"]["tags"];
  };
  disabled: boolean;
  select: RefObject<HTMLSelectElement>;
  timeZone: string;
}) {
  const { t } = useTranslation("review");
  const { t: tc } = useTranslation("common");
  const language = useLanguage();
  const themeName = themeLabels(view.themes, language);
  const { tags, suggestions } = view;
  return (
    <section aria-labelledby="themes-heading">
      <h2 id="themes-heading">{t("submission.themes")}</h2>
      {tags.length === 0 ? <p className="muted">{t("filters.untagged")}</p> : null}
      <ul className="tag-list">
        {tags.map((tag) => (
          <li key={tag.key}>
            <ThemeRow
              name={themeName(tag.key)}
              theme={tag.key}
              about={t(tag.source === "suggested" ? "submission.acceptedBy" : "submission.addedBy", {
                name: tag.addedBy ?? t("deletedAccount"),
              })}
              actions={[{ intent: "untag", label: t("actions.untag") }]}
              disabled={disabled}
            />
          </li>
        ))}
      </ul>
      {suggestions.length > 0 ? (
        <div className="suggestions">
          <h3 className="small-heading">{t("submission.suggested")}</h3>
          <ul className="tag-list">
            {suggestions.map((suggestion) => (
              <li key={suggestion.key} className="suggestion">
                <ThemeRow
                  name={themeName(suggestion.key)}
                  theme={suggestion.key}
                  about={
                    <>
                      {t("submission.confidence", { value: formatPercent(suggestion.confidence, language) })}
                      {suggestion.why.length > 0 ? (
                        <span className="suggestion-why">
                          {" · "}
                          {t("suggestions.why", { words: suggestion.why.map((word) => `“${word}”`).join(", ") })}
                        </span>
                      ) : null}
                    </>
                  }
                  actions={[
                    { intent: "accept", label: t("actions.accept") },
                    { intent: "dismiss", label: t("actions.dismiss") },
                  ]}
                  disabled={disabled}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : view.withheld ? (
        <p className="muted">{t(`suggestions.withheld.${view.withheld}`)}</p>
      ) : null}
      <ModelFreshness model={view.model} themeName={themeName} timeZone={timeZone} />
      <Form method="post" className="tag-add">
        <label htmlFor="add-theme">{t("actions.theme")}</label>
        <select ref={select} id="add-theme" name="theme" required defaultValue="">
          <option value="">{tc("form.choose")}</option>
          {view.themes
            .filter((theme) => !theme.retired && !tags.some((tag) => tag.key === theme.key))
            .map((theme) => (
              <option key={theme.key} value={theme.key}>
                {themeLabel(theme, language)}
              </option>
            ))}
        </select>
        <IntentButton intent="tag" className="button button--secondary" disabled={disabled}>
          {t("actions.tag")}
        </IntentButton>
      </Form>
    </section>
  );
}

/** How fresh the consultation's theme model is, and how many tagged examples each theme has. */
function ModelFreshness(props: {
  model: SubmissionView["model"];
  themeName: (key: string) => string;
  timeZone: string;
}) {
  const { t } = useTranslation("review");
  const language = useLanguage();
  const { model } = props;
  return (
    <details className="model-freshness">
      <summary>
        {model.trainedAt && model.trainedOn > 0
          ? t("suggestions.trainedAt", {
              when: formatDateTime(model.trainedAt, language, props.timeZone),
              count: model.trainedOn,
              examples: formatNumber(model.trainedOn, language),
            })
          : t("suggestions.keywordsOnly")}
        {model.behind ? ` ${t("suggestions.behind")}` : ""}
      </summary>
      <ul className="muted">
        {Object.entries(model.examples).map(([key, examples]) => (
          <li key={key}>
            {model.unsuggestable.includes(key)
              ? t("suggestions.unsuggestable", { theme: props.themeName(key) })
              : t("suggestions.examples", {
                  theme: props.themeName(key),
                  count: examples,
                  examples: formatNumber(examples, language),
                })}
          </li>
        ))}
      </ul>
    </details>
  );
}
