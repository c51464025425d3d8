import { z } from "~/forms/zod";
import { checkDates, phaseChanges } from "./lifecycle";
import { instantToZoned, isTimeZone, zonedToInstant } from "~/i18n/zoned-time";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const REFERENCE_PREFIX_PATTERN = /^[A-Z]{2,10}$/;
/** An SPDX licence identifier, such as CC-BY-4.0. */
export const LICENCE_PATTERN = /^[A-Za-z0-9.+-]{1,64}$/;

const text = (max: number, required: string, tooLong: string) =>
  z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: tooLong });

// A checkbox posts "on" when ticked and nothing otherwise; react-hook-form gives true or false.
const checkbox = z
  .unknown()
  .optional()
  .transform((value) => value === "on" || value === true);

// One schema for the admin's create and edit form, in the browser and in the action. Dates are
// typed on the consultation's own wall clock and come out as instants.
export const consultationSchema = z
  .object({
    slug: z
      .string({ error: "admin:validation.slugInvalid" })
      .trim()
      .max(80, { error: "admin:validation.slugInvalid" })
      .regex(SLUG_PATTERN, { error: "admin:validation.slugInvalid" }),
    referencePrefix: z
      .string({ error: "admin:validation.prefixInvalid" })
      .trim()
      .regex(REFERENCE_PREFIX_PATTERN, { error: "admin:validation.prefixInvalid" }),
    titleEn: text(200, "admin:validation.titleRequired", "admin:validation.titleTooLong"),
    titleId: text(200, "admin:validation.titleRequired", "admin:validation.titleTooLong"),
    summaryEn: text(500, "admin:validation.summaryRequired", "admin:validation.summaryTooLong"),
    summaryId: text(500, "admin:validation.summaryRequired", "admin:validation.summaryTooLong"),
    descriptionEn: text(20_000, "admin:validation.descriptionRequired", "admin:validation.descriptionTooLong"),
    descriptionId: text(20_000, "admin:validation.descriptionRequired", "admin:validation.descriptionTooLong"),
    timeZone: z
      .string({ error: "admin:validation.timeZoneUnknown" })
      .trim()
      .refine(isTimeZone, { error: "admin:validation.timeZoneUnknown" }),
    opensAt: z.string({ error: "admin:validation.dateInvalid" }),
    closesAt: z.string({ error: "admin:validation.dateInvalid" }),
    opensAutomatically: checkbox,
    dataLicence: z
      .string({ error: "admin:validation.licenceRequired" })
      .regex(LICENCE_PATTERN, { error: "admin:validation.licenceRequired" }),
  })
  .transform((value, ctx) => {
    const zone = isTimeZone(value.timeZone) ? value.timeZone : "UTC";
    const opensAt = zonedToInstant(value.opensAt, zone);
    const closesAt = zonedToInstant(value.closesAt, zone);
    if (!opensAt) ctx.addIssue({ code: "custom", path: ["opensAt"], message: "admin:validation.dateInvalid" });
    if (!closesAt) ctx.addIssue({ code: "custom", path: ["closesAt"], message: "admin:validation.dateInvalid" });
    if (!opensAt || !closesAt) return z.NEVER;
    const dates = checkDates(opensAt, closesAt);
    if (!dates.ok) {
      ctx.addIssue({ code: "custom", path: [dates.field ?? "closesAt"], message: dates.error });
      return z.NEVER;
    }
    return { ...value, opensAt, closesAt };
  });

export type ConsultationFormInput = z.input<typeof consultationSchema>;
export type ConsultationFields = z.output<typeof consultationSchema>;

export const phaseChangeSchema = z.object({
  change: z.enum(phaseChanges, { error: "admin:validation.phaseChangeNotAllowed" }),
  confirmReopen: checkbox,
});

type Stored = {
  slug: string;
  referencePrefix: string;
  titleEn: string;
  titleId: string;
  summaryEn: string;
  summaryId: string;
  descriptionEn: string;
  descriptionId: string;
  timeZone: string;
  opensAt: Date | string;
  closesAt: Date | string;
  opensAutomatically: boolean;
  dataLicence: string;
};

/** A stored consultation as the form's starting values, its dates on its own wall clock. */
export function consultationFormValues(consultation: Stored): Record<keyof Stored, string> {
  return {
    ...consultation,
    opensAt: instantToZoned(new Date(consultation.opensAt), consultation.timeZone),
    closesAt: instantToZoned(new Date(consultation.closesAt), consultation.timeZone),
    opensAutomatically: consultation.opensAutomatically ? "on" : "",
  };
}
