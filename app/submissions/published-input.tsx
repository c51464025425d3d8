import type { SerializeFrom } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate, formatNumber } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import type { sectionInput } from "./published-input.server";
import { stances } from "./schema";
import { WordDiff } from "./word-diff-view";

type Input = SerializeFrom<typeof sectionInput>;
type Item = Input["items"][number];

function Attribution({ item }: { item: Item }) {
  const { t } = useTranslation("submissions");
  const { t: tc } = useTranslation("common");
  const where =
    item.organisationType && item.country
      ? `${tc(`organisationTypes.${item.organisationType}`)}, ${tc(`countries.${item.country}`)}`
      : null;
  if (item.authorName) {
    return (
      <>
        <strong>{item.authorName}</strong>
        {item.organisationName ? `, ${item.organisationName}` : `, ${t("published.individualExpert")}`}
        {where ? <span className="muted"> ({where})</span> : null}
      </>
    );
  }
  return <strong>{where ? t("published.anonymousFrom", { where }) : t("published.anonymousExpert")}</strong>;
}

/** Where the page of published input is, and links to the newer and older pages around it. */
function InputPager({ input, pageLink }: { input: Input; pageLink: (page: number) => string }) {
  const { t } = useTranslation("submissions");
  const language = useLanguage();
  const shown = input.total - input.privateCount;
  const from = (input.page - 1) * input.pageSize + 1;
  return (
    <nav aria-label={t("published.pages")} className="pager">
      <p className="muted">
        {t("published.shownRange", {
          from: formatNumber(from, language),
          to: formatNumber(from + input.items.length - 1, language),
          total: formatNumber(shown, language),
        })}
      </p>
      {input.page > 1 ? (
        <Link to={pageLink(input.page - 1)} rel="prev">
          {t("published.newer")}
        </Link>
      ) : null}
      {input.page < input.pageCount ? (
        <Link to={pageLink(input.page + 1)} rel="next" className="pager__next">
          {t("published.older")}
        </Link>
      ) : null}
    </nav>
  );
}

/** Approved input on a section, as each author allowed it to be shown, one page at a time. */
export function PublishedInput({ input, pageLink }: { input: Input; pageLink: (page: number) => string }) {
  const { t } = useTranslation("submissions");
  const language = useLanguage();
  return (
    <section aria-labelledby="published-heading" className="published">
      <h2 id="published-heading">
        {t("published.title", { count: input.total, formatted: formatNumber(input.total, language) })}
      </h2>
      {input.total === 0 ? (
        <p>{t("published.none")}</p>
      ) : (
        <>
          <table className="stance-table">
            <caption>{t("published.byStance")}</caption>
            <thead>
              <tr>
                {stances.map((stance) => (
                  <th key={stance} scope="col">
                    {t(`stances.${stance}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {stances.map((stance) => (
                  <td key={stance}>{formatNumber(input.stanceCounts[stance] ?? 0, language)}</td>
                ))}
              </tr>
            </tbody>
          </table>
          {input.privateCount > 0 ? (
            <p className="muted">{t("published.privateCount", { count: input.privateCount })}</p>
          ) : null}
          <ol className="input-list">
            {input.items.map((item) => (
              <li key={item.reference} className="input-card">
                <p>
                  <Attribution item={item} />
                </p>
                <p className="muted">
                  <span className="badge">{t(`stances.${item.stance}`)}</span> {t(`kinds.${item.kind}`)} ·{" "}
                  {item.reference} · {formatDate(item.createdAt, language)}
                </p>
                {item.quotedPassage ? <blockquote className="user-text">{item.quotedPassage}</blockquote> : null}
                <p className="user-text" lang={item.language === "other" ? undefined : item.language}>
                  {item.body}
                </p>
                {item.diff ? (
                  <div>
                    <h3 className="small-heading">{t("published.proposedChange")}</h3>
                    <WordDiff segments={item.diff} />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
          {input.pageCount > 1 ? <InputPager input={input} pageLink={pageLink} /> : null}
        </>
      )}
    </section>
  );
}
