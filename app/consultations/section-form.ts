import { z } from "~/forms/zod";
import { importLimits } from "./import/limits";

const heading = z
  .string()
  .trim()
  .max(importLimits.headingMaxChars, { error: "imports:errors.headingTooLong" })
  .default("");
const body = z.string().max(importLimits.bodyMaxChars, { error: "imports:errors.bodyTooLong" }).default("");

/** One section in the editor (browser and server): its number, and heading and body in each language. */
export const sectionFormSchema = z
  .object({
    number: z
      .string()
      .trim()
      .regex(/^\d+(\.\d+){0,3}$/, { error: "imports:errors.numberFormat" }),
    headingEn: heading,
    headingId: heading,
    bodyEn: body,
    bodyId: body,
  })
  .refine((section) => section.headingEn !== "" || section.headingId !== "", {
    error: "imports:errors.headingMissing",
    path: ["headingEn"],
  });
export type SectionForm = z.output<typeof sectionFormSchema>;

export const sectionFields = ["number", "headingEn", "headingId", "bodyEn", "bodyId"] as const;
