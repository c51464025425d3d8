import { Form, Link, useNavigation } from "@remix-run/react";
import { type ChangeEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useHydrated } from "~/components/use-hydrated";
import { ErrorSummary, fieldId, RadioGroup, TextAreaField } from "~/forms/fields";
import { useValidatedForm } from "~/forms/use-validated-form";
import { formatBytes, formatDateTime, formatNumber } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import { DRAFTED, draftKey } from "./drafts";
import { useReaderTimeZone } from "~/i18n/use-reader-time-zone";
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_MAX_BYTES,
  BODY_MAX_LENGTH,
  BODY_MIN_LENGTH,
  consents,
  INDIVIDUAL,
  stances,
  submissionSchema,
} from "./schema";
import { WordDiff } from "./word-diff-view";

type Localized = { en: string | null; id: string | null };
export type SendPageData = {
  consultation: { slug: string; title: { en: string; id: string }; phase: string; closesAt: string; timeZone: string };
  section: { number: string; heading: Localized; body: Localized } | null;
  organisations: { id: string; name: string; type: string; country: string }[];
  idempotencyKey: string;
  quote: string;
  /** Drafts are kept per person, so a shared computer never shows one person's text to another. */
  draftOwner: string;
};
type Attachment = { id: string; fileName: string; kind: string; byteSize: number } | null;
type Result = {
  step: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  attachment?: Attachment;
  detectedLanguage?: string | null;
  diff?: { change: "same" | "added" | "removed"; text: string }[] | null;
};

const FIELD_ORDER = ["kind", "stance", "quotedPassage", "body", "proposedText", "consent", "onBehalfOf", "attachment"];

function sendPath(page: SendPageData) {
  return `/consultations/${page.consultation.slug}/send${page.section ? `?section=${encodeURIComponent(page.section.number)}` : ""}`;
}

