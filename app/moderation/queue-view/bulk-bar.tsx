import { Link, useNavigation } from "@remix-run/react";
import { type RefObject, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { rejectionReasons } from "#db/schema/values";
import { formatNumber } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import type { Result } from "~/result";
import { themeLabel } from "~/themes/labels";
import type { BulkOutcome } from "../bulk.server";
import { ErrorAlert, IntentButton } from "../controls";
import type { QueueView } from "../queue-read.server";

/** What the last bulk action did, or why it did nothing. */
export function BulkNotice({ result }: { result: Result<BulkOutcome> | undefined }) {
  const { t } = useTranslation("review");
  if (!result) return null;
  if (!result.ok) return <ErrorAlert>{t(result.error)}</ErrorAlert>;
  const outcome = result.value;
  if (outcome.kind !== "done") return null;
  return (
    <p className="notice" role="status">
      {t("bulk.done", { count: outcome.changed, action: t(`bulk.intent_${outcome.intent}`) })}
      {outcome.conflicts > 0 ? ` ${t("bulk.conflicts", { count: outcome.conflicts })}` : ""}
      {outcome.unchanged > 0 ? ` ${t("bulk.unchanged", { count: outcome.unchanged })}` : ""}
    </p>
  );
}

/**
 * Acting on everything matching: the count to confirm, sent back with the action. Each new request
 * to confirm takes focus, so keyboard and screen-reader users meet it first.
 */
export function BulkConfirm({ result, cancelTo }: { result: Result<BulkOutcome> | undefined; cancelTo: string }) {
  const { t } = useTranslation("review");
  const language = useLanguage();
  const dialog = useRef<HTMLDivElement>(null);
  const asked = result?.ok && result.value.kind === "confirm" ? result.value : null;
  useEffect(() => {
    if (asked) dialog.current?.focus();
  }, [asked]);
  if (!asked) return null;
  const formatted = formatNumber(asked.count, language);
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="confirm-text" tabIndex={-1} ref={dialog}>
      <p id="confirm-text">
        <strong>
          {t("bulk.confirm", { count: asked.count, formatted, action: t(`bulk.intent_${asked.intent}`) })}
        </strong>
      </p>
      <input type="hidden" name="scope" value="all" />
      <input type="hidden" name="confirmedCount" value={asked.count} />
      <IntentButton intent={asked.intent} className="button button--warning">
        {t("bulk.confirmButton", { formatted })}
      </IntentButton>{" "}
      <Link to={cancelTo}>{t("bulk.cancel")}</Link>
    </div>
  );
}

/** What a bulk button acts with (a rejection reason, a theme): its label is the list's own first, empty choice. */
function BulkChoice({
  name,
  label,
  options,
}: {
  name: string;
  label: string;
  options: { value: string; text: string }[];
}) {
  return (
    <>
      <label htmlFor={`bulk-${name}`} className="visually-hidden">
        {label}
      </label>
      <select id={`bulk-${name}`} name={name} defaultValue="">
        <option value="">{label}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </>
  );
}

/**
 * How many rows of the bulk form are selected; null before hydration (the page cannot know).
 * Counted from the form's own checkboxes on every change, whichever way a row was selected.
 */
function useSelectedCount(panel: RefObject<HTMLElement | null>): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const form = panel.current?.closest("form");
    if (!form) return;
    const recount = () => setCount(form.querySelectorAll('input[name="ids"]:checked').length);
    recount();
    form.addEventListener("change", recount);
    return () => form.removeEventListener("change", recount);
  }, [panel]);
  return count;
}

/**
 * The bulk actions: on the selected rows or on everything matching, each a button of the queue's
 * form. Folded to one line until a row is selected (it then opens by itself); opening it by hand
 * needs no JavaScript. On narrow screens the open bar stays at the bottom of the screen, over the rows.
 */
export function BulkBar({ themes }: { themes: QueueView["themes"] }) {
  const { t } = useTranslation("review");
  const language = useLanguage();
  const navigation = useNavigation();
  const panel = useRef<HTMLDetailsElement>(null);
  const selected = useSelectedCount(panel);
  const anySelected = Boolean(selected);
  useEffect(() => {
    if (anySelected && panel.current) panel.current.open = true;
  }, [anySelected]);
  return (
    <details className="bulk-panel" ref={panel}>
      <summary>
        {t("bulk.summary")}
        {selected === null ? null : (
          <span className="bulk-panel__count"> {t("bulk.selectedCount", { count: selected })}</span>
        )}
      </summary>
      <fieldset className="bulk-bar">
        <legend>{t("bulk.legend")}</legend>
        <div className="radios radios--inline">
          <div className="radio">
            <input type="radio" id="scope-selected" name="scope" value="selected" defaultChecked />
            <label htmlFor="scope-selected">{t("bulk.selected")}</label>
          </div>
          <div className="radio">
            <input type="radio" id="scope-all" name="scope" value="all" />
            <label htmlFor="scope-all">{t("bulk.allMatching")}</label>
          </div>
        </div>
        <IntentButton intent="approve" disabled={navigation.state === "submitting"}>
          {t("actions.approve")}
        </IntentButton>
        <BulkChoice
          name="reason"
          label={t("actions.reason")}
          options={rejectionReasons.map((reason) => ({ value: reason, text: t(`reasons.${reason}`) }))}
        />
        <IntentButton intent="reject" className="button button--warning">
          {t("actions.reject")}
        </IntentButton>
        <BulkChoice
          name="theme"
          label={t("actions.theme")}
          options={themes
            .filter((theme) => !theme.retired)
            .map((theme) => ({ value: theme.key, text: themeLabel(theme, language) }))}
        />
        <IntentButton intent="tag" className="button button--secondary">
          {t("actions.tag")}
        </IntentButton>
        <IntentButton intent="untag" className="button button--secondary">
          {t("actions.untag")}
        </IntentButton>
        <IntentButton intent="undo" className="button button--secondary">
          {t("actions.undo")}
        </IntentButton>
      </fieldset>
    </details>
  );
}
