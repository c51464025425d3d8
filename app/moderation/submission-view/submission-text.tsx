import { useTranslation } from "react-i18next";
import { inLanguage } from "~/i18n/config";
import { formatBytes, formatDateTime } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import { themeLabels } from "~/themes/labels";
import { WordDiff } from "~/submissions/word-diff-view";
import type { SubmissionDetail } from "../submission-read.server";

type AuditedEvent = SubmissionDetail["events"][number];

/** The translation key of an event: a theme added from a suggestion says so. */
function eventKey({ action, details }: AuditedEvent): string {
  return action === "submission.tagged" && details.source === "suggested" ? `${action}_from_suggestion` : action;
}

/** What the author sent and changed: every earlier text, and each decision, tag and note on it, by whom. */
function History({
  detail,
  timeZone,
}: {
  detail: Pick<SubmissionDetail, "submission" | "revisions" | "events" | "allThemes">;
  timeZone: string;
}) {
  const { t } = useTranslation("review");
  const language = useLanguage();
  const themeName = themeLabels(detail.allThemes, language);
  const said = (event: AuditedEvent) => {
    const actor = event.actorDeleted ? t("deletedAccount") : (event.actor ?? "—");
    const theme = typeof event.details.theme === "string" ? themeName(event.details.theme) : "";
    return t(`events.${eventKey(event)}`, { actor, theme, defaultValue: `${event.action} · ${actor}` });
  };
  return (
    <>
      <h3>{t("submission.history")}</h3>
      <ol className="history">
        <li>{t("submission.sentOn", { date: formatDateTime(detail.submission.createdAt, language, timeZone) })}</li>
        {detail.revisions.map((revision) => (
          <li key={revision.replacedAt}>
            {t("submission.editedOn", { date: formatDateTime(revision.replacedAt, language, timeZone) })}
            <details>
              <summary>{t("submission.previousText")}</summary>
              <p className="user-text">{revision.body}</p>
            </details>
          </li>
        ))}
        {detail.events.map((event) => (
          <li key={`${event.action}-${event.occurredAt}`}>
            {said(event)} · {formatDateTime(event.occurredAt, language, timeZone)}
            {event.reason ? ` · ${t(`reasons.${event.reason}`, { defaultValue: event.reason })}` : ""}
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * The submission itself: where it applies, its text in its own language, its amendment and file,
 * and its history, dated in the consultation's time zone.
 */
export function SubmissionText(props: { detail: SubmissionDetail; attachmentHref: string; timeZone: string }) {
  const { detail, attachmentHref, timeZone } = props;
  const { t } = useTranslation("review");
  const { t: ts } = useTranslation("submissions");
  const language = useLanguage();
  const { submission } = detail;
  const heading = inLanguage({ en: detail.sectionHeadingEn, id: detail.sectionHeadingId }, language);
  return (
    <article className="review-main" aria-labelledby="text-heading">
      <h2 id="text-heading" className="visually-hidden">
        {t("submission.text")}
      </h2>
      <p className="muted">
        {detail.sectionNumber ? `§ ${detail.sectionNumber} ${heading ?? ""}` : ts("mine.wholeDraft")} ·{" "}
        {ts(`kinds.${submission.kind}`)} · {ts(`stances.${submission.stance}`)} ·{" "}
        {ts(`languages.${submission.language}`)} · {ts(`consents.${submission.consent}`)}
      </p>
      {submission.quotedPassage ? <blockquote className="user-text">{submission.quotedPassage}</blockquote> : null}
      <p className="user-text review-text" lang={submission.language === "other" ? undefined : submission.language}>
        {submission.body}
      </p>
      {detail.diff ? (
        <section aria-labelledby="diff-heading">
          <h3 id="diff-heading">{ts("published.proposedChange")}</h3>
          <WordDiff segments={detail.diff} />
        </section>
      ) : null}
      {detail.attachmentName ? (
        <p>
          <a href={attachmentHref} download>
            {t("submission.download", {
              name: detail.attachmentName,
              size: formatBytes(detail.attachmentSize ?? 0, language),
            })}
          </a>
        </p>
      ) : null}
      <History detail={detail} timeZone={timeZone} />
    </article>
  );
}
