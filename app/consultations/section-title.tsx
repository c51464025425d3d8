import { useTranslation } from "react-i18next";
import { otherLanguage } from "~/i18n/config";
import { useLanguage } from "~/i18n/use-language";

/** A section's heading in the reader's language, or in the other one, labelled, when it is missing. */
export function SectionTitle({
  number,
  heading,
}: {
  number: string;
  heading: { en: string | null; id: string | null };
}) {
  const { t } = useTranslation("consultations");
  const language = useLanguage();
  const other = otherLanguage(language);
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
