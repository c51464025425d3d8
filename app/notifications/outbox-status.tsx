import { useTranslation } from "react-i18next";
import type { OutboxStatus as Status } from "#db/schema/values";

const tone: Record<Status, string> = {
  queued: "pending",
  sending: "pending",
  sent: "approved",
  failed: "rejected",
};

export function OutboxStatus({ status }: { status: Status }) {
  const { t } = useTranslation("admin");
  return <span className={`badge badge--status-${tone[status]}`}>{t(`outbox.statuses.${status}`)}</span>;
}
