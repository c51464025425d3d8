import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "~/i18n/use-language";
import { formatDateTime } from "~/i18n/format";
import type { ConsultationCard } from "./consultations.server";
import type { Phase } from "./phase";

export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useTranslation("consultations");
  return <span className={`badge badge--${phase}`}>{t(`phase.${phase}`)}</span>;
}

/** "Open until …" in the reader's language, with the consultation's own time zone named. */
export function PhaseDates({
  consultation,
}: {
  consultation: Pick<ConsultationCard, "phase" | "opensAt" | "closesAt" | "timeZone">;
}) {
  const { t } = useTranslation("consultations");
  const language = useLanguage();
  const closes = formatDateTime(consultation.closesAt, language, consultation.timeZone);
  const opens = formatDateTime(consultation.opensAt, language, consultation.timeZone);
  if (consultation.phase === "upcoming") return <p className="dates">{t("dates.opens", { date: opens })}</p>;
  if (consultation.phase === "open") return <p className="dates">{t("dates.openUntil", { date: closes })}</p>;
  return <p className="dates">{t("dates.closed", { date: closes })}</p>;
}

export function ConsultationList({ items }: { items: ConsultationCard[] }) {
  const language = useLanguage();
  return (
    <ul className="card-list">
      {items.map((item) => (
        <li key={item.slug} className="card">
          <h3>
            <Link to={`/consultations/${item.slug}`}>{item.title[language]}</Link>
          </h3>
          <PhaseBadge phase={item.phase} />
          <p>{item.summary[language]}</p>
          <PhaseDates consultation={item} />
        </li>
      ))}
    </ul>
  );
}
