import { json } from "@remix-run/node";
import { isDatabaseUnavailable } from "#db/faults.server";
import { organisationsOf } from "~/auth/organisations.server";
import { amendmentsOpenFor } from "~/consultations/amendments";
import type { InputTarget } from "~/consultations/lookups.server";
import { readFormBody } from "~/forms/body.server";
import { checkFields, type FieldErrors, type FormValues } from "~/forms/parse.server";
import { errorResponse } from "~/responses";
import {
  type CheckedFile,
  checkAttachment,
  findOwnAttachment,
  forgetUnsentAttachment,
  keepAttachment,
  type StoredAttachment,
} from "./attachments.server";
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
    amendmentsOpen: amendmentsOpenFor(consultation, section),
    // Paused while the next version is drafted (decision 033): the form says so before anything is typed.
    inputFrozen: consultation.inputFrozen,
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
  /** The file kept from an earlier post of this form. */
  attachment: StoredAttachment | null;
  /** A file chosen in this post, checked by content but not kept until the whole form is valid. */
  newFile: CheckedFile | null;
  data: SubmissionData | null;
  malformed: boolean;
  /** The database was away while the file was kept or looked up: nothing was saved, try again. */
  unavailable: boolean;
};
export type ValidSubmissionForm = SubmissionFormInput & { data: SubmissionData };

/**
 * Reads the input form (send or edit): checks a newly chosen file by its content and size, keeps
 * or drops the file chosen earlier, and checks everything with the shared schema. Nothing is
 * stored here: a form that fails leaves no file behind (`keepNewFile` stores it once the route has
 * nothing left to refuse). Errors are translation keys per field; nothing typed is dropped.
 */
export async function readSubmissionForm(
  request: Request,
  authorId: string,
  sectionNumber: string | null,
): Promise<SubmissionFormInput> {
  const body = await readFormBody(request, { name: "attachment", maxBytes: ATTACHMENT_MAX_BYTES });
  const { intent, removeAttachment, ...values } = body.values;
  const errors: FieldErrors = { ...body.refused };
  const unread = { intent, values, attachment: null, newFile: null, data: null };

  let attachment: StoredAttachment | null = null;
  try {
    const keptId = body.fields.attachmentId?.[0];
    if (keptId && !removeAttachment) attachment = await findOwnAttachment(authorId, keptId);
  } catch (error) {
    // The body is read and cannot be read again: what was typed must come back from here.
    if (!isDatabaseUnavailable(error)) throw error;
    return { ...unread, errors: { form: UNSAVED }, malformed: false, unavailable: true };
  }
  values.attachmentId = attachment?.id ?? "";
  if (body.problem === "malformed") {
    const malformed = { errors: { form: "validation.malformedForm" }, data: null, malformed: true };
    return { intent, values, attachment, newFile: null, unavailable: false, ...malformed };
  }
  if (body.problem === "fileTooLarge") errors.attachment = "validation.attachmentTooLarge";
  let newFile: CheckedFile | null = null;
  if (body.file) {
    const checked = checkAttachment(body.file);
    if (checked.ok) newFile = checked.value;
    else errors.attachment = checked.error;
  }

  // The attachment checked is the one kept above, not whatever id the page sent.
  const checked = checkFields(body.fields, submissionSchema, {
    extra: { section: sectionNumber ?? undefined, attachmentId: values.attachmentId },
  });
  if (!checked.ok) for (const [field, error] of Object.entries(checked.errors)) errors[field] ??= error;
  const data = checked.ok && Object.keys(errors).length === 0 ? checked.data : null;
  return { intent, values, errors, attachment, newFile, data, malformed: false, unavailable: false };
}

/** Stores the form's new file, in place of one kept earlier: call it only once the form is valid. */
export async function keepNewFile(authorId: string, input: ValidSubmissionForm): Promise<ValidSubmissionForm> {
  if (!input.newFile) return input;
  const attachment = await keepAttachment(authorId, input.newFile);
  const attachmentId = attachment.id;
  return {
    ...input,
    attachment,
    newFile: null,
    values: { ...input.values, attachmentId },
    data: { ...input.data, attachmentId },
  };
}

/**
 * Sends or saves the form with its new file stored; a file no submission points at afterwards
 * (the send was refused, or it repeated one already sent) is removed again, so a refusal leaves
 * nothing behind.
 */
export async function withNewFile<T>(
  authorId: string,
  input: ValidSubmissionForm,
  send: (data: SubmissionData) => Promise<T>,
): Promise<T> {
  const kept = await keepNewFile(authorId, input);
  try {
    return await send(kept.data);
  } finally {
    if (input.newFile && kept.attachment) await forgetUnsentAttachment(authorId, kept.attachment.id);
  }
}

const UNSAVED = "validation.databaseUnavailable";

/**
 * The form again after the database went away during the request (an outage or a restart):
 * everything typed comes back with a form-level "nothing was saved, send it again" message. The
 * body is read here when the failure came before the form was (signing in, finding the section).
 * A file chosen this time could not be kept and must be chosen again.
 */
async function unsavedAnswer(request: Request, input: SubmissionFormInput | undefined): Promise<AnswerParts> {
  if (input) {
    return { values: input.values, attachment: input.attachment, newFile: input.newFile, errors: { form: UNSAVED } };
  }
  const {
    intent: _intent,
    removeAttachment: _remove,
    ...values
  } = request.bodyUsed ? {} : (await readFormBody(request)).values;
  return { values: { ...values, attachmentId: "" }, attachment: null, newFile: null, errors: { form: UNSAVED } };
}

/** Where the input form stands after a post: the form again, the check-your-answers preview, or closed. */
export type InputFormStep = "form" | "preview" | "closed";

export type AnswerParts = Pick<SubmissionFormInput, "errors" | "values" | "attachment" | "newFile"> & {
  detectedLanguage?: SubmissionLanguage | null;
  diff?: DiffSegment[] | null;
  /** Set when a sending limit refused the input: the seconds until it may be sent. */
  retryAfterSeconds?: number;
};

/**
 * What the send and edit actions answer with: the step to show, the errors by field, everything
 * typed and the file kept; the name of a file chosen but not kept, which must be chosen again; on
 * the preview, the language detected and an amendment's word diff.
 */
export function formAnswer(step: InputFormStep, parts: AnswerParts) {
  const { errors, values, attachment, newFile, detectedLanguage, diff, retryAfterSeconds = null } = parts;
  const fileNotKept = newFile?.fileName ?? null;
  return { step, errors, values, attachment, fileNotKept, detectedLanguage, diff, retryAfterSeconds };
}

/** Where an action records the form once it has read it, for the answer when the database goes away. */
export type ReadForm = { input?: SubmissionFormInput };

/**
 * Runs the send or edit action; when the database goes away during it, the answer is the form
 * again with everything typed (status 503) instead of an error page. Any other failure is thrown on.
 */
export async function keepingTypedInput<T>(request: Request, act: (read: ReadForm) => Promise<T>) {
  const read: ReadForm = {};
  try {
    return await act(read);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return json(formAnswer("form", await unsavedAnswer(request, read.input)), { status: 503 });
  }
}

/**
 * Runs the input form's loader: the database being away answers 503, so the route's error
 * boundary can give back what the action kept instead of a generic error page.
 */
export async function loadingInputForm<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    throw errorResponse(503);
  }
}
