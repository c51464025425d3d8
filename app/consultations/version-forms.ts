import { z } from "~/forms/zod";

// The versions page's forms, one schema each, told apart by their intent (browser and server).
// Messages without a namespace: the form pipeline accepts only those; the page prefixes them.

export const NOTE_MAX_LENGTH = 2_000;
export const CHANGELOG_MAX_LENGTH = 5_000;

const changelog = z
  .string()
  .trim()
  .min(1, { error: "errors.changelogRequired" })
  .max(CHANGELOG_MAX_LENGTH, { error: "errors.changelogTooLong" });

/** One choice of the mapping form: a previous section's id and a next section's id, or "removed". */
export const pairValue = (fromId: string, to: string) => `${fromId}>${to}`;

export const versionsPageSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("draft") }),
  z.object({
    intent: z.literal("resolve"),
    reference: z.string().min(1, { error: "errors.unknownAmendment" }),
    note: z
      .string()
      .trim()
      .min(1, { error: "errors.noteRequired" })
      .max(NOTE_MAX_LENGTH, { error: "errors.noteTooLong" }),
  }),
  z.object({
    intent: z.literal("mapping"),
    // Every select of the form posts under this one name (see pairValue); the action reads it as a list.
    pair: z.array(z.string().regex(/^[^>]+>[^>]+$/, { error: "errors.unknownSection" })),
  }),
  z.object({ intent: z.literal("changelog"), changelogEn: changelog, changelogId: changelog }),
  z.object({ intent: z.literal("freeze"), frozen: z.enum(["true", "false"]).transform((value) => value === "true") }),
  z.object({ intent: z.literal("publish") }),
]);
export type VersionsPageForm = z.output<typeof versionsPageSchema>;

/** The mapping form's pairs as choices per previous section. */
export function choicesOf(pairs: string[]): Record<string, string[]> {
  const choices: Record<string, string[]> = {};
  for (const pair of pairs) {
    const [from = "", to = ""] = pair.split(">");
    choices[from] = [...(choices[from] ?? []), to];
  }
  return choices;
}
