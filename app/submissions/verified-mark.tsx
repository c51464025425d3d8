import { useTranslation } from "react-i18next";

/** The secretariat has checked the organisation this input is sent on behalf of (decision 037). */
export function VerifiedMark() {
  const { t } = useTranslation("people");
  return (
    <span className="badge badge--verified" title={t("verifiedHint")}>
      <span aria-hidden="true">✓ </span>
      {t("verified")}
    </span>
  );
}
