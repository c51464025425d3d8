import { z } from "~/forms/zod";

// The secretariat's theme taxonomy page (issue 15, item 3): its forms, one schema each, told apart
// by their intent and shared by the browser and the action.

const THEME_LABEL_MAX = 120;
const THEME_DESCRIPTION_MAX = 2_000;
const THEME_KEYWORDS_MAX = 40;
const KEYWORD_MAX = 80;

/** Keywords as typed: one a line or separated by commas, trimmed, each once (the prior stems them). */
function keywordList(text: string): string[] {
  const seen = new Set<string>();
  for (const keyword of text.split(/[\n,;]/)) {
    const trimmed = keyword.trim().replace(/\s+/g, " ");
    if (trimmed) seen.add(trimmed);
  }
  return [...seen];
}

const keywords = z
  .string()
  .default("")
  .transform(keywordList)
  .refine((list) => list.length <= THEME_KEYWORDS_MAX, { error: "taxonomy:errors.tooManyKeywords" })
  .refine((list) => list.every((keyword) => keyword.length <= KEYWORD_MAX), {
    error: "taxonomy:errors.keywordTooLong",
  });
const label = z
  .string()
  .trim()
  .min(1, { error: "taxonomy:errors.labelMissing" })
  .max(THEME_LABEL_MAX, { error: "taxonomy:errors.labelTooLong" });
const description = z
  .string()
  .trim()
  .max(THEME_DESCRIPTION_MAX, { error: "taxonomy:errors.descriptionTooLong" })
  .default("");
// Checked as a UUID here so that a hand-made request is refused, not an error from the database.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const themeId = z.string().regex(UUID, { error: "taxonomy:errors.unknownTheme" });

export const themeFields = [
  "key",
  "labelEn",
  "labelId",
  "descriptionEn",
  "descriptionId",
  "keywordsEn",
  "keywordsId",
] as const;

const texts = {
  labelEn: label,
  labelId: label,
  descriptionEn: description,
  descriptionId: description,
  keywordsEn: keywords,
  keywordsId: keywords,
};

/** A new theme: its key (in addresses and the log, never changed afterwards) and its texts. */
const createThemeSchema = z.object({
  intent: z.literal("create"),
  key: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, { error: "taxonomy:errors.keyFormat" })
    .max(40, { error: "taxonomy:errors.keyFormat" }),
  ...texts,
});

const editThemeSchema = z.object({ intent: z.literal("edit"), themeId, ...texts });

const onTheme = <I extends string>(intent: I) => z.object({ intent: z.literal(intent), themeId });

const mergeThemeSchema = z
  .object({
    intent: z.literal("merge"),
    themeId: z.string().regex(UUID, { error: "taxonomy:errors.mergeSourceMissing" }),
    intoThemeId: z.string().regex(UUID, { error: "taxonomy:errors.mergeTargetMissing" }),
    // A merge cannot be undone: the tags of both themes are one list afterwards.
    confirm: z.literal("yes", { error: "taxonomy:errors.confirmMerge" }),
  })
  .refine((merge) => merge.themeId !== merge.intoThemeId, {
    error: "taxonomy:errors.mergeIntoItself",
    path: ["intoThemeId"],
  });

export const taxonomyPageSchema = z.discriminatedUnion("intent", [
  createThemeSchema,
  editThemeSchema,
  onTheme("up"),
  onTheme("down"),
  onTheme("retire"),
  onTheme("restore"),
  mergeThemeSchema,
]);
export type TaxonomyForm = z.output<typeof taxonomyPageSchema>;
export type ThemeTexts = Omit<z.output<typeof editThemeSchema>, "intent" | "themeId">;
