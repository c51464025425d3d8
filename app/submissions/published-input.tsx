import type { SerializeFrom } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate, formatNumber } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import type { sectionInput } from "./published-input.server";
import { EXCERPT_LENGTH, splitExcerpt } from "./excerpt";
import { stances } from "./schema";
import { VerifiedMark } from "./verified-mark";
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
        {item.organisationVerified ? (
          <>
            {" "}
            <VerifiedMark />
          </>
        ) : null}
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

/**
 * What a reader sees first of the section's published input: how many, by stance, with a way
 * down to them, and a way straight to the draft's text for those who came to read it.
 */
export function PublishedInputSummary({ input, textId }: { input: Input; textId: string }) {
  const { t } = useTranslation("submissions");
  const language = useLanguage();
  return (
    <nav className="input-summary" aria-label={t("published.summaryLabel")}>
      <a href={`#${textId}`}>{t("published.skipToText")}</a>
      <p>
        <a href="#published-heading">
          {t("published.title", { count: input.total, formatted: formatNumber(input.total, language) })}
        </a>
        {input.total > 0 ? (
          <>
            <span className="visually-hidden">{t("published.byStance")}</span>
            <span className="stance-counts">
              {stances.map((stance) => (
                <span key={stance} className="stance-count">
                  {t(`stances.${stance}`)}: <strong>{formatNumber(input.stanceCounts[stance] ?? 0, language)}</strong>
                </span>
              ))}
            </span>
          </>
        ) : null}
      </p>
    </nav>
  );
}

/** A response's text: a long one as its excerpt, with the rest behind "Read more" (no JavaScript needed). */
function ResponseText({ text, language }: { text: string; language: string }) {
  const { t } = useTranslation("submissions");
  const { excerpt, rest } = splitExcerpt(text);
  const lang = language === "other" ? undefined : language;
  if (!rest) {
    return (
      <p className="user-text" lang={lang}>
        {text}
      </p>
    );
  }
  return (
    <div className="response-text" lang={lang}>
      <p className="user-text">
        {excerpt}
        <span aria-hidden="true" className="response-text__ellipsis">
          …
        </span>
      </p>
      <details className="read-more">
        <summary>
          <span className="read-more__closed">{t("published.readMore")}</span>
          <span className="read-more__open">{t("published.readLess")}</span>
        </summary>
        <p className="user-text">{rest}</p>
      </details>
    </div>
  );
}

const diffLength = (segments: Item["diff"] & object) => segments.reduce((sum, segment) => sum + segment.text.length, 0);

/** Approved input on a section, as each author allowed it to be shown, one page at a time. */
export function PublishedInput({
  input,
  pageLink,
  timeZone,
}: {
  input: Input;
  pageLink: (page: number) => string;
  /** The consultation's: every date on a page is in its time zone (decision 020). */
  timeZone: string;
}) {
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
                  {item.reference} · {formatDate(item.createdAt, language, timeZone)}
                </p>
                {item.quotedPassage ? <blockquote className="user-text">{item.quotedPassage}</blockquote> : null}
                <ResponseText text={item.body} language={item.language} />
                {item.diff ? (
                  <details className="proposed-change" open={diffLength(item.diff) <= EXCERPT_LENGTH}>
                    <summary>{t("published.proposedChange")}</summary>
                    <WordDiff segments={item.diff} />
                  </details>
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
