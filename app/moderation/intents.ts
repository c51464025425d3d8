import { z } from "~/forms/zod";
import { rejectionReasons } from "#db/schema/values";

// What a moderator can ask for, as the review forms send it; shared with the browser. The three
// decisions are the same on one submission's page and on many submissions from the queue.
const approve = z.object({ intent: z.literal("approve") });
const reject = z.object({
  intent: z.literal("reject"),
  reason: z.enum(rejectionReasons, { error: "review.reasonRequired" }),
  note: z.string().trim().max(2000, { error: "review.noteTooLong" }).optional(),
});
const undo = z.object({ intent: z.literal("undo") });

/** A moderator's decision on one or many submissions. */
export const decisionSchema = z.discriminatedUnion("intent", [approve, reject, undo]);
export type Decision = z.output<typeof decisionSchema>;

// "Apply to the whole group": a checkbox beside each button that changes a submission.
const wholeGroup = { wholeGroup: z.string().optional().transform(Boolean) };
// A theme's button sends the theme's key; one literal intent per option, so each narrows on its own.
const onTheme = <const Intent extends string>(intent: Intent) =>
  z.object({ intent: z.literal(intent), theme: z.string().min(1), ...wholeGroup });

/**
 * Everything a moderator can do on one submission's page: decide, add or remove a theme (also by
 * accepting or dismissing a suggestion), on this input or its whole group; or write an internal note.
 */
export const submissionIntentSchema = z.discriminatedUnion("intent", [
  approve.extend(wholeGroup),
  reject.extend(wholeGroup),
  undo.extend(wholeGroup),
  onTheme("tag"),
  onTheme("untag"),
  onTheme("accept"),
  onTheme("dismiss"),
  z.object({
    intent: z.literal("note"),
    body: z.string().trim().min(1, { error: "review.noteRequired" }).max(4000, { error: "review.noteTooLong" }),
  }),
]);
export type SubmissionIntent = z.output<typeof submissionIntentSchema>;

const themeUnknown = { error: "review.themeUnknown" };
const onThemeInBulk = <const Intent extends string>(intent: Intent) =>
  z.object({ intent: z.literal(intent), theme: z.string(themeUnknown).min(1, themeUnknown) });

/** What a bulk action asks for, checked once its count is confirmed: a decision, or a theme added or removed. */
export const bulkActionSchema = z.discriminatedUnion("intent", [
  approve,
  reject,
  undo,
  onThemeInBulk("tag"),
  onThemeInBulk("untag"),
]);

// A field sent empty is a field not chosen.
const blank = (value: unknown) => (value === "" ? undefined : value);

/** The queue's bulk form: which submissions, and the action as sent (`bulkActionSchema` checks it). */
export const bulkFormSchema = z.object({
  intent: z.enum(["approve", "reject", "undo", "tag", "untag"]),
  ids: z.array(z.uuid()).max(100_000),
  scope: z.preprocess(blank, z.enum(["selected", "all"]).default("selected")),
  confirmedCount: z.preprocess(blank, z.coerce.number().int().nonnegative().optional()),
  reason: z.string().optional(),
  note: z.string().optional(),
  theme: z.string().optional(),
});
