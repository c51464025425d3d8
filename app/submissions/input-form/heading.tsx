import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { inLanguage } from "~/i18n/config";
import { useLanguage } from "~/i18n/use-language";
import type { InputFormPage } from "./page";

/** Where the input goes: the way back to the consultation and section, the title, and what the input is on. */
export function InputFormHeading({ page, title }: { page: InputFormPage; title: string }) {
  const { t } = useTranslation("submissions");
  const language = useLanguage();
  const heading = page.section ? inLanguage(page.section.heading, language) : null;
  return (
    <>
      <nav aria-label={t("consultations:breadcrumb")} className="breadcrumb">
        <Link to={`/consultations/${page.consultation.slug}`}>{page.consultation.title[language]}</Link>
        {page.section ? (
          <>
            {" "}
            <span aria-hidden="true">›</span>{" "}
            <Link to={`/consultations/${page.consultation.slug}/sections/${page.section.number}`}>
              {page.section.number} {heading}
            </Link>
          </>
        ) : null}
      </nav>
      <h1>{title}</h1>
      <p className="lead">
        {page.section ? t("send.onSection", { number: page.section.number, heading }) : t("send.onWholeDraft")}
      </p>
    </>
  );
}
