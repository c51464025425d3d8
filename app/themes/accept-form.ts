import { z } from "~/forms/zod";

const blank = (value: unknown) => (value === "" ? undefined : value);

/**
 * "Accept every suggestion of theme X with confidence ≥ c in this filter": the form, shared by the
 * page and its action. The confidence is in per cent, from the suggestion threshold (50) up.
 */
export const acceptSuggestionsSchema = z.object({
  theme: z.string().min(1, "review:review.themeUnknown"),
  minimum: z.preprocess(
    blank,
    z.coerce
      .number({ error: "review:suggestions.minimumInvalid" })
      .min(50, "review:suggestions.minimumInvalid")
      .max(100, "review:suggestions.minimumInvalid"),
  ),
  confirmedCount: z.preprocess(blank, z.coerce.number().int().nonnegative().optional()),
});
export type AcceptSuggestionsForm = z.output<typeof acceptSuggestionsSchema>;
