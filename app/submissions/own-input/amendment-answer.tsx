import { useTranslation } from "react-i18next";

/**
 * The secretariat's answer to the author's amendment, once given; shown while the amendment is
 * approved (a moderator who undoes the approval takes it off the secretariat's list too).
 */
export function AmendmentAnswer({
  submission,
}: {
  submission: { status: string; amendmentDecision: string | null; amendmentReason: string | null };
}) {
  const { t } = useTranslation("amendments");
  const { amendmentDecision: decision, amendmentReason: reason } = submission;
  if (!decision || submission.status !== "approved") return null;
  return (
    <p className={decision === "accepted" ? "notice" : "reason"}>
      {decision === "accepted" ? t("mine.accepted") : t("mine.notTakenUp")}
      {reason ? <span className="user-text"> {reason}</span> : null}
    </p>
  );
}
