import { Form, useNavigation } from "@remix-run/react";
import { useEffect } from "react";
import type { DefaultValues } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/forms/fields";
import { useValidatedForm } from "~/forms/use-validated-form";
import type { Language } from "~/i18n/config";
import { useLanguage } from "~/i18n/use-language";
import { useDraft } from "../drafts";
import { INDIVIDUAL, type SubmissionInput, submissionSchema } from "../schema";
import { Amendment } from "./amendment";
import { amendmentStart, isUntouchedStart } from "./amendment-start";
import { AttachmentField, useAttachmentCheck } from "./attachment-field";
import { ConsentAndBehalf } from "./consent-and-behalf";
import { InputFormHeading } from "./heading";
import { KindAndStance } from "./kind-and-stance";
import { LanguageField } from "./language-field";
import { type InputFormAnswer, type InputFormEdit, type InputFormPage, sendPath } from "./page";
import { PassageAndText } from "./passage-and-text";

const FIELD_ORDER = ["kind", "stance", "quotedPassage", "body", "proposedText", "consent", "onBehalfOf", "attachment"];

/** A new form: a comment on a section (or the whole draft), the passage chosen, and the only organisation ticked. */
function startingValues(page: InputFormPage, language: Language): DefaultValues<SubmissionInput> {
  const [onlyOrganisation, ...others] = page.organisations;
  return {
    kind: page.section ? "comment" : "general",
    stance: undefined,
    body: "",
    quotedPassage: page.quote,
    proposedText: amendmentStart(page, language),
    consent: undefined,
    onBehalfOf: onlyOrganisation ? (others.length === 0 ? onlyOrganisation.id : undefined) : INDIVIDUAL,
    section: page.section?.number ?? "",
    idempotencyKey: page.idempotencyKey,
    attachmentId: "",
  };
}

/**
 * The input form, for sending (its answers then previewed) and for editing sent input (`edit`:
 * posted to its own page, with the language among the fields). Checked as the author types with
 * JavaScript, by the server always; the text typed is kept as a draft in this browser.
 */
export function SubmissionForm({
  page,
  answer,
  edit,
}: {
  page: InputFormPage;
  answer: InputFormAnswer | undefined;
  edit?: InputFormEdit;
}) {
  const { t } = useTranslation("submissions");
  const language = useLanguage();
  const navigation = useNavigation();
  const { register, radio, watch, errors, showSummary, onSubmit, form } = useValidatedForm(
    submissionSchema,
    { ...startingValues(page, language), ...edit?.values },
    answer,
  );
  const restored = useDraft(form, page, { keep: !edit, restore: !edit && !answer?.values });
  // The page's language switched while the form stays open: an untouched box follows it, typed text stays.
  useEffect(() => {
    if (edit) return;
    const current = form.getValues("proposedText") ?? "";
    const start = amendmentStart(page, language);
    if (current !== start && isUntouchedStart(page, current)) form.setValue("proposedText", start);
  }, [form, page, language, edit]);
  const { fileError, checkFile } = useAttachmentCheck();
  const attachment = answer ? (answer.attachment ?? null) : (edit?.attachment ?? null);
  const allErrors: Record<string, string> = { ...errors, ...(fileError ? { attachment: fileError } : {}) };
  const fields = { register, radio, errors: allErrors };
  return (
    <div className="page page--narrow">
      <InputFormHeading page={page} title={edit ? t("edit.title") : t("send.title")} />
      {page.inputFrozen && !edit ? (
        <p className="notice" role="note">
          {t("versions:frozen.notice")}
        </p>
      ) : null}
      <ErrorSummary
        errors={allErrors}
        order={FIELD_ORDER}
        show={showSummary || Boolean(fileError)}
        retryAfterSeconds={answer?.retryAfterSeconds}
      />
      {restored ? (
        <p className="notice" role="status">
          {t("send.restored")}
        </p>
      ) : null}
      <Form
        method="post"
        action={edit?.action ?? sendPath(page)}
        encType="multipart/form-data"
        noValidate
        onSubmit={onSubmit}
        className="stack"
      >
        <input type="hidden" {...register("idempotencyKey")} />
        <input type="hidden" {...register("section")} />
        <input type="hidden" {...register("attachmentId")} />
        <KindAndStance page={page} editing={Boolean(edit)} fields={fields} />
        <PassageAndText page={page} fields={fields} body={watch("body") ?? ""} />
        <Amendment page={page} fields={fields} kind={watch("kind")} />
        <ConsentAndBehalf page={page} fields={fields} />
        {edit ? <LanguageField error={allErrors.language} inputProps={(value) => radio("language", value)} /> : null}
        <AttachmentField
          attachment={attachment}
          error={allErrors.attachment}
          chooseAgain={answer?.step === "form" && !attachment}
          notKept={answer?.step === "form" ? answer.fileNotKept : null}
          onChange={checkFile}
        />
        <button
          type="submit"
          name="intent"
          value={edit ? "save" : "preview"}
          className="button"
          disabled={navigation.state === "submitting"}
        >
          {edit ? t("edit.save") : t("send.continue")}
        </button>
      </Form>
    </div>
  );
}
