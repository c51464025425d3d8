import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import type { InputFormPage } from "./page";

/** In place of the form once the consultation takes no more input. */
export function ClosedNotice({ consultation }: { consultation: InputFormPage["consultation"] }) {
  const { t } = useTranslation("submissions");
  const language = useLanguage();
  return (
    <div className="page page--narrow">
      <h1>{t("closed.title")}</h1>
      <p>{t("closed.body", { date: formatDateTime(consultation.closesAt, language, consultation.timeZone) })}</p>
      <p>
        <Link to={`/consultations/${consultation.slug}`}>{t("closed.back")}</Link>
      </p>
    </div>
  );
}
