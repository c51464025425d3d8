import { useTranslation } from "react-i18next";
import { useLabels } from "~/i18n/labels";

export function StatusTag({ status }: { status: string }) {
  const label = useLabels("submissions");
  return <span className={`badge badge--status-${status}`}>{label(`statuses.${status}`)}</span>;
}

/** Why the working group did not publish it, and their note, as the author reads it. */
export function RejectionNotice({
  submission,
}: {
  submission: { status: string; rejectionReason: string | null; decisionNote: string | null };
}) {
  const { t } = useTranslation("submissions");
  if (submission.status !== "rejected" || !submission.rejectionReason) return null;
  return (
    <p className="reason">
      {t("mine.rejectedBecause", { reason: t(`rejectionReasons.${submission.rejectionReason}`) })}
      {submission.decisionNote ? <span className="user-text"> {submission.decisionNote}</span> : null}
    </p>
  );
}
