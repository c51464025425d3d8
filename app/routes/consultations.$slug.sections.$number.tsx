import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isWorkingGroup } from "~/auth/session.server";
import { SanitizedHtml } from "~/components/sanitized-html";
import { DraftNotice, PhaseBadge } from "~/consultations/components";
import { markdownAsText } from "~/consultations/markdown.server";
import { getSection } from "~/consultations/consultations.server";
import { SectionTitle } from "~/consultations/section-title";
import { inLanguage, isLanguage, type Language, type Localized, otherLanguage } from "~/i18n/config";
import { earlierText, whereTextIsNow } from "~/consultations/version-history.server";
import { Changelog, OlderVersionNotice, VersionSelector } from "~/consultations/version-selector";
import { versionName } from "~/consultations/versions";
import { VersionCompare, type VersionComparison } from "~/submissions/version-compare";
import { wordDiff } from "~/submissions/word-diff";
import { i18nIn } from "~/i18n/instance";
import { detectLanguage } from "~/i18n/language.server";
import { errorTitle, metaLanguage } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { invariantResponse } from "~/responses";
import { ErrorPage } from "~/components/error-page";
import { PublishedInput, PublishedInputSummary } from "~/submissions/published-input";
import { sectionInput } from "~/submissions/published-input.server";
import { PassageSelection } from "~/submissions/passage-selection";

export const meta: MetaFunction<typeof loader> = ({ data, error, matches }) => {
  if (error) return [{ title: errorTitle({ error, matches }) }];
  if (!data) return [];
  const language = metaLanguage(matches);
  const heading = inLanguage(data.section.heading, language);
  return [{ title: `${data.section.number} ${heading} · ${data.consultation.title[language]} · Masukan` }];
};

export async function loader({ params, request }: LoaderFunctionArgs) {
  const seesDrafts = await isWorkingGroup(request);
  const query = new URL(request.url).searchParams;
  // ?version= reads an earlier published version; none, the current one (decision 033).
  const asked = query.get("version") || null;
  const found = await getSection(params.slug ?? "", params.number ?? "", new Date(), { seesDrafts }, asked);
  invariantResponse(found, 404);
  const i18n = i18nIn(await detectLanguage(request));
  const page = inputPage(query.get("input"));
  invariantResponse(page, 404);
  const input = await sectionInput(
    { id: found.section.id, source: found.section.source, html: found.section.body },
    page,
    (count) => i18n.t("submissions:section.quotedCount", { count }),
  );
  // Page 1 always exists; a later one only while there is input to fill it.
  invariantResponse(page <= input.pageCount, 404);
  const { id, source, ...section } = found.section;
  const compare = query.get("compare") === "1" && found.version.hasPrevious;
  const [textNow, comparison] = await Promise.all([
    found.version.isCurrent ? null : whereTextIsNow(id),
    compare ? comparedWithPrevious(id, source) : null,
  ]);
  // On narrow screens one language is shown at a time; ?text= picks it, so the switch needs no JavaScript.
  const text = query.get("text");
  return json({
    ...found,
    section: { ...section, body: input.html },
    input,
    text: isLanguage(text) ? text : null,
    asked,
    textNow,
    comparison,
  });
}

/** The section against the text it replaced; the word diff is worked out here, a layer above consultations. */
async function comparedWithPrevious(
  sectionId: string,
  source: Localized<string | null>,
): Promise<VersionComparison | null> {
  const earlier = await earlierText(sectionId);
  if (!earlier) return null;
  if (earlier.sections.length === 0) return { previousLabel: earlier.label, diff: null };
  // After a merge, the sections it came from one after the other. Compared as the words a reader
  // sees: a word made bold is no change, and Markdown's marks never show in the comparison.
  const before = (language: Language) => earlier.sections.map((previous) => previous.body[language] ?? "").join("\n\n");
  const compared = (language: Language) =>
    wordDiff(markdownAsText(before(language)), markdownAsText(source[language] ?? ""));
  return { previousLabel: earlier.label, diff: { en: compared("en"), id: compared("id") } };
}

