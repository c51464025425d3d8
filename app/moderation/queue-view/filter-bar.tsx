import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { countryCodes, organisationTypes } from "#db/schema/values";
import { formatNumber } from "~/i18n/format";
import { useLabels } from "~/i18n/labels";
import { useLanguage } from "~/i18n/use-language";
import { stances, submissionKinds, submissionLanguages } from "~/submissions/schema";
import { themeLabels } from "~/themes/labels";
import type { QueueView } from "../queue-read.server";
import { filterQuery, type QueueFilter, sortOrders, statusFilters, UNTAGGED } from "../queue/filters";

/** One filter's list: its values, how each reads, and (for the counted ones) how many each would show. */
type Choice = {
  name: keyof QueueFilter;
  values: readonly string[];
  text: (value: string) => string;
  counts?: Record<string, number>;
};

function FilterSelect({ choice, current }: { choice: Choice; current: string | undefined }) {
  const { t } = useTranslation("review");
  const language = useLanguage();
  const { name, values, text, counts } = choice;
  return (
    <div className="filter">
      <label htmlFor={`filter-${name}`}>{t(`filters.${name}`)}</label>
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

/** The filters each choice of which counts what it would show, in the order the bar lists them. */
function useCountedChoices({ counts, themes, sections }: Pick<QueueView, "counts" | "themes" | "sections">): Choice[] {
  const { t } = useTranslation("review");
  const label = useLabels("submissions");
  const commonLabel = useLabels("common");
  const themeName = themeLabels(themes, useLanguage());
  return [
    {
      name: "status",
      values: statusFilters,
      counts: counts?.status,
      text: (v) => (v === "all" ? t("filters.allStatuses") : label(`statuses.${v}`)),
    },
    { name: "section", values: sections, counts: counts?.section, text: (v) => v },
    {
      name: "theme",
      values: [UNTAGGED, ...themes.map((theme) => theme.key)],
      counts: counts?.theme,
      text: (v) => {
        if (v === UNTAGGED) return t("filters.untagged");
        // A retired theme still filters its input (decision 038), and says it is retired.
        const retired = themes.some((theme) => theme.key === v && theme.retired);
        return retired ? `${themeName(v)} (${t("taxonomy:list.retired")})` : themeName(v);
      },
    },
    { name: "language", values: submissionLanguages, counts: counts?.language, text: (v) => label(`languages.${v}`) },
    { name: "stance", values: stances, counts: counts?.stance, text: (v) => label(`stances.${v}`) },
    { name: "kind", values: submissionKinds, counts: counts?.kind, text: (v) => label(`kinds.${v}`) },
    {
      name: "organisationType",
      values: [...organisationTypes, "individual"],
      counts: counts?.organisationType,
      text: (v) => (v === "individual" ? label("published.individualExpert") : commonLabel(`organisationTypes.${v}`)),
    },
    { name: "country", values: countryCodes, counts: counts?.country, text: (v) => commonLabel(`countries.${v}`) },
    {
      name: "attachment",
      values: ["yes", "no"],
      counts: counts?.attachment,
      text: (v) => t(`filters.attachment_${v}`),
    },
  ];
}

/** A filter that narrows the queue (the order and the grouping only arrange it), as a chip reads it. */
type ActiveFilter = { name: keyof QueueFilter; text: string };

function useActiveFilters(filter: QueueFilter, counted: Choice[]): ActiveFilter[] {
  const { t } = useTranslation("review");
  const active: ActiveFilter[] = [];
  for (const { name, text } of counted) {
    const value = filter[name];
    if (!value || (name === "status" && value === "pending")) continue;
    active.push({ name, text: `${t(`filters.${name}`)}: ${text(value)}` });
  }
  if (filter.group) active.push({ name: "group", text: t("filters.group") });
  if (filter.q) active.push({ name: "q", text: `${t("filters.search")}: “${filter.q}”` });
  return active;
}

/**
 * The queue's filters: a GET form, so every view of the queue has its own address. Folded away
 * behind "Filters (N active)" (a <details>, so it opens without JavaScript), with the active
 * ones always in view as chips, each a link to the same view without that one filter.
 */
/** The queue's filters; `keep` holds a page's own settings (the dashboard's time step) that applying or removing a filter keeps. */
export function FilterBar({
  view,
  base,
  keep = {},
}: {
  view: Pick<QueueView, "filter" | "counts" | "themes" | "sections" | "error">;
  base: string;
  keep?: Record<string, string>;
}) {
  const { t } = useTranslation("review");
  const { filter } = view;
  const kept = new URLSearchParams(keep).toString();
  const keeping = (query: string) => (kept ? `${query}${query ? "&" : "?"}${kept}` : query);
  const counted = useCountedChoices(view);
  const active = useActiveFilters(filter, counted);
  const arranged: Choice[] = [
    { name: "groups", values: ["collapse"], text: () => t("filters.groups_collapse") },
    { name: "sort", values: sortOrders, text: (v) => t(`filters.sort_${v}`) },
  ];
  const select = (choice: Choice) => <FilterSelect key={choice.name} choice={choice} current={filter[choice.name]} />;
  return (
    <div className="filters-area">
      {/* Open when the filters are what went wrong, so the one to change is in view. */}
      <details className="filters-panel" open={view.error ? true : undefined}>
        <summary>{t("filters.summary", { count: active.length })}</summary>
        <Form method="get" action={base} className="filters" aria-label={t("filters.label")}>
          {counted.map(select)}
          <div className="filter filter--search">
            <label htmlFor="filter-q">{t("filters.search")}</label>
            <input
              id="filter-q"
              type="search"
              name="q"
              defaultValue={filter.q ?? ""}
              aria-describedby="filter-q-hint"
            />
            <span id="filter-q-hint" className="field-hint">
              {t("filters.searchHint")}
            </span>
          </div>
          {arranged.map(select)}
          {Object.entries(keep).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="filter filter--actions">
            <button type="submit" className="button">
              {t("filters.apply")}
            </button>
            <Link to={`${base}${keeping("")}`}>{t("filters.clear")}</Link>
          </div>
        </Form>
      </details>
      {active.length > 0 ? (
        <ul className="filter-chips" aria-label={t("filters.activeLabel")}>
          {active.map(({ name, text }) => (
            <li key={name}>
              <Link to={`${base}${keeping(filterQuery(filter, { [name]: undefined, after: undefined }))}`}>
                <span className="visually-hidden">{t("filters.remove")} </span>
                {text}
                <span aria-hidden="true" className="filter-chips__cross">
                  ×
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
