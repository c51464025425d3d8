import { z } from "~/forms/zod";
import { languages } from "#db/schema/values";
import { countryCodes, organisationTypes } from "./organisation-options";

/** An organisation's name as registered or renamed: 2–200 characters, runs of spaces as one. */
export function organisationNameField(required: string) {
  return (
    z
      .string({ error: required })
      .trim()
      .min(2, { error: required })
      .max(200, { error: "validation.organisationNameTooLong" })
      // "Yayasan  Sejahtera" typed with two spaces is the same name as with one: the unique index compares them.
      .transform((name) => name.replace(/\s+/g, " "))
  );
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// Messages are translation keys; the form renders them in the reader's language.
export const emailField = z
  .string({ error: "validation.emailRequired" })
  .trim()
  .toLowerCase()
  .min(1, { error: "validation.emailRequired" })
  .max(254, { error: "validation.emailInvalid" })
  .pipe(z.email({ error: "validation.emailInvalid" }));

export const loginSchema = z.object({
  email: emailField,
  password: z.string({ error: "validation.passwordRequired" }).min(1, { error: "validation.passwordRequired" }),
  redirectTo: z.string().optional(),
});
export type LoginInput = z.input<typeof loginSchema>;

/** The header's language switch: the language chosen, and the page to return to. */
export const languageChoiceSchema = z.object({
  language: z.enum(languages, { error: "validation.languageRequired" }),
  redirectTo: z.string().optional(),
});

const accountFields = z.object({
  name: z
    .string({ error: "validation.nameRequired" })
    .trim()
    .min(2, { error: "validation.nameRequired" })
    .max(120, { error: "validation.nameTooLong" }),
  email: emailField,
  password: z
    .string({ error: "validation.passwordTooShort" })
    .min(PASSWORD_MIN_LENGTH, { error: "validation.passwordTooShort" })
    .max(PASSWORD_MAX_LENGTH, { error: "validation.passwordTooLong" }),
  preferredLanguage: z.enum(languages, { error: "validation.languageRequired" }),
  redirectTo: z.string().optional(),
});

// How the person joins decides which organisation fields count; the others are ignored.
const organisationChoice = z.discriminatedUnion(
  "organisationMode",
  [
    z.object({
      organisationMode: z.literal("existing"),
      organisationId: z.uuid({ error: "validation.organisationRequired" }),
    }),
    z.object({
      organisationMode: z.literal("new"),
      organisationName: organisationNameField("validation.organisationNameRequired"),
      organisationType: z.enum(organisationTypes, { error: "validation.organisationTypeRequired" }),
      organisationCountry: z.enum(countryCodes, { error: "validation.countryRequired" }),
      organisationWebsite: z
        .string()
        .trim()
        .max(300, { error: "validation.websiteInvalid" })
        .refine((text) => text === "" || isWebAddress(text), { error: "validation.websiteInvalid" })
        .optional()
        .transform((text) => text || null),
    }),
    z.object({ organisationMode: z.literal("individual") }),
  ],
  { error: "validation.organisationModeRequired" },
);

export const registerSchema = z.intersection(accountFields, organisationChoice);
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

// A made-up origin to resolve against: whatever resolves elsewhere leaves the site.
const SITE = "https://site.invalid";
// Browsers drop tabs and newlines inside a URL and read a backslash as a slash, so "/<tab>/evil.example"
// and "/<backslash>evil.example" are "//evil.example" to them: a path with either is refused, not cleaned.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f\\]/;
// Enough for any double encoding a link-shortener or mail client adds; more layers is an attack.
const MAX_DECODINGS = 3;

/**
 * Only same-site paths: an open redirect would let a link send people to a look-alike site. The
 * target is checked as sent, after each layer of percent-decoding (a page may pass it on decoded),
 * and after the browser's own normalising ("/..//evil.example" is "//evil.example"); the path
 * returned is the normalised one, so what is checked is what the browser follows.
 */
export function safeRedirect(target: string | null | undefined, fallback = "/"): string {
  if (!target) return fallback;
  let layer = target;
  for (let decodings = 0; decodings <= MAX_DECODINGS; decodings++) {
    if (!isPlainPath(layer)) return fallback;
    const decoded = decodeOnce(layer);
    if (decoded === null) return fallback;
    if (decoded === layer) {
      const url = new URL(target, SITE);
      const path = url.pathname + url.search + url.hash;
      return url.origin === SITE && isPlainPath(path) ? path : fallback;
    }
    layer = decoded;
  }
  return fallback;
}

function isPlainPath(text: string): boolean {
  return text.startsWith("/") && text[1] !== "/" && !UNSAFE_CHARACTER.test(text);
}

function decodeOnce(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

const currentPassword = z
  .string({ error: "validation.currentPasswordRequired" })
  .min(1, { error: "validation.currentPasswordRequired" });

/** Changing one's password: the current one proves it is the person, the new one follows registration's rules. */
export const changePasswordSchema = z
  .object({
    currentPassword,
    newPassword: accountFields.shape.password,
    confirmPassword: z.string({ error: "validation.passwordsDiffer" }),
  })
  .refine((form) => form.newPassword === form.confirmPassword, {
    error: "validation.passwordsDiffer",
    path: ["confirmPassword"],
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** Asking for a reset link: only the address. */
export const forgotPasswordSchema = z.object({ email: emailField });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

/** Setting a password from a reset link: registration's rules, typed twice. */
export const resetPasswordSchema = z
  .object({
    newPassword: accountFields.shape.password,
    confirmPassword: z.string({ error: "validation.passwordsDiffer" }),
  })
  .refine((form) => form.newPassword === form.confirmPassword, {
    error: "validation.passwordsDiffer",
    path: ["confirmPassword"],
  });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

/** The account page's e-mail settings: the language of e-mails, and each kind on or off (a box left unticked is off). */
export const emailPreferencesSchema = z.object({
  emailLanguage: z.enum(languages, { error: "validation.languageRequired" }),
  emailReceipts: z.string().optional().transform(Boolean),
  emailDecisions: z.string().optional().transform(Boolean),
  emailDigest: z.string().optional().transform(Boolean),
});
export type EmailPreferencesInput = z.input<typeof emailPreferencesSchema>;

/**
 * Deleting one's account: the current password proves it is the person, and the box says they read
 * what happens. A ticked box posts "on"; react-hook-form gives true.
 */
export const deleteAccountSchema = z.object({
  currentPassword,
  understood: z
    .unknown()
    .refine((value) => value === "on" || value === true, { error: "account:validation.deletionNotUnderstood" })
    .transform(() => true as const),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