/** `?input=N`, the page of published input; none means the first; anything but a whole number from 1 is no page. */
function inputPage(value: string | null): number | null {
  if (value === null) return 1;
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

const languageNames: Record<Language, string> = { en: "English", id: "Bahasa Indonesia" };

export default function SectionPage() {
  const {
    consultation,
    section,
    previous,
    next,
    version,
    versions,
    asked,
    text,
    input,
    textNow,
    comparison,
    inputFrozen,
  } = useLoaderData<typeof loader>();
  const { t } = useTranslation("consultations");
  const language = useLanguage();
  const shown: Language = text ?? language;
  const columns: Language[] = [language, otherLanguage(language)];
  const base = `/consultations/${consultation.slug}`;
  // The page's own links keep the version asked for, the comparison and the language shown.
  const here = (changes: Record<string, string | null>) => {
    const query = new URLSearchParams();
    const kept = { version: asked, compare: comparison ? "1" : null, text, ...changes };
    for (const [name, value] of Object.entries(kept)) if (value) query.set(name, value);
    const search = query.toString();
    return search ? `?${search}` : "?";
  };
  const versionQuery = asked ? `?version=${encodeURIComponent(asked)}` : "";
  const takesInput = consultation.phase === "open" && version.isCurrent && !inputFrozen;
  return (
    <div className="page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link to="/">{t("home.title")}</Link> <span aria-hidden="true">›</span>{" "}
        <Link to={base}>{consultation.title[language]}</Link>
      </nav>
      <h1>
        <SectionTitle number={section.number} heading={section.heading} />
      </h1>
      {consultation.phase === "draft" ? <DraftNotice /> : null}
      <p className="phase-line">
        <PhaseBadge phase={consultation.phase} />{" "}
        <span className="muted">{t("section.draftVersion", { label: versionName(version.label) })}</span>
      </p>
      {version.isCurrent ? null : (
        <OlderVersionNotice
          label={version.label}
          textNow={textNow}
          sectionPath={(number) => `${base}/sections/${number}`}
        />
      )}
      <VersionSelector
        versions={versions}
        shown={version.label}
        link={(listed) => (listed.isCurrent ? base : `${base}?version=${encodeURIComponent(listed.label)}`)}
        timeZone={consultation.timeZone}
      />
      <Changelog version={versions.find((listed) => listed.label === version.label && version.hasPrevious)} />
      <PublishedInputSummary input={input} textId="section-text" />

      {consultation.phase === "open" && version.isCurrent && inputFrozen ? (
        <p className="notice">{t("versions:frozen.sectionNotice")}</p>
      ) : null}
      {takesInput ? (
        <p>
          <Link to={`${base}/send?section=${encodeURIComponent(section.number)}`} className="button">
            {t("submissions:send.start")}
          </Link>
        </p>
      ) : null}

      <nav className="text-switch" aria-labelledby="text-switch-label">
        <span id="text-switch-label" className="text-switch__label">
          {t("section.readIn")}
        </span>
        {columns.map((lang) => (
          <Link
            key={lang}
            to={here({ text: lang, input: input.page > 1 ? String(input.page) : null })}
            lang={lang}
            aria-current={shown === lang ? "true" : undefined}
            preventScrollReset
            replace
          >
            {languageNames[lang]}
          </Link>
        ))}
      </nav>

      <div className="parallel" id="section-text">
        {columns.map((lang) => {
          const body = section.body[lang];
          return (
            <section
              key={lang}
              lang={lang}
              className={shown === lang ? "parallel__column is-shown" : "parallel__column"}
              aria-labelledby={`text-${lang}`}
            >
              <h2 id={`text-${lang}`} className="parallel__language">
                {languageNames[lang]}
              </h2>
              {body ? (
                <SanitizedHtml html={body} />
              ) : (
                <p className="missing-translation" lang={language}>
                  {t(`section.missing.${lang}`)}
                </p>
              )}
            </section>
          );
        })}
      </div>

      {version.hasPrevious ? (
        <p>
          <Link to={here({ compare: comparison ? null : "1" })} preventScrollReset>
            {t(comparison ? "versions:reader.hideCompare" : "versions:reader.compare")}
          </Link>
        </p>
      ) : null}
      {comparison ? (
        <VersionCompare comparison={comparison} label={version.label} columns={columns} shown={shown} />
      ) : null}

      {takesInput ? (
        <PassageSelection
          container="section-text"
          sendPath={`${base}/send?section=${encodeURIComponent(section.number)}`}
        />
      ) : null}

      <PublishedInput
        input={input}
        timeZone={consultation.timeZone}
        pageLink={(page) => `${here({ input: String(page) })}#published-heading`}
      />

      <nav className="pager" aria-label={t("section.pager")}>
        {previous ? (
          <Link to={`${base}/sections/${previous.number}${versionQuery}`} rel="prev" className="pager__previous">
            <span className="pager__label">{t("section.previous")}</span>
            <SectionTitle number={previous.number} heading={previous.heading} />
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link to={`${base}/sections/${next.number}${versionQuery}`} rel="next" className="pager__next">
            <span className="pager__label">{t("section.next")}</span>
            <SectionTitle number={next.number} heading={next.heading} />
          </Link>
        ) : null}
      </nav>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ notFound: "consultations:errors.sectionNotFound" }} />;
}
