import { z } from "~/forms/zod";

// A summary is at most this long in each language: several pages of a printed report.
export const SUMMARY_MAX_CHARACTERS = 20_000;

const body = z.string().max(SUMMARY_MAX_CHARACTERS, { error: "summaries.tooLong" }).default("");
const mark = z
  .enum(["on"], { error: "review.forgedRequest" })
  .optional()
  .transform((value) => value === "on");

/** The summary editor's form: both texts, the "not translated" marks, and the version it started from. */
export const summaryFormSchema = z.object({
  intent: z.enum(["preview", "save", "publish"], { error: "review.forgedRequest" }),
  bodyEn: body,
  bodyId: body,
  enNotTranslated: mark,
  idNotTranslated: mark,
  baseNumber: z.coerce.number({ error: "review.forgedRequest" }).int().min(0),
});
export type SummaryForm = z.output<typeof summaryFormSchema>;
