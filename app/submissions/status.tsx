import { useTranslation } from "react-i18next";

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation("submissions");
  return <span className={`badge badge--status-${status}`}>{t(`statuses.${status}`)}</span>;
}
