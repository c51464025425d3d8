import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "~/i18n/use-language";
import { formatDate, formatDateTime, formatNumber } from "~/i18n/format";
import type { ConsultationCard, ConsultationSummary } from "./consultations.server";
import type { Phase } from "./phase";

export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useTranslation("consultations");
  return <span className={`badge badge--${phase}`}>{t(`phase.${phase}`)}</span>;
}

/** Above a draft the working group previews: the public cannot see this page yet. */
export function DraftNotice() {
  const { t } = useTranslation("consultations");
  return (
    <p className="notice" role="note">
      <strong>{t("admin:preview.draftMark")}</strong> {t("admin:preview.draftNotice")}
    </p>
  );
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
  if (consultation.phase === "upcoming" || consultation.phase === "draft")
    return <p className="dates">{t("dates.opens", { date: opens })}</p>;
  if (consultation.phase === "open") return <p className="dates">{t("dates.openUntil", { date: closes })}</p>;
  return <p className="dates">{t("dates.closed", { date: closes })}</p>;
}

/**
 * The consultations on the home page, each with what a visitor would ask first: where it stands,
 * how much there is to read and what others said, and what they can do now.
 */
export function ConsultationList({ items }: { items: ConsultationSummary[] }) {
  const { t } = useTranslation("consultations");
  const language = useLanguage();
  return (
    <ul className="consultation-list">
      {items.map((item) => {
        const overview = `/consultations/${item.slug}`;
        const date = (value: string) => formatDate(value, language, item.timeZone);
        return (
          <li key={item.slug} className="card consultation-card">
            <div className="consultation-card__about">
              <h3>
                <Link to={overview}>{item.title[language]}</Link>
              </h3>
              <PhaseBadge phase={item.phase} />
              <p>{item.summary[language]}</p>
              <PhaseDates consultation={item} />
            </div>
            <div className="consultation-card__facts">
              <dl className="facts">
                <div className="facts__dates">
                  <dt>{t("home.dates")}</dt>
                  <dd>
                    <span className="nowrap">{date(item.opensAt)}</span> –{" "}
                    <span className="nowrap">{date(item.closesAt)}</span>
                  </dd>
                </div>
                <div>
                  <dt>{t("home.sections")}</dt>
                  <dd>{formatNumber(item.sectionCount, language)}</dd>
                </div>
                <div>
                  <dt>{t("home.publishedInput")}</dt>
                  <dd>{formatNumber(item.publishedInput, language)}</dd>
                </div>
              </dl>
              <h4 className="small-heading">{t("home.canDo")}</h4>
              <ul className="consultation-card__actions">
                <li>
                  <Link to={overview}>{t(item.publishedInput > 0 ? "home.readWithInput" : "home.read")}</Link>
                </li>
                {item.phase === "open" ? (
                  <li>
                    <Link to={`${overview}/send`}>{t("home.send")}</Link>
                  </li>
                ) : null}
                {item.phase === "published" ? (
                  <li>
                    <Link to={`${overview}/what-we-heard`}>{t("summaries:report.link")}</Link>
                  </li>
                ) : null}
              </ul>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
