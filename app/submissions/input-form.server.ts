import { organisationsOf } from "~/auth/organisations.server";
import type { InputTarget } from "~/consultations/lookups.server";
import { readFormBody } from "~/forms/body.server";
import { checkFields, type FieldErrors, type FormValues } from "~/forms/parse.server";
import { findOwnAttachment, type StoredAttachment, storeAttachment } from "./attachments.server";
import type { OwnSubmission } from "./own-input.server";
import {
  ATTACHMENT_MAX_BYTES,
  INDIVIDUAL,
  type SubmissionData,
  type SubmissionLanguage,
  submissionSchema,
} from "./schema";
import type { DiffSegment } from "./word-diff";

/** What the input form needs to show: where the input goes, and whom the author may speak for. */
export async function inputFormPage(
  target: InputTarget,
  author: { id: string },
  form: { idempotencyKey: string; quote: string },
) {
  const { consultation, section } = target;
  return {
    consultation: {
      slug: consultation.slug,
      title: { en: consultation.titleEn, id: consultation.titleId },
      phase: target.phase,
      closesAt: consultation.closesAt.toISOString(),
      timeZone: consultation.timeZone,
    },
    section: section
      ? {
          number: section.number,
          heading: { en: section.headingEn, id: section.headingId },
          body: { en: section.bodyEn, id: section.bodyId },
        }
      : null,
    organisations: await organisationsOf(author.id),
    idempotencyKey: form.idempotencyKey,
    quote: form.quote,
    draftOwner: author.id,
  };
}

/** Editing sent input: the same form, filled with what was sent, posted to the input's own page. */
export function editForm(submission: OwnSubmission) {
  return {
    action: `/my-input/${submission.reference}/edit`,
    values: {
      kind: submission.kind,
      stance: submission.stance,
      body: submission.body,
      quotedPassage: submission.quotedPassage ?? "",
      proposedText: submission.proposedText ?? "",
      consent: submission.consent,
      onBehalfOf: submission.organisationId ?? INDIVIDUAL,
      language: submission.language,
      attachmentId: submission.attachment?.id ?? "",
    },
    attachment: submission.attachment,
  };
}

export type SubmissionFormInput = {
  intent: string | undefined;
  /** Everything the author typed, to send back into the page. */
  values: FormValues;
  errors: FieldErrors;
  attachment: StoredAttachment | null;
  data: SubmissionData | null;
  malformed: boolean;
};

/**
 * Reads the input form (send or edit): keeps a newly chosen file (checked by content), keeps
 * or drops the file chosen earlier, and checks everything with the shared schema. Errors are
 * translation keys per field; nothing typed is dropped.
 */
export async function readSubmissionForm(
  request: Request,
  authorId: string,
  sectionNumber: string | null,
): Promise<SubmissionFormInput> {
  const body = await readFormBody(request, { name: "attachment", maxBytes: ATTACHMENT_MAX_BYTES });
  const { intent, removeAttachment, ...values } = body.values;
  const errors: FieldErrors = {};

  let attachment: StoredAttachment | null = null;
  if (values.attachmentId && !removeAttachment) attachment = await findOwnAttachment(authorId, values.attachmentId);
  values.attachmentId = attachment?.id ?? "";
  if (body.problem === "malformed") {
    return { intent, values, errors: { form: "validation.malformedForm" }, attachment, data: null, malformed: true };
  }
  if (body.problem === "fileTooLarge") errors.attachment = "validation.attachmentTooLarge";
  if (body.file) {
    const stored = await storeAttachment(authorId, body.file);
    if (stored.ok) {
      attachment = stored.value;
      values.attachmentId = stored.value.id;
    } else errors.attachment = stored.error;
  }

  // The attachment checked is the one kept above, not whatever id the page sent.
  const checked = checkFields(body.fields, submissionSchema, {
    extra: { section: sectionNumber ?? undefined, attachmentId: values.attachmentId },
  });
  if (!checked.ok) for (const [field, error] of Object.entries(checked.errors)) errors[field] ??= error;
  const data = checked.ok && Object.keys(errors).length === 0 ? checked.data : null;
  return { intent, values, errors, attachment, data, malformed: false };
}

/** Where the input form stands after a post: the form again, the check-your-answers preview, or closed. */
export type InputFormStep = "form" | "preview" | "closed";

export type AnswerParts = Pick<SubmissionFormInput, "errors" | "values" | "attachment"> & {
  detectedLanguage?: SubmissionLanguage | null;
  diff?: DiffSegment[] | null;
  /** Set when a sending limit refused the input: the seconds until it may be sent. */
  retryAfterSeconds?: number;
};

/**
 * What the send and edit actions answer with: the step to show, the errors by field, everything
 * typed and the file kept; on the preview, the language detected and an amendment's word diff.
 */
export function formAnswer(step: InputFormStep, parts: AnswerParts) {
  const { errors, values, attachment, detectedLanguage, diff, retryAfterSeconds = null } = parts;
  return { step, errors, values, attachment, detectedLanguage, diff, retryAfterSeconds };
}
