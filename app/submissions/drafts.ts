// Drafts of the input form are kept in this browser only (localStorage), per account, consultation and section.
const DRAFT_PREFIX = "masukan:draft:";
export function draftKey(owner: string, slug: string, sectionNumber: string | null | undefined) {
  return `${DRAFT_PREFIX}${owner}:${slug}:${sectionNumber ?? "general"}`;
}
export const DRAFTED = ["kind", "stance", "quotedPassage", "body", "proposedText", "consent", "onBehalfOf"] as const;

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
