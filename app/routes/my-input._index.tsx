import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { inLanguage } from "~/i18n/config";
import { formatDate } from "~/i18n/format";
import { versionName } from "~/consultations/versions";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { AmendmentAnswer } from "~/submissions/own-input/amendment-answer";
import { RejectionNotice, StatusTag } from "~/submissions/status";
import { listOwnSubmissions } from "~/submissions/own-input.server";

export const meta = titleMeta("submissions:mine.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ submissions: await listOwnSubmissions(user.id) });
}

export default function MyInput() {
  const { submissions } = useLoaderData<typeof loader>();
  const { t } = useTranslation("submissions");
  const language = useLanguage();
  return (
    <div className="page">
      <h1>{t("mine.title")}</h1>
      {submissions.length === 0 ? (
        <p>{t("mine.empty")}</p>
      ) : (
        <ul className="input-list">
          {submissions.map((submission) => (
            <li key={submission.reference} className="input-card">
              <p className="input-card__meta">
                <Link to={`/my-input/${submission.reference}`} className="reference">
                  {submission.reference}
                </Link>{" "}
                <StatusTag status={submission.status} />
              </p>
              <p>
                {inLanguage({ en: submission.consultationTitleEn, id: submission.consultationTitleId }, language)}
                {" · "}
                {submission.sectionNumber
                  ? `${t("versions:reader.onVersion", {
                      name: versionName(submission.versionLabel ?? ""),
                      number: submission.sectionNumber,
                    })} ${inLanguage({ en: submission.sectionHeadingEn, id: submission.sectionHeadingId }, language) ?? ""}`
                  : t("mine.wholeDraft")}
              </p>
              <p className="muted">
                {t(`kinds.${submission.kind}`)} ·{" "}
                {t("mine.sentOn", { date: formatDate(submission.createdAt, language, submission.timeZone) })}
              </p>
              <RejectionNotice submission={submission} />
              <AmendmentAnswer submission={submission} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
