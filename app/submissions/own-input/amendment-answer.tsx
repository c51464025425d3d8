import { useTranslation } from "react-i18next";

/** The secretariat's answer to the author's amendment, once given. */
export function AmendmentAnswer({
  submission,
}: {
  submission: { amendmentDecision: string | null; amendmentReason: string | null };
}) {
  const { t } = useTranslation("amendments");
  const { amendmentDecision: decision, amendmentReason: reason } = submission;
  if (!decision) return null;
  return (
    <p className={decision === "accepted" ? "notice" : "reason"}>
      {decision === "accepted" ? t("mine.accepted") : t("mine.notTakenUp")}
      {reason ? <span className="user-text"> {reason}</span> : null}
    </p>
  );
}
