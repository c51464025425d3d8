import { type SubmissionData, submissionSchema } from "./schema";
import { findOwnAttachment, type StoredAttachment, storeAttachment } from "./submissions.server";
import { readUploadForm } from "./upload.server";

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
  const upload = await readUploadForm(request);
  const { intent, removeAttachment, ...values } = upload.fields;
  const errors: Record<string, string> = {};

  let attachment: StoredAttachment | null = null;
  if (values.attachmentId && !removeAttachment) attachment = await findOwnAttachment(authorId, values.attachmentId);
  values.attachmentId = attachment?.id ?? "";
  if (upload.problem === "malformed") {
    return { intent, values, errors: { form: "validation.malformedForm" }, attachment, data: null, malformed: true };
  }
  if (upload.problem === "tooLarge") errors.attachment = "validation.attachmentTooLarge";
  if (upload.file) {
    const stored = await storeAttachment(authorId, upload.file);
    if (stored.ok) {
      attachment = stored.attachment;
      values.attachmentId = stored.attachment.id;
    } else errors.attachment = stored.error;
  }

  const parsed = submissionSchema.safeParse({ ...values, section: sectionNumber ?? undefined });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      errors[field] ??= issue.message.startsWith("validation.") ? issue.message : "validation.invalidValue";
    }
  }
  const data = parsed.success && Object.keys(errors).length === 0 ? parsed.data : null;
  return { intent, values, errors, attachment, data, malformed: false };
}
