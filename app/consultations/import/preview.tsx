import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SanitizedHtml } from "~/components/sanitized-html";
import type { PairingIssue } from "./pairing";

type PreviewSection = { number: string; heading: string; html: string } | null;
type PreviewRow = { number: string; issue: PairingIssue | null; en: PreviewSection; id: PreviewSection };

/** The pending import, section by section in both languages, with what did not match flagged. */
export function ImportPreview({
  rows,
  languages,
  preamble,
  replaces,
}: {
  rows: PreviewRow[];
  languages: { en: boolean; id: boolean };
  preamble: { en: string; id: string } | null;
  replaces: number;
}) {
  const { t } = useTranslation("imports");
  const flagged = rows.filter((row) => row.issue).length;
  return (
    <section aria-labelledby="preview-title" className="import-preview">
      <h2 id="preview-title">{t("preview.title")}</h2>
      <p>{t("preview.count", { count: rows.length })}</p>
      {!languages.en || !languages.id ? (
        <p className="notice">{t(languages.en ? "preview.missingId" : "preview.missingEn")}</p>
      ) : null}
      {flagged > 0 ? <p className="notice">{t("preview.flagged", { count: flagged })}</p> : null}
      {preamble?.en || preamble?.id ? <p className="notice">{t("preview.preambleDropped")}</p> : null}
      <ol className="import-preview__rows">
        {rows.map((row) => (
          <li key={`${row.number}-${row.en?.number}-${row.id?.number}`} className="import-preview__row">
            <h3>
              {row.number}
              {row.issue ? <span className="badge badge--draft"> {t(`preview.issues.${row.issue}`)}</span> : null}
            </h3>
            <div className="parallel">
              <PreviewColumn language="en" section={row.en} />
              <PreviewColumn language="id" section={row.id} />
            </div>
          </li>
        ))}
      </ol>
      {replaces > 0 ? <p className="notice">{t("preview.replaces", { count: replaces })}</p> : null}
      <Form method="post" className="button-row">
        <button type="submit" name="intent" value="confirm" className="button">
          {t("preview.confirm")}
        </button>
        <button type="submit" name="intent" value="discard" className="button button--secondary">
          {t("preview.discard")}
        </button>
      </Form>
    </section>
  );
}

function PreviewColumn({ language, section }: { language: "en" | "id"; section: PreviewSection }) {
  const { t } = useTranslation("imports");
  return (
    <div className="parallel__column is-shown" lang={language}>
      <p className="muted">{t(`preview.language.${language}`)}</p>
      {section ? (
        <>
          <h4>
            {section.number !== "" ? `${section.number} ` : ""}
            {section.heading}
          </h4>
          <SanitizedHtml html={section.html} />
        </>
      ) : (
        <p className="muted">{t("preview.none")}</p>
      )}
    </div>
  );
}
