import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { openDataFiles } from "~/reports/exports.server";
import { openDataConsultation, openDataPage } from "~/reports/open-data.server";
import { invariantResponse } from "~/responses";

export const meta = titleMeta("reports:openData.title");

export async function loader({ params }: LoaderFunctionArgs) {
  const consultation = await openDataConsultation(params.slug ?? "");
  invariantResponse(consultation, 404);
  return json({ ...openDataPage(consultation), files: Object.keys(openDataFiles) });
}

export default function OpenData() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("reports");
  const licenceName = page.licence.nameKey ? t(`licenceNames.${page.licence.nameKey}`) : page.licence.identifier;
  const language = useLanguage();
  const base = `/consultations/${page.slug}`;
  return (
    <div className="page">
      <nav aria-label={t("consultations:breadcrumb")} className="breadcrumb">
        <Link to={base}>{page.title[language]}</Link>
      </nav>
      <h1>{t("openData.title")}</h1>
      <p>{t("openData.intro")}</p>
      <h2>{t("openData.download")}</h2>
      <ul>
        {page.files.map((file) => (
          <li key={file}>
            <a href={`${base}/open-data/${file}`} download>
              {t(`openData.files.${file.split(".")[1]}`)}
            </a>
          </li>
        ))}
      </ul>
      <h2>{t("openData.licence")}</h2>
      <p>
        {t("openData.licencedUnder")} {page.licence.url ? <a href={page.licence.url}>{licenceName}</a> : licenceName} (
        <code>{page.licence.identifier}</code>). {t("openData.attribution")}
      </p>
      <h2>{t("openData.privacy")}</h2>
      <p>{t("openData.privacyText")}</p>
      <h2 id="columns-heading">{t("openData.columns")}</h2>
      <table className="data-table" aria-labelledby="columns-heading">
        <thead>
          <tr>
            <th scope="col">{t("openData.column")}</th>
            <th scope="col">{t("openData.meaning")}</th>
          </tr>
        </thead>
        <tbody>
          {page.columns.map((column) => (
            <tr key={column}>
              <th scope="row">
                {/* A phone breaks a long name after its underscores, not inside a word. */}
                <code>
                  {column.split("_").map((part, index) => (
                    <span key={part}>
                      {index > 0 ? (
                        <>
                          _<wbr />
                        </>
                      ) : null}
                      {part}
                    </span>
                  ))}
                </code>
              </th>
              <td>{t(`openData.columnMeaning.${column}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ notFound: "consultations:errors.consultationNotFound" }} />;
}
