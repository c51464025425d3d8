import { useTranslation } from "react-i18next";
import { versionName } from "~/consultations/versions";
import type { Language } from "~/i18n/config";
import type { DiffSegment } from "./word-diff";
import { WordDiff } from "./word-diff-view";

// A section against the text it replaced in the previous version, word by word in each language.
// It sits here, beside the word diff it shows, because consultations are a layer below (decision 033).

export type VersionComparison = {
  previousLabel: string;
  /** Null for a section new in this version. */
  diff: Record<Language, DiffSegment[]> | null;
};

const languageNames: Record<Language, string> = { en: "English", id: "Bahasa Indonesia" };

export function VersionCompare({
  comparison,
  label,
  columns,
  shown,
}: {
  comparison: VersionComparison;
  /** This version's label. */
  label: string;
  columns: Language[];
  shown: Language;
}) {
  const { t } = useTranslation("versions");
  return (
    <section aria-labelledby="compare-heading" className="stack">
      <h2 id="compare-heading">{t("reader.compareTitle", { name: versionName(comparison.previousLabel) })}</h2>
      {comparison.diff ? (
        <div className="parallel">
          {columns.map((lang) => (
            <section
              key={lang}
              lang={lang}
              className={shown === lang ? "parallel__column is-shown" : "parallel__column"}
              aria-labelledby={`compare-${lang}`}
            >
              <h3 id={`compare-${lang}`} className="parallel__language">
                {languageNames[lang]}
              </h3>
              <WordDiff segments={comparison.diff?.[lang] ?? []} />
            </section>
          ))}
        </div>
      ) : (
        <p>{t("reader.newSection", { name: versionName(label) })}</p>
      )}
    </section>
  );
}
