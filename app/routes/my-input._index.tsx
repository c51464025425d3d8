import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import type { Language } from "~/i18n/config";
import { formatDate } from "~/i18n/format";
import { pageTitle } from "~/i18n/meta";
import { RejectionNotice, StatusTag } from "~/submissions/status";
import { listOwnSubmissions } from "~/submissions/own-input.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "submissions:mine.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ submissions: await listOwnSubmissions(user.id) });
}

export default function MyInput() {
  const { submissions } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("submissions");
  const language = i18n.language as Language;
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
                {language === "id" ? submission.consultationTitleId : submission.consultationTitleEn}
                {" · "}
                {submission.sectionNumber
                  ? t("mine.section", {
                      number: submission.sectionNumber,
                      heading:
                        (language === "id" ? submission.sectionHeadingId : submission.sectionHeadingEn) ??
                        submission.sectionHeadingEn ??
                        submission.sectionHeadingId,
                    })
                  : t("mine.wholeDraft")}
              </p>
              <p className="muted">
                {t(`kinds.${submission.kind}`)} ·{" "}
                {t("mine.sentOn", { date: formatDate(submission.createdAt, language, submission.timeZone) })}
              </p>
              <RejectionNotice submission={submission} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
