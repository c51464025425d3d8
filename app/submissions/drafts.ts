import { useEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { isUntouchedStart } from "./input-form/amendment-start";
import type { InputFormPage } from "./input-form/page";
import type { SubmissionInput } from "./schema";

// Drafts of the input form are kept in this browser only (localStorage), per account, consultation and section.
const DRAFT_PREFIX = "masukan:draft:";
export function draftKey(owner: string, slug: string, sectionNumber: string | null | undefined) {
  return `${DRAFT_PREFIX}${owner}:${slug}:${sectionNumber ?? "general"}`;
}
export const DRAFTED = ["kind", "stance", "quotedPassage", "body", "proposedText", "consent", "onBehalfOf"] as const;
type Draft = Partial<Record<(typeof DRAFTED)[number], string>>;

/**
 * Text survives an expired session or a closed tab: kept in this browser while the author types
 * (`keep`), put back when the form opens again (`restore`: not when the server sent the form
 * back, nor when editing sent input). Drafts are kept per person, so a shared computer never
 * shows one person's text to another. Says whether a draft was restored.
 */
export function useDraft(
  form: UseFormReturn<SubmissionInput>,
  page: Pick<InputFormPage, "draftOwner" | "consultation" | "section" | "quote">,
  { keep, restore }: { keep: boolean; restore: boolean },
): boolean {
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    if (!restore) return;
    try {
      const saved: Draft | null = JSON.parse(
        window.localStorage.getItem(draftKey(page.draftOwner, page.consultation.slug, page.section?.number)) ?? "null",
      );
      if (saved?.body) {
        for (const name of DRAFTED) {
          const value = saved[name];
          if (value !== undefined) form.setValue(name, value, { shouldDirty: true });
        }
        setRestored(true);
      }
    } catch {
      // Nothing saved, or storage refused: start empty.
    }
  }, [form, page, restore]);
  useEffect(() => {
    if (!keep) return;
    const subscription = form.watch((values) => {
      try {
        // An amendment box still holding the section's text is left out: restored, it would pin that
        // text's language after the reader switched.
        const draft = Object.fromEntries(
          DRAFTED.filter((name) => name !== "proposedText" || !isUntouchedStart(page, values[name] ?? "")).map(
            (name) => [name, values[name] ?? ""],
          ),
        );
        window.localStorage.setItem(
          draftKey(page.draftOwner, page.consultation.slug, page.section?.number),
          JSON.stringify(draft),
        );
      } catch {
        // Storage full or refused: the form still works, only the safety net is missing.
      }
    });
    return () => subscription.unsubscribe();
  }, [form, page, keep]);
  return restored;
}

export function clearDraft(owner: string, slug: string, sectionNumber: string | null) {
  try {
    window.localStorage.removeItem(draftKey(owner, slug, sectionNumber));
  } catch {
    // Private browsing may refuse storage; there is then nothing to clear.
  }
}

/** On log-out: nothing typed on this device may outlive the session. */
export function clearAllDrafts() {
  try {
    for (const key of Object.keys(window.localStorage))
      if (key.startsWith(DRAFT_PREFIX)) window.localStorage.removeItem(key);
  } catch {
    // Storage refused: nothing was saved either.
  }
}
