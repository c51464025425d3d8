import { readFormBody } from "~/forms/body.server";
import { checkFields } from "~/forms/parse.server";
import { ATTACHMENT_MAX_BYTES, type SubmissionData, submissionSchema } from "./schema";
import { findOwnAttachment, type StoredAttachment, storeAttachment } from "./submissions.server";

export type SubmissionFormInput = {
  intent: string | undefined;
  /** Everything the author typed, to send back into the page. */
  values: Record<string, string>;
  errors: Record<string, string>;
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
  const errors: Record<string, string> = {};

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
      attachment = stored.attachment;
      values.attachmentId = stored.attachment.id;
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
