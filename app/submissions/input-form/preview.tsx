import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "~/i18n/use-language";
import { attachmentSummary } from "../attachment-summary";
import { WordDiff } from "../word-diff-view";
import { InputFormHeading } from "./heading";
import { LanguageField } from "./language-field";
import { type InputFormAnswer, type InputFormPage, sendPath } from "./page";

/**
 * Check your answers: everything typed, an amendment as a word diff, and the language (as
 * detected, to correct) before the input is sent. Going back to change keeps everything.
 */
export function SubmissionPreview({ page, answer }: { page: InputFormPage; answer: InputFormAnswer }) {
  const { t } = useTranslation("submissions");
  const { t: tc } = useTranslation("common");
  const language = useLanguage();
  const navigation = useNavigation();
  const { values } = answer;
  const organisation = page.organisations.find((o) => o.id === values.onBehalfOf);
  const rows: [string, string | null][] = [
    [t("fields.kind"), t(`kinds.${values.kind}`)],
    [page.section ? t("fields.stanceSection") : t("fields.stanceDraft"), t(`stances.${values.stance}`)],
    [t("fields.quotedPassage"), values.quotedPassage || null],
    [t("fields.body"), values.body ?? ""],
    [t("fields.consent"), t(`consents.${values.consent}`)],
    [t("fields.onBehalfOf"), organisation ? organisation.name : t("send.asIndividual")],
    [
      t("fields.attachment"),
      answer.attachment ? attachmentSummary(answer.attachment, language) : t("preview.noAttachment"),
    ],
  ];
  return (
    <div className="page page--narrow">
      <InputFormHeading page={page} title={t("preview.title")} />
      <Form method="post" action={sendPath(page)} encType="multipart/form-data" className="stack">
        {Object.entries(values)
          .filter(([name]) => name !== "language")
          .map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
        <dl className="summary-list">
          {rows
            .filter(([, value]) => value !== null)
            .map(([label, value]) => (
              <div key={label} className="summary-list__row">
                <dt>{label}</dt>
                <dd className="user-text">{value}</dd>
              </div>
            ))}
        </dl>
        {answer.diff ? (
          <section aria-labelledby="diff-heading">
            <h2 id="diff-heading">{t("preview.amendment")}</h2>
            <WordDiff segments={answer.diff} />
          </section>
        ) : null}
        <LanguageField
          hint={
            answer.detectedLanguage
              ? t("preview.detected", { language: t(`languages.${answer.detectedLanguage}`) })
              : undefined
          }
          inputProps={(value) => ({ defaultChecked: values.language === value })}
        />
        <p>{t("preview.whatNext")}</p>
        <div className="button-row">
          <button
            type="submit"
            name="intent"
            value="send"
            className="button"
            disabled={navigation.state === "submitting"}
          >
            {t("preview.send")}
          </button>
          <button type="submit" name="intent" value="change" className="button button--secondary">
            {t("preview.change")}
          </button>
        </div>
      </Form>
      <p className="muted">{tc("form.nothingLost")}</p>
    </div>
  );
}
