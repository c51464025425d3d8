import type { amendmentDecisionKinds } from "#db/schema/amendments";
import { z } from "~/forms/zod";
import { refuse, type Refusal } from "~/result";

// The schema's own list, spelled again: its module brings drizzle into the browser's bundle.
export const decisionKinds = ["accepted", "rejected"] as const satisfies typeof amendmentDecisionKinds;
export type AmendmentDecisionKind = (typeof decisionKinds)[number];

export const REASON_MAX_LENGTH = 2_000;

/** Amendments are taken only where both the consultation and the section take them. */
export function amendmentsOpenFor(
  consultation: { amendmentsOpen: boolean },
  section: { amendmentsOpen: boolean } | null,
): boolean {
  return consultation.amendmentsOpen && (section?.amendmentsOpen ?? true);
}

/** Why input of this kind may not go to this target, on the kind field; null when it may. */
export function amendmentRefusal(
  target: { consultation: { amendmentsOpen: boolean }; section: { amendmentsOpen: boolean } | null },
  kind: string,
): Refusal | null {
  if (kind !== "amendment" || amendmentsOpenFor(target.consultation, target.section)) return null;
  return refuse("amendments:errors.closed", "kind");
}

/** Which amendments the secretariat's page lists: by their answer, and on one section or all. */
export const amendmentStates = ["undecided", "accepted", "rejected", "all"] as const;
export type AmendmentState = (typeof amendmentStates)[number];
export type AmendmentFilter = { state: AmendmentState; section: string | null };

export function amendmentFilterOf(params: URLSearchParams): AmendmentFilter {
  const state = params.get("state");
  const found = amendmentStates.find((known) => known === state);
  return { state: found ?? "undecided", section: params.get("section") || null };
}

/** The filter as the page's address says it, the default state left out. */
export function amendmentFilterQuery(filter: AmendmentFilter): string {
  const params = new URLSearchParams();
  if (filter.state !== "undecided") params.set("state", filter.state);
  if (filter.section) params.set("section", filter.section);
  const query = params.toString();
  return query ? `?${query}` : "";
}

// The page's two forms, one schema each, told apart by their intent (shared by browser and server).
export const amendmentDecisionSchema = z
  .object({
    intent: z.literal("decide"),
    reference: z.string().min(1, { error: "errors.unknown" }),
    decision: z.enum(decisionKinds, { error: "errors.unknown" }),
    reason: z
      .string()
      .trim()
      .max(REASON_MAX_LENGTH, { error: "errors.reasonTooLong" })
      .optional()
      .transform((value) => value || null),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "rejected" && !value.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "errors.reasonRequired" });
  });

export const amendmentSwitchSchema = z.object({
  intent: z.literal("switch"),
  // Empty for the whole consultation, else a section's number.
  section: z
    .string()
    .optional()
    .transform((value) => value || null),
  open: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const amendmentsPageSchema = z.discriminatedUnion("intent", [amendmentDecisionSchema, amendmentSwitchSchema]);
export type AmendmentsPageForm = z.output<typeof amendmentsPageSchema>;
