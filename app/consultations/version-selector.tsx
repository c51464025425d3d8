import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { inLanguage } from "~/i18n/config";
import { formatDate } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import { SectionTitle } from "./section-title";
import type { PublishedVersion, TextNow } from "./version-history.server";
import { versionName } from "./versions";

// What readers see of a document's versions: the selector, a changelog, and where an older text is now.

/** The published versions, each a link (`link(label)`), the one shown marked. */
export function VersionSelector({
  versions,
  shown,
  link,
  timeZone,
}: {
  versions: PublishedVersion[];
  shown: string;
  link: (version: PublishedVersion) => string;
  timeZone: string;
}) {
  const { t } = useTranslation("versions");
  const language = useLanguage();
  if (versions.length < 2) return null;
  return (
    <nav aria-labelledby="version-selector" className="version-selector">
      <h2 id="version-selector" className="small-heading">
        {t("reader.selector")}
      </h2>
      <ul>
        {versions.map((version) => (
          <li key={version.label}>
            <Link to={link(version)} aria-current={version.label === shown ? "true" : undefined}>
              {t("name", { name: versionName(version.label) })}
            </Link>
            <span className="muted">
              {version.publishedAt
                ? ` · ${t("reader.publishedOn", { date: formatDate(version.publishedAt, language, timeZone) })}`
                : null}
              {version.isCurrent ? ` · ${t("reader.current")}` : null}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "What changed in version 2", in the reader's language (the other one when it is missing). */
export function Changelog({ version }: { version: PublishedVersion | undefined }) {
  const { t } = useTranslation("versions");
  const language = useLanguage();
  const text = version ? inLanguage(version.changelog, language) : null;
  if (!version || !text) return null;
  return (
    <section aria-labelledby="changelog-heading" className="changelog">
      <h2 id="changelog-heading" className="small-heading">
        {t("reader.changelog", { name: versionName(version.label) })}
      </h2>
      <p className="user-text">{text}</p>
    </section>
  );
}

/** Above an older version: which one it is, and where its text is now (the sections, or removed). */
export function OlderVersionNotice({
  label,
  textNow,
  sectionPath,
}: {
  label: string;
  textNow: TextNow | null;
  sectionPath: (number: string) => string;
}) {
  const { t } = useTranslation("versions");
  return (
    <div className="notice version-notice" role="note">
      <p>{t("reader.oldVersion", { name: versionName(label) })}</p>
      {textNow && textNow.sections.length === 0 ? (
        <p>{t("reader.removedIn", { name: versionName(textNow.label) })}</p>
      ) : null}
      {textNow && textNow.sections.length > 0 ? (
        <>
          <p>{t("reader.nowIn", { name: versionName(textNow.label) })}</p>
          <ul>
            {textNow.sections.map((section) => (
              <li key={section.number}>
                <Link to={sectionPath(section.number)}>
                  <SectionTitle number={section.number} heading={section.heading} />
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
