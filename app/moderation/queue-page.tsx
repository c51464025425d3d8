import { Form, Link, useLocation, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { countryCodes, organisationTypes, rejectionReasons } from "#db/schema/values";
import type { Language } from "~/i18n/config";
import { formatDate, formatNumber } from "~/i18n/format";
import { useLabels } from "~/i18n/labels";
import { themeLabel } from "~/themes/labels";
import { StatusTag } from "~/submissions/status";
import { stances, submissionKinds, submissionLanguages } from "~/submissions/schema";
import { useShortcuts } from "~/components/use-shortcuts";
import type { Result } from "~/result";
import type { BulkOutcome } from "./bulk.server";
import { filterQuery, type QueueFilter, sortOrders, statusFilters, UNTAGGED } from "./queue/filters";

type Theme = { key: string; labelEn: string; labelId: string };
type Item = {
  id: string;
  reference: string;
  kind: string;
  stance: string;
  status: string;
  language: string;
  excerpt: string;
  createdAt: string;
  sectionNumber: string | null;
  organisationName: string | null;
  organisationType: string | null;
  country: string | null;
  authorName: string;
  hasAttachment: boolean;
  duplicateGroupId: string | null;
  groupSize: number;
  themes: string[];
};
type Data = {
  consultation: { slug: string; title: { en: string; id: string } };
  themes: Theme[];
  sections: string[];
  filter: QueueFilter;
  error: string | null;
  items: Item[];
  next: string | null;
  counts: Record<string, Record<string, number>> | null;
  uncountedAbove: number | null;
};

function FilterSelect({
  name,
  label,
  values,
  current,
  counts,
  text,
}: {
  name: keyof QueueFilter;
  label: string;
  values: readonly string[];
  current: string | undefined;
  counts: Record<string, number> | undefined;
  text: (value: string) => string;
}) {
  const { t, i18n } = useTranslation("review");
  const language = i18n.language as Language;
  return (
    <div className="filter">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={current ?? ""}>
        {name === "status" || name === "sort" ? null : <option value="">{t("filters.any")}</option>}
        {values.map((value) => (
          <option key={value} value={value}>
            {text(value)}
            {counts ? ` (${formatNumber(counts[value] ?? 0, language)})` : ""}
          </option>
        ))}
      </select>
    </div>
  );
}

/** j/k move between rows, x selects, o opens: the queue can be worked without a mouse. */
function useQueueKeys(table: React.RefObject<HTMLTableSectionElement | null>) {
  const rows = () => [...(table.current?.querySelectorAll<HTMLTableRowElement>("tr") ?? [])];
  const current = () => rows().findIndex((row) => row.contains(document.activeElement));
  const focus = (index: number) => {
    const all = rows();
    all[Math.max(0, Math.min(all.length - 1, index))]?.querySelector<HTMLAnchorElement>("a.reference")?.focus();
  };
  useShortcuts({
    j: () => focus(current() + 1),
    k: () => focus(Math.max(0, current() - 1)),
    x: () => rows()[current()]?.querySelector<HTMLInputElement>("input[type=checkbox]")?.click(),
    o: () => rows()[current()]?.querySelector<HTMLAnchorElement>("a.reference")?.click(),
  });
}

export function ReviewQueuePage({ data, result }: { data: Data; result: Result<BulkOutcome> | null }) {
  const { t, i18n } = useTranslation("review");
  const label = useLabels("submissions");
  const commonLabel = useLabels("common");
  const reviewLabel = useLabels("review");
  const language = i18n.language as Language;
  const location = useLocation();
  const navigation = useNavigation();
  const body = useRef<HTMLTableSectionElement>(null);
  const confirm = useRef<HTMLDivElement>(null);
  useQueueKeys(body);
  // The confirmation takes focus, so keyboard and screen-reader users meet it first.
  const outcome = result?.ok ? result.value : null;
  useEffect(() => {
    if (outcome?.kind === "confirm") confirm.current?.focus();
  }, [outcome]);
  const { filter, counts } = data;
  const base = `/review/${data.consultation.slug}`;
  const formAction = `${base}${location.search}`;
  const themeByKey = new Map(data.themes.map((theme) => [theme.key, theme]));

  return (
    <div className="page page--wide review">
      <p className="breadcrumb">
        <Link to={`/consultations/${data.consultation.slug}`}>{data.consultation.title[language]}</Link>
      </p>
      <h1>{t("queue.title")}</h1>

      <Form method="get" action={base} className="filters" aria-label={t("filters.label")}>
        <FilterSelect
          name="status"
          label={t("filters.status")}
          values={statusFilters}
          current={filter.status}
          counts={counts?.status}
          text={(v) => (v === "all" ? t("filters.allStatuses") : label(`statuses.${v}`))}
        />
        <FilterSelect
          name="section"
          label={t("filters.section")}
          values={data.sections}
          current={filter.section}
          counts={counts?.section}
          text={(v) => v}
        />
        <FilterSelect
          name="theme"
          label={t("filters.theme")}
          values={[UNTAGGED, ...data.themes.map((theme) => theme.key)]}
          current={filter.theme}
          counts={counts?.theme}
          text={(v) => (v === UNTAGGED ? t("filters.untagged") : themeLabel(themeByKey.get(v)!, language))}
        />
        <FilterSelect
          name="language"
          label={t("filters.language")}
          values={submissionLanguages}
          current={filter.language}
          counts={counts?.language}
          text={(v) => label(`languages.${v}`)}
        />
        <FilterSelect
          name="stance"
          label={t("filters.stance")}
          values={stances}
          current={filter.stance}
          counts={counts?.stance}
          text={(v) => label(`stances.${v}`)}
        />
        <FilterSelect
          name="kind"
          label={t("filters.kind")}
          values={submissionKinds}
          current={filter.kind}
          counts={counts?.kind}
          text={(v) => label(`kinds.${v}`)}
        />
        <FilterSelect
          name="organisationType"
          label={t("filters.organisationType")}
          values={[...organisationTypes, "individual"]}
          current={filter.organisationType}
          counts={counts?.organisationType}
          text={(v) =>
            v === "individual" ? label("published.individualExpert") : commonLabel(`organisationTypes.${v}`)
          }
        />
        <FilterSelect
          name="country"
          label={t("filters.country")}
          values={countryCodes}
          current={filter.country}
          counts={counts?.country}
          text={(v) => commonLabel(`countries.${v}`)}
        />
        <FilterSelect
          name="attachment"
          label={t("filters.attachment")}
          values={["yes", "no"]}
          current={filter.attachment}
          counts={counts?.attachment}
          text={(v) => t(`filters.attachment_${v}`)}
        />
        <div className="filter filter--search">
          <label htmlFor="filter-q">{t("filters.search")}</label>
          <input id="filter-q" type="search" name="q" defaultValue={filter.q ?? ""} aria-describedby="filter-q-hint" />
          <span id="filter-q-hint" className="field-hint">
            {t("filters.searchHint")}
          </span>
        </div>
        <FilterSelect
          name="groups"
          label={t("filters.groups")}
          values={["collapse"]}
          current={filter.groups}
          counts={undefined}
          text={() => t("filters.groups_collapse")}
        />
        <FilterSelect
          name="sort"
          label={t("filters.sort")}
          values={sortOrders}
          current={filter.sort}
          counts={undefined}
          text={(v) => t(`filters.sort_${v}`)}
        />
        <div className="filter filter--actions">
          <button type="submit" className="button">
            {t("filters.apply")}
          </button>
          <Link to={base}>{t("filters.clear")}</Link>
        </div>
      </Form>

      {data.error ? (
        <div className="error-summary" role="alert">
          <p>{t(data.error)}</p>
        </div>
      ) : null}
      {data.uncountedAbove ? (
        <p className="field-hint">{t("queue.uncounted", { limit: formatNumber(data.uncountedAbove, language) })}</p>
      ) : null}
      {result && !result.ok ? (
        <div className="error-summary" role="alert">
          <p>{t(result.error)}</p>
        </div>
      ) : null}
      {outcome?.kind === "done" ? (
        <p className="notice" role="status">
          {t("bulk.done", { count: outcome.changed, action: t(`bulk.intent_${outcome.intent}`) })}
          {outcome.conflicts > 0 ? ` ${t("bulk.conflicts", { count: outcome.conflicts })}` : ""}
          {outcome.unchanged > 0 ? ` ${t("bulk.unchanged", { count: outcome.unchanged })}` : ""}
        </p>
      ) : null}

      <Form method="post" action={formAction} className="bulk">
        {outcome?.kind === "confirm" ? (
          <div className="confirm" role="alertdialog" aria-labelledby="confirm-text" tabIndex={-1} ref={confirm}>
            <p id="confirm-text">
              <strong>
                {t("bulk.confirm", {
                  count: outcome.count,
                  formatted: formatNumber(outcome.count, language),
                  action: t(`bulk.intent_${outcome.intent}`),
                })}
              </strong>
            </p>
            <input type="hidden" name="scope" value="all" />
            <input type="hidden" name="confirmedCount" value={outcome.count} />
            <button type="submit" name="intent" value={outcome.intent} className="button button--warning">
              {t("bulk.confirmButton", { formatted: formatNumber(outcome.count, language) })}
            </button>{" "}
            <Link to={formAction}>{t("bulk.cancel")}</Link>
          </div>
        ) : null}
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
          <button
            type="submit"
            name="intent"
            value="approve"
            className="button"
            disabled={navigation.state === "submitting"}
          >
            {t("actions.approve")}
          </button>
          <label htmlFor="bulk-reason" className="visually-hidden">
            {t("actions.reason")}
          </label>
          <select id="bulk-reason" name="reason" defaultValue="">
            <option value="">{t("actions.reason")}</option>
            {rejectionReasons.map((reason) => (
              <option key={reason} value={reason}>
                {t(`reasons.${reason}`)}
              </option>
            ))}
          </select>
          <button type="submit" name="intent" value="reject" className="button button--warning">
            {t("actions.reject")}
          </button>
          <label htmlFor="bulk-theme" className="visually-hidden">
            {t("actions.theme")}
          </label>
          <select id="bulk-theme" name="theme" defaultValue="">
            <option value="">{t("actions.theme")}</option>
            {data.themes.map((theme) => (
              <option key={theme.key} value={theme.key}>
                {themeLabel(theme, language)}
              </option>
            ))}
          </select>
          <button type="submit" name="intent" value="tag" className="button button--secondary">
            {t("actions.tag")}
          </button>
          <button type="submit" name="intent" value="untag" className="button button--secondary">
            {t("actions.untag")}
          </button>
          <button type="submit" name="intent" value="undo" className="button button--secondary">
            {t("actions.undo")}
          </button>
        </fieldset>

        {data.items.length === 0 && !data.error ? <p>{t("queue.empty")}</p> : null}
        {data.items.length > 0 ? (
          <div className="table-scroll">
            {/* Explicit roles: on phones the rows are laid out as cards, and browsers have dropped a
                table's semantics when its display changes (decision 008). */}
            <table className="queue" role="table">
              <caption className="visually-hidden">{t("queue.caption")}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">
                    <span className="visually-hidden" id="queue-select">
                      {t("queue.select")}
                    </span>
                  </th>
                  <th scope="col" role="columnheader">
                    {t("queue.reference")}
                  </th>
                  <th scope="col" role="columnheader">
                    {t("queue.input")}
                  </th>
                  <th scope="col" role="columnheader">
                    {t("queue.from")}
                  </th>
                  <th scope="col" role="columnheader">
                    {t("queue.themes")}
                  </th>
                </tr>
              </thead>
              <tbody role="rowgroup" ref={body}>
                {data.items.map((item) => (
                  <tr key={item.id} role="row">
                    <td role="cell">
                      <input
                        type="checkbox"
                        name="ids"
                        value={item.id}
                        id={`select-${item.id}`}
                        aria-labelledby={`queue-select reference-${item.id}`}
                      />
                    </td>
                    <td role="cell">
                      <Link
                        className="reference"
                        id={`reference-${item.id}`}
                        to={`${base}/${item.reference}${location.search}`}
                      >
                        {item.reference}
                      </Link>
                      <div>
                        <StatusTag status={item.status} />
                      </div>
                      {item.duplicateGroupId && item.groupSize > 1 ? (
                        <div>
                          <Link
                            to={`${base}${filterQuery({ status: "all", sort: filter.sort }, { group: item.duplicateGroupId })}`}
                          >
                            {t("queue.groupSize", { count: item.groupSize })}
                          </Link>
                        </div>
                      ) : null}
                      <div className="muted">{formatDate(item.createdAt, language)}</div>
                    </td>
                    <td role="cell">
                      <div className="muted">
                        {item.sectionNumber ? `§ ${item.sectionNumber}` : label("mine.wholeDraft")} ·{" "}
                        {label(`kinds.${item.kind}`)} · {label(`stances.${item.stance}`)} ·{" "}
                        {label(`languages.${item.language}`)}
                        {item.hasAttachment ? ` · ${reviewLabel("queue.attachment")}` : ""}
                      </div>
                      <p className="user-text excerpt" lang={item.language === "other" ? undefined : item.language}>
                        {item.excerpt}
                      </p>
                    </td>
                    <td role="cell">
                      {item.authorName}
                      <div className="muted">
                        {item.organisationName ?? label("published.individualExpert")}
                        {item.organisationType && item.country
                          ? ` · ${commonLabel(`organisationTypes.${item.organisationType}`)}, ${commonLabel(`countries.${item.country}`)}`
                          : ""}
                      </div>
                    </td>
                    <td role="cell">
                      {item.themes.length === 0 ? (
                        <span className="muted">{reviewLabel("filters.untagged")}</span>
                      ) : (
                        <ul className="tags">
                          {item.themes.map((key) => (
                            <li key={key}>{themeByKey.has(key) ? themeLabel(themeByKey.get(key)!, language) : key}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Form>
      {data.next ? (
        <p>
          <Link to={`${base}${filterQuery(filter, { after: data.next })}`}>{t("queue.nextPage")}</Link>
        </p>
      ) : null}
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
    </div>
  );
}
