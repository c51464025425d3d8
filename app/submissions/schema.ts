import { z } from "~/forms/zod";
import { consents, stances, submissionKinds, submissionLanguages } from "#db/schema/values";

export const BODY_MIN_LENGTH = 20;
export const BODY_MAX_LENGTH = 10_000;
export const PASSAGE_MAX_LENGTH = 2_000;
export const PROPOSED_MAX_LENGTH = 20_000;
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_ACCEPT =
  ".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text";

export {
  type Consent,
  consents,
  type Stance,
  type SubmissionKind,
  type SubmissionLanguage,
  stances,
  submissionKinds,
  submissionLanguages,
} from "#db/schema/values";

/** "individual", or the id of one of the author's organisations. */
export const INDIVIDUAL = "individual";

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { error: message })
    .optional()
    .transform((value) => (value ? value : undefined));

// One schema for the browser (as the author types) and the server (which checks again).
export const submissionSchema = z
  .object({
    kind: z.enum(submissionKinds, { error: "validation.kindRequired" }),
    stance: z.enum(stances, { error: "validation.stanceRequired" }),
    body: z
      .string({ error: "validation.bodyTooShort" })
      .trim()
      .min(BODY_MIN_LENGTH, { error: "validation.bodyTooShort" })
      .max(BODY_MAX_LENGTH, { error: "validation.bodyTooLong" }),
    quotedPassage: optionalText(PASSAGE_MAX_LENGTH, "validation.passageTooLong"),
    proposedText: optionalText(PROPOSED_MAX_LENGTH, "validation.proposedTooLong"),
    consent: z.enum(consents, { error: "validation.consentRequired" }),
    onBehalfOf: z.string({ error: "validation.onBehalfOfRequired" }).min(1, { error: "validation.onBehalfOfRequired" }),
    language: z
      .enum(submissionLanguages, { error: "validation.languageChoiceRequired" })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    section: z.string().optional(),
    idempotencyKey: z.uuid({ error: "validation.malformedForm" }),
    attachmentId: z
      .uuid()
      .optional()
      .or(z.literal("").transform(() => undefined)),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "amendment" && !value.proposedText) {
      ctx.addIssue({ code: "custom", path: ["proposedText"], message: "validation.proposedRequired" });
    }
    if (value.kind !== "general" && !value.section) {
      ctx.addIssue({ code: "custom", path: ["kind"], message: "validation.sectionRequired" });
    }
    if (value.onBehalfOf !== INDIVIDUAL && !z.uuid().safeParse(value.onBehalfOf).success) {
      ctx.addIssue({ code: "custom", path: ["onBehalfOf"], message: "validation.onBehalfOfRequired" });
    }
  });

export type SubmissionInput = z.input<typeof submissionSchema>;
export type SubmissionData = z.output<typeof submissionSchema>;
