import { Link } from "@remix-run/react";
import type { RefObject } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/i18n/format";
import { useLabels } from "~/i18n/labels";
import { useLanguage } from "~/i18n/use-language";
import { StatusTag } from "~/submissions/status";
import { themeLabels } from "~/themes/labels";
import type { QueueRow, QueueView } from "../queue-read.server";
import { filterQuery } from "../queue/filters";

type Links = {
  /** The queue's address, without its filters. */
  base: string;
  /** The queue's filters, kept in each submission's address so its page leads back to them. */
  search: string;
  sort: QueueView["filter"]["sort"];
};

function QueueRowView({
  item,
  links,
  themeName,
  timeZone,
}: {
  item: QueueRow;
  links: Links;
  themeName: (key: string) => string;
  timeZone: string;
}) {
  const { t } = useTranslation("review");
  const label = useLabels("submissions");
  const commonLabel = useLabels("common");
  const reviewLabel = useLabels("review");
  const language = useLanguage();
  const { base } = links;
  return (
    <tr role="row">
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
        <Link className="reference" id={`reference-${item.id}`} to={`${base}/${item.reference}${links.search}`}>
          {item.reference}
        </Link>
        <div>
          <StatusTag status={item.status} />
        </div>
        {item.duplicateGroupId && item.groupSize > 1 ? (
          <div>
            <Link to={`${base}${filterQuery({ status: "all", sort: links.sort }, { group: item.duplicateGroupId })}`}>
              {t("queue.groupSize", { count: item.groupSize })}
            </Link>
          </div>
        ) : null}
        <div className="muted">{formatDate(item.createdAt, language, timeZone)}</div>
      </td>
      <td role="cell">
        <div className="muted">
          {item.sectionNumber ? `§ ${item.sectionNumber}` : label("mine.wholeDraft")} · {label(`kinds.${item.kind}`)} ·{" "}
          {label(`stances.${item.stance}`)} · {label(`languages.${item.language}`)}
          {item.hasAttachment ? ` · ${reviewLabel("queue.attachment")}` : ""}
        </div>
        <p className="user-text excerpt" lang={item.language === "other" ? undefined : item.language}>
          {item.excerpt}
        </p>
      </td>
      <td role="cell">
        {item.authorName ?? reviewLabel("deletedAccount")}
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
              <li key={key}>{themeName(key)}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

/**
 * The queue's rows, one checkbox each for the bulk form around it. Explicit roles: on phones the
 * rows are laid out as cards, and browsers have dropped a table's semantics when its display
 * changes (decision 008).
 */
export function QueueTable({
  view,
  links,
  body,
}: {
  view: Pick<QueueView, "items" | "themes" | "consultation">;
  links: Links;
  body: RefObject<HTMLTableSectionElement>;
}) {
  const { t } = useTranslation("review");
  const themeName = themeLabels(view.themes, useLanguage());
  return (
    <div className="table-scroll">
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
          {view.items.map((item) => (
            <QueueRowView
              key={item.id}
              item={item}
              links={links}
              themeName={themeName}
              timeZone={view.consultation.timeZone}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
