import { useTranslation } from "react-i18next";

/** The keyboard shortcuts of the review screens, under the queue. */
export function ShortcutsHelp() {
  const { t } = useTranslation("review");
  return (
    <details className="shortcuts">
      <summary>{t("shortcuts.title")}</summary>
      <dl>
        <dt>
          <kbd>j</kbd> / <kbd>k</kbd>
        </dt>
        <dd>{t("shortcuts.move")}</dd>
        <dt>
          <kbd>x</kbd>
        </dt>
        <dd>{t("shortcuts.select")}</dd>
        <dt>
          <kbd>o</kbd>
        </dt>
        <dd>{t("shortcuts.open")}</dd>
        <dt>
          <kbd>a</kbd> / <kbd>r</kbd> / <kbd>t</kbd>
        </dt>
        <dd>{t("shortcuts.decide")}</dd>
      </dl>
    </details>
  );
}
