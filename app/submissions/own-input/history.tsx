import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import type { ShownSubmission } from "./shown";

/** The texts an edit replaced, newest first. */
export function InputHistory({ submission }: { submission: Pick<ShownSubmission, "revisions" | "timeZone"> }) {
  const { t } = useTranslation("submissions");
  const language = useLanguage();
  if (submission.revisions.length === 0) return null;
  return (
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
  );
}
