import { z } from "zod";
import { countryCodes, organisationTypes } from "./organisation-options";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// Messages are translation keys; the form renders them in the reader's language.
const email = z
  .string({ error: "validation.emailRequired" })
  .trim()
  .toLowerCase()
  .min(1, { error: "validation.emailRequired" })
  .max(254, { error: "validation.emailInvalid" })
  .pipe(z.email({ error: "validation.emailInvalid" }));

export const loginSchema = z.object({
  email,
  password: z.string({ error: "validation.passwordRequired" }).min(1, { error: "validation.passwordRequired" }),
  redirectTo: z.string().optional(),
});
export type LoginInput = z.input<typeof loginSchema>;

export const organisationModes = ["existing", "new", "individual"] as const;

export const registerSchema = z
  .object({
    name: z
      .string({ error: "validation.nameRequired" })
      .trim()
      .min(2, { error: "validation.nameRequired" })
      .max(120, { error: "validation.nameTooLong" }),
    email,
    password: z
      .string({ error: "validation.passwordTooShort" })
      .min(PASSWORD_MIN_LENGTH, { error: "validation.passwordTooShort" })
      .max(PASSWORD_MAX_LENGTH, { error: "validation.passwordTooLong" }),
    preferredLanguage: z.enum(["en", "id"], { error: "validation.languageRequired" }),
    organisationMode: z.enum(organisationModes, { error: "validation.organisationModeRequired" }),
    organisationId: z.string().optional(),
    organisationName: z.string().trim().max(200, { error: "validation.organisationNameTooLong" }).optional(),
    organisationType: z.string().optional(),
    organisationCountry: z.string().optional(),
    organisationWebsite: z.string().trim().max(300, { error: "validation.websiteInvalid" }).optional(),
    redirectTo: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (value.organisationMode === "existing") {
      if (!value.organisationId || !z.uuid().safeParse(value.organisationId).success) {
        issue("organisationId", "validation.organisationRequired");
      }
    }
    if (value.organisationMode === "new") {
      if (!value.organisationName || value.organisationName.length < 2) {
        issue("organisationName", "validation.organisationNameRequired");
      }
      if (!organisationTypes.includes(value.organisationType as never)) {
        issue("organisationType", "validation.organisationTypeRequired");
      }
      if (!countryCodes.includes(value.organisationCountry as never)) {
        issue("organisationCountry", "validation.countryRequired");
      }
      if (value.organisationWebsite && !isWebAddress(value.organisationWebsite)) {
        issue("organisationWebsite", "validation.websiteInvalid");
      }
    }
  });
export type RegisterInput = z.input<typeof registerSchema>;
export type RegisterData = z.output<typeof registerSchema>;

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** Only same-site paths: an open redirect would let a link send people to a look-alike site. */
export function safeRedirect(target: string | null | undefined, fallback = "/"): string {
  if (!target?.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  return target;
}