function PageHeading({ page, title }: { page: SendPageData; title: string }) {
  const { t } = useTranslation("submissions");
  const language = useLanguage();
  const heading = page.section
    ? (page.section.heading[language] ?? page.section.heading.en ?? page.section.heading.id)
    : null;
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

export function ClosedNotice({ consultation }: { consultation: SendPageData["consultation"] }) {
  const { t } = useTranslation("submissions");
  const language = useLanguage();
  const timeZone = useReaderTimeZone(consultation.timeZone);
  return (
    <div className="page page--narrow">
      <h1>{t("closed.title")}</h1>
      <p>{t("closed.body", { date: formatDateTime(consultation.closesAt, language, timeZone) })}</p>
      <p>
        <Link to={`/consultations/${consultation.slug}`}>{t("closed.back")}</Link>
      </p>
    </div>
  );
}

/** Editing existing input: the same form, posted to its own page, with the language among the fields. */
export type EditMode = { action: string; values: Record<string, string>; attachment: Attachment };

export function SubmissionForm({
  page,
  result,
  edit,
}: {
  page: SendPageData;
  result: Result | undefined;
  edit?: EditMode;
}) {
  const { t } = useTranslation("submissions");
  const { t: tc } = useTranslation("common");
  const language = useLanguage();
  const hydrated = useHydrated();
  const navigation = useNavigation();
  const sectionBody = page.section
    ? (page.section.body[language] ?? page.section.body.en ?? page.section.body.id ?? "")
    : "";
  const defaults = {
    kind: page.section ? "comment" : "general",
    stance: undefined,
    body: "",
    quotedPassage: page.quote,
    proposedText: page.quote || sectionBody,
    consent: undefined,
    onBehalfOf:
      page.organisations.length === 1
        ? page.organisations[0]!.id
        : page.organisations.length === 0
          ? INDIVIDUAL
          : undefined,
    section: page.section?.number ?? "",
    idempotencyKey: page.idempotencyKey,
    attachmentId: "",
  } as const;
  const { register, radio, watch, errors, showSummary, onSubmit, form } = useValidatedForm(
    submissionSchema,
    { ...defaults, ...edit?.values } as never,
    result,
  );
  const [fileError, setFileError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const kind = watch("kind");
  const body = watch("body") ?? "";
  const attachment = result ? (result.attachment ?? null) : (edit?.attachment ?? null);

  // Text survives an expired session or a closed tab: kept in this browser while typing, restored on return.
  useEffect(() => {
    if (result?.values || edit) return;
    try {
      const saved = JSON.parse(
        window.localStorage.getItem(draftKey(page.draftOwner, page.consultation.slug, page.section?.number)) ?? "null",
      ) as Record<string, string> | null;
      if (saved?.body) {
        for (const name of DRAFTED)
          if (saved[name] !== undefined) form.setValue(name, saved[name] as never, { shouldDirty: true });
        setRestored(true);
      }
    } catch {
      // Nothing saved, or storage refused: start empty.
    }
  }, [form, page, result?.values, edit]);
  useEffect(() => {
    const subscription = form.watch((values) => {
      if (edit) return;
      try {
        const draft = Object.fromEntries(
          DRAFTED.map((name) => [name, (values as Record<string, unknown>)[name] ?? ""]),
        );
        window.localStorage.setItem(
          draftKey(page.draftOwner, page.consultation.slug, page.section?.number),
          JSON.stringify(draft),
        );
      } catch {
        // Storage full or refused: the form still works, only the safety net is missing.
      }
    });
    return () => subscription.unsubscribe();
  }, [form, page, edit]);

  function checkFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileError(null);
    if (file && file.size > ATTACHMENT_MAX_BYTES) {
      setFileError("validation.attachmentTooLarge");
      event.target.value = "";
    } else if (file && !/\.(pdf|docx|odt)$/i.test(file.name)) {
      setFileError("validation.attachmentType");
      event.target.value = "";
    }
  }

  const allErrors: Record<string, string> = { ...errors, ...(fileError ? { attachment: fileError } : {}) };
  const showProposed = !hydrated || kind === "amendment";
  return (
    <div className="page page--narrow">
      <PageHeading page={page} title={edit ? t("edit.title") : t("send.title")} />
      <ErrorSummary errors={allErrors} order={FIELD_ORDER} show={showSummary || Boolean(fileError)} />
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
        {page.section && !edit ? (
          <RadioGroup
            name="kind"
            legend={t("fields.kind")}
            error={allErrors.kind}
            options={[
              { value: "comment", label: t("kinds.comment"), hint: t("kinds.commentHint") },
              { value: "amendment", label: t("kinds.amendment"), hint: t("kinds.amendmentHint") },
            ]}
            inputProps={(value) => radio("kind", value)}
          />
        ) : (
          <input type="hidden" {...register("kind")} />
        )}
        <RadioGroup
          name="stance"
          legend={page.section ? t("fields.stanceSection") : t("fields.stanceDraft")}
          error={allErrors.stance}
          options={stances.map((stance) => ({ value: stance, label: t(`stances.${stance}`) }))}
          inputProps={(value) => radio("stance", value)}
        />
        {page.section ? (
          <TextAreaField
            label={t("fields.quotedPassage")}
            hint={t("send.quotedPassageHint")}
            rows={3}
            error={allErrors.quotedPassage}
            {...register("quotedPassage")}
          />
        ) : null}
        <TextAreaField
          label={t("fields.body")}
          hint={t("send.bodyHint", { min: BODY_MIN_LENGTH, max: formatNumber(BODY_MAX_LENGTH, language) })}
          rows={10}
          error={allErrors.body}
          after={
            hydrated ? (
              <p className={`counter${body.length > BODY_MAX_LENGTH ? " counter--over" : ""}`} aria-live="polite">
                {t("send.counter", {
                  count: body.length,
                  formatted: formatNumber(body.length, language),
                  max: formatNumber(BODY_MAX_LENGTH, language),
                })}
              </p>
            ) : null
          }
          {...register("body")}
        />
        {page.section ? (
          <div className={showProposed ? "conditional" : "conditional is-hidden"}>
            <TextAreaField
              label={t("fields.proposedText")}
              hint={t("send.proposedHint")}
              rows={10}
              error={allErrors.proposedText}
              {...register("proposedText")}
            />
          </div>
        ) : null}
        <RadioGroup
          name="consent"
          legend={t("fields.consent")}
          error={allErrors.consent}
          options={consents.map((consent) => ({
            value: consent,
            label: t(`consents.${consent}`),
            hint: t(`consents.${consent}Hint`),
          }))}
          inputProps={(value) => radio("consent", value)}
        />
        <RadioGroup
          name="onBehalfOf"
          legend={t("fields.onBehalfOf")}
          error={allErrors.onBehalfOf}
          options={[
            ...page.organisations.map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
              hint: `${tc(`organisationTypes.${organisation.type}`)}, ${tc(`countries.${organisation.country}`)}`,
            })),
            { value: INDIVIDUAL, label: t("send.asIndividual") },
          ]}
          inputProps={(value) => radio("onBehalfOf", value)}
        />
        {edit ? (
          <RadioGroup
            name="language"
            legend={t("fields.language")}
            error={allErrors.language}
            options={(["id", "en", "other"] as const).map((code) => ({ value: code, label: t(`languages.${code}`) }))}
            inputProps={(value) => radio("language", value)}
          />
        ) : null}
        <div className={`field${allErrors.attachment ? " field--error" : ""}`}>
          <label htmlFor={fieldId("attachment")}>{t("fields.attachment")}</label>
          <div className="field-hint" id={`${fieldId("attachment")}-hint`}>
            {t("send.attachmentHint")}
          </div>
          {allErrors.attachment ? (
            <p className="field-error" id={`${fieldId("attachment")}-error`}>
              <span className="visually-hidden">{tc("form.errorPrefix")} </span>
              {tc(allErrors.attachment)}
              {result?.step === "form" && !attachment ? ` ${t("send.chooseFileAgain")}` : ""}
            </p>
          ) : null}
          {attachment ? (
            <div className="attached">
              <p>
                {t("send.attached", { name: attachment.fileName, size: formatBytes(attachment.byteSize, language) })}
              </p>
              <div className="checkbox">
                <input type="checkbox" id="remove-attachment" name="removeAttachment" value="1" />
                <label htmlFor="remove-attachment">{t("send.removeAttachment")}</label>
              </div>
            </div>
          ) : null}
          <input
            type="file"
            id={fieldId("attachment")}
            name="attachment"
            accept={ATTACHMENT_ACCEPT}
            onChange={checkFile}
            aria-invalid={allErrors.attachment ? true : undefined}
            aria-describedby={`${fieldId("attachment")}-hint${allErrors.attachment ? ` ${fieldId("attachment")}-error` : ""}`}
          />
        </div>
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

export function SubmissionPreview({ page, result }: { page: SendPageData; result: Result }) {
  const { t } = useTranslation("submissions");
  const { t: tc } = useTranslation("common");
  const language = useLanguage();
  const navigation = useNavigation();
  const values = result.values ?? {};
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
      result.attachment
        ? `${result.attachment.fileName} (${formatBytes(result.attachment.byteSize, language)})`
        : t("preview.noAttachment"),
    ],
  ];
  return (
    <div className="page page--narrow">
      <PageHeading page={page} title={t("preview.title")} />
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
        {result.diff ? (
          <section aria-labelledby="diff-heading">
            <h2 id="diff-heading">{t("preview.amendment")}</h2>
            <WordDiff segments={result.diff} />
          </section>
        ) : null}
        <RadioGroup
          name="language"
          legend={t("fields.language")}
          hint={
            result.detectedLanguage
              ? t("preview.detected", { language: t(`languages.${result.detectedLanguage}`) })
              : undefined
          }
          options={(["id", "en", "other"] as const).map((code) => ({ value: code, label: t(`languages.${code}`) }))}
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
