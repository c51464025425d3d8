import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { inLanguage } from "~/i18n/config";
import { formatDateTime } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import { versionName } from "~/consultations/versions";
import { attachmentSummary } from "../attachment-summary";
import { RejectionNotice, StatusTag } from "../status";
import { AmendmentAnswer } from "./amendment-answer";
import type { ShownSubmission } from "./shown";

function Row({
  label,
  className,
  lang,
  children,
}: {
  label: string;
  className?: string;
  lang?: string;
  children: ReactNode;
}) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd className={className} lang={lang}>
        {children}
      </dd>
    </div>
  );
}

/** A section's page: of the version named, or of the current one (null). */
function sectionPath(submission: ShownSubmission, number: string, label: string | null) {
  const path = `/consultations/${submission.consultationSlug}/sections/${number}`;
  return label && submission.textNow ? `${path}?version=${encodeURIComponent(label)}` : path;
}

/** Everything the author sent, with its status and where it went. */
export function InputSummary({ submission }: { submission: ShownSubmission }) {
  const { t } = useTranslation("submissions");
  const { t: tv } = useTranslation("versions");
  const language = useLanguage();
  const heading = inLanguage({ en: submission.sectionHeadingEn, id: submission.sectionHeadingId }, language);
  return (
    <dl className="summary-list">
      <Row label={t("detail.status")}>
        <StatusTag status={submission.status} />
        <RejectionNotice submission={submission} />
        <AmendmentAnswer submission={submission} />
      </Row>
      <Row label={t("detail.on")}>
        <Link to={`/consultations/${submission.consultationSlug}`}>
          {inLanguage({ en: submission.consultationTitleEn, id: submission.consultationTitleId }, language)}
        </Link>
        {submission.sectionNumber ? (
          <>
            {" · "}
            <Link to={sectionPath(submission, submission.sectionNumber, submission.versionLabel)}>
              {tv("reader.onVersion", {
                name: versionName(submission.versionLabel ?? ""),
                number: submission.sectionNumber,
              })}{" "}
              {heading ?? ""}
            </Link>
          </>
        ) : (
          ` · ${t("mine.wholeDraft")}`
        )}
      </Row>
      {submission.textNow ? (
        <Row label={tv("reader.textNow")}>
          {submission.textNow.sections.length === 0
            ? tv("reader.removedIn", { name: versionName(submission.textNow.label) })
            : submission.textNow.sections.map((section) => (
                <Link key={section.number} to={sectionPath(submission, section.number, null)} className="block-link">
                  {tv("reader.onVersion", {
                    name: versionName(submission.textNow?.label ?? ""),
                    number: section.number,
                  })}{" "}
                  {inLanguage(section.heading, language) ?? ""}
                </Link>
              ))}
        </Row>
      ) : null}
      <Row label={t("fields.kind")}>
        {t(`kinds.${submission.kind}`)} · {t(`stances.${submission.stance}`)}
      </Row>
      {submission.quotedPassage ? (
        <Row label={t("fields.quotedPassage")} className="user-text">
          {submission.quotedPassage}
        </Row>
      ) : null}
      <Row
        label={t("fields.body")}
        className="user-text"
        lang={submission.language === "other" ? undefined : submission.language}
      >
        {submission.body}
      </Row>
      {submission.proposedText ? (
        <Row label={t("fields.proposedText")} className="user-text">
          {submission.proposedText}
        </Row>
      ) : null}
      <Row label={t("fields.consent")}>{t(`consents.${submission.consent}`)}</Row>
      <Row label={t("fields.attachment")}>
        {submission.attachment ? attachmentSummary(submission.attachment, language) : t("preview.noAttachment")}
      </Row>
      <Row label={t("detail.sent")}>{formatDateTime(submission.createdAt, language, submission.timeZone)}</Row>
    </dl>
  );
}
