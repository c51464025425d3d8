import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import type { Language } from "~/i18n/config";
import { formatBytes, formatDateTime } from "~/i18n/format";
import { pageTitle } from "~/i18n/meta";
import { clearDraft } from "~/submissions/drafts";
import { RejectionNotice, StatusTag } from "~/submissions/status";
import { findOwnSubmission, isChangeable } from "~/submissions/own-input.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [
  { title: pageTitle(matches, "submissions:detail.title", { reference: data?.submission.reference ?? "" }) },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const submission = await findOwnSubmission(user.id, params.reference ?? "");
  if (!submission) throw new Response("Not found", { status: 404 });
  const { idempotencyKey: _key, ...shown } = submission;
  return json({
    submission: shown,
    changeable: isChangeable(submission, new Date()),
    draftOwner: user.id,
    justSent: new URL(request.url).searchParams.get("sent") === "1",
  });
}

export default function SubmissionDetail() {
  const { submission, changeable, justSent, draftOwner } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("submissions");
  const language = i18n.language as Language;
  useEffect(() => {
    if (justSent) clearDraft(draftOwner, submission.consultationSlug, submission.sectionNumber);
  }, [justSent, draftOwner, submission.consultationSlug, submission.sectionNumber]);
  const heading =
    (language === "id" ? submission.sectionHeadingId : submission.sectionHeadingEn) ??
    submission.sectionHeadingEn ??
    submission.sectionHeadingId;
  return (
    <div className="page page--narrow">
      {justSent ? (
        <div className="panel" role="status">
          <h1>{t("confirmation.title")}</h1>
          <p>{t("confirmation.reference")}</p>
          <p className="panel__reference">{submission.reference}</p>
        </div>
      ) : (
        <h1>{t("detail.title", { reference: submission.reference })}</h1>
      )}
      {justSent ? (
        <section aria-labelledby="next-heading">
          <h2 id="next-heading">{t("confirmation.nextTitle")}</h2>
          <p>{t("confirmation.next1")}</p>
          <p>{t("confirmation.next2")}</p>
        </section>
      ) : null}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t("detail.status")}</dt>
          <dd>
            <StatusTag status={submission.status} />
            <RejectionNotice submission={submission} />
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("detail.on")}</dt>
          <dd>
            <Link to={`/consultations/${submission.consultationSlug}`}>
              {language === "id" ? submission.consultationTitleId : submission.consultationTitleEn}
            </Link>
            {submission.sectionNumber
              ? ` · ${submission.sectionNumber} ${heading ?? ""}`
              : ` · ${t("mine.wholeDraft")}`}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("fields.kind")}</dt>
          <dd>
            {t(`kinds.${submission.kind}`)} · {t(`stances.${submission.stance}`)}
          </dd>
        </div>
        {submission.quotedPassage ? (
          <div className="summary-list__row">
            <dt>{t("fields.quotedPassage")}</dt>
            <dd className="user-text">{submission.quotedPassage}</dd>
          </div>
        ) : null}
        <div className="summary-list__row">
          <dt>{t("fields.body")}</dt>
          <dd className="user-text" lang={submission.language === "other" ? undefined : submission.language}>
            {submission.body}
          </dd>
        </div>
        {submission.proposedText ? (
          <div className="summary-list__row">
            <dt>{t("fields.proposedText")}</dt>
            <dd className="user-text">{submission.proposedText}</dd>
          </div>
        ) : null}
        <div className="summary-list__row">
          <dt>{t("fields.consent")}</dt>
          <dd>{t(`consents.${submission.consent}`)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("fields.attachment")}</dt>
          <dd>
            {submission.attachment
              ? `${submission.attachment.fileName} (${formatBytes(submission.attachment.byteSize, language)})`
              : t("preview.noAttachment")}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("detail.sent")}</dt>
          <dd>{formatDateTime(submission.createdAt, language, submission.timeZone)}</dd>
        </div>
      </dl>
      {changeable ? (
        <div className="button-row">
          <Link to={`/my-input/${submission.reference}/edit`} className="button button--secondary">
            {t("detail.edit")}
          </Link>
          <Link to={`/my-input/${submission.reference}/withdraw`} className="button button--warning">
            {t("detail.withdraw")}
          </Link>
        </div>
      ) : (
        <p className="muted">{t("detail.notChangeable")}</p>
      )}
      {submission.revisions.length > 0 ? (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t("detail.history")}</h2>
          <ol className="history">
            {submission.revisions.map((revision) => (
              <li key={revision.replacedAt}>
                <p className="muted">
                  {t("detail.replacedOn", { date: formatDateTime(revision.replacedAt, language, submission.timeZone) })}
                </p>
                <p className="user-text">{revision.body}</p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <p>
        <Link to="/my-input">{t("detail.allInput")}</Link>
      </p>
    </div>
  );
}
