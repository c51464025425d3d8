import { languages } from "#db/schema/values";
import { z } from "~/forms/zod";
import { roles } from "./roles";
import { emailField, organisationNameField, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./schemas";

export const PEOPLE_PAGE_SIZE = 25;

/** The people list's search and page, read from the address; anything odd falls back to the first page of everyone. */
export const peopleFilterSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type PeopleFilter = z.output<typeof peopleFilterSchema>;

const role = z.enum(roles, { error: "people:validation.unknownRole" });
const userId = z
  .string({ error: "people:validation.unknownPerson" })
  .min(1, { error: "people:validation.unknownPerson" });

/** What an admin does to one account on the people page: each button posts its intent. */
export const personChangeSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("role"), userId, role }),
    z.object({ intent: z.literal("disable"), userId }),
    z.object({ intent: z.literal("enable"), userId }),
  ],
  { error: "people:validation.unknownIntent" },
);
export type PersonChange = z.output<typeof personChangeSchema>;

/** Invitations bring in the working group and the secretariat; contributors register themselves. */
export const invitedRoles = ["moderator", "admin"] as const;

export const invitationSchema = z.object({
  email: emailField,
  role: z.enum(invitedRoles, { error: "people:validation.unknownRole" }),
  language: z.enum(languages, { error: "validation.languageRequired" }),
});
export type InvitationInput = z.input<typeof invitationSchema>;

export const invitationChangeSchema = z.object({
  intent: z.enum(["resend", "revoke"], { error: "people:validation.unknownIntent" }),
  invitationId: z.uuid({ error: "people:validation.unknownInvitation" }),
});

/** Accepting an invitation: the person's name and a password, by registration's rules. */
export const acceptInvitationSchema = z
  .object({
    name: z
      .string({ error: "validation.nameRequired" })
      .trim()
      .min(2, { error: "validation.nameRequired" })
      .max(120, { error: "validation.nameTooLong" }),
    password: z
      .string({ error: "validation.passwordTooShort" })
      .min(PASSWORD_MIN_LENGTH, { error: "validation.passwordTooShort" })
      .max(PASSWORD_MAX_LENGTH, { error: "validation.passwordTooLong" }),
    confirmPassword: z.string({ error: "validation.passwordsDiffer" }),
  })
  .refine((form) => form.password === form.confirmPassword, {
    error: "validation.passwordsDiffer",
    path: ["confirmPassword"],
  });
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

const organisationId = (error: string) => z.uuid({ error });

/** A manager (or an admin) confirms one pending member of an organisation. */
/** A manager's (or an admin's) answer to a request to join an organisation. */
export const membershipAnswerSchema = z.object({
  organisationId: organisationId("people:validation.unknownOrganisation"),
  userId,
  answer: z.enum(["confirm", "decline"], { message: "people:validation.unknownIntent" }),
});

/** What an admin does on the organisations page: verify one, take the mark away, rename one, or merge two. */
export const organisationChangeSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("verify"), organisationId: organisationId("people:validation.unknownOrganisation") }),
    z.object({
      intent: z.literal("unverify"),
      organisationId: organisationId("people:validation.unknownOrganisation"),
    }),
    z.object({
      intent: z.literal("rename"),
      organisationId: organisationId("people:validation.renameWhichRequired"),
      name: organisationNameField("people:validation.renameNameRequired"),
    }),
    z.object({
      intent: z.literal("merge"),
      fromId: organisationId("people:validation.mergeFromRequired"),
      intoId: organisationId("people:validation.mergeIntoRequired"),
    }),
  ],
  { error: "people:validation.unknownIntent" },
);
export type OrganisationChange = z.output<typeof organisationChangeSchema>;
