import { useTranslation } from "react-i18next";
import type { Language } from "~/i18n/config";
import { formatDate, formatNumber } from "~/i18n/format";
import { stances } from "./schema";
import type { DiffSegment } from "./word-diff";
import { WordDiff } from "./word-diff-view";

type Item = {
  reference: string;
  kind: string;
  stance: string;
  body: string;
  quotedPassage: string | null;
  language: string;
  createdAt: string;
  authorName: string | null;
  organisationName: string | null;
  organisationType: string | null;
  country: string | null;
  diff: DiffSegment[] | null;
};
type Input = { total: number; privateCount: number; stanceCounts: Record<string, number>; items: Item[] };

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

/** Approved input on a section, as each author allowed it to be shown. */
export function PublishedInput({ input }: { input: Input }) {
  const { t, i18n } = useTranslation("submissions");
  const language = i18n.language as Language;
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
        </>
      )}
    </section>
  );
}
