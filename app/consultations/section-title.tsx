import { useTranslation } from "react-i18next";
import type { Language } from "~/i18n/config";

/** A section's heading in the reader's language, or in the other one, labelled, when it is missing. */
export function SectionTitle({
  number,
  heading,
}: {
  number: string;
  heading: { en: string | null; id: string | null };
}) {
  const { t, i18n } = useTranslation("consultations");
  const language = i18n.language as Language;
  const other: Language = language === "en" ? "id" : "en";
  const own = heading[language];
  return (
    <>
      <span className="section-number">{number}</span>{" "}
      {own ?? (
        <>
          <span lang={other}>{heading[other]}</span>{" "}
          <span className="untranslated">({t(`section.onlyIn.${other}`)})</span>
        </>
      )}
    </>
  );
}
