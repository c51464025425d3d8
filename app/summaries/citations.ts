// `[ASCC-2026-0042]` in a summary's Markdown: a citation of one submission by its public reference.
const CITATION = /\[([A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-\d{4}-\d{4,})\]/g;

/** The references a text cites, each once, in the order first cited. */
export function citedReferences(...texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(CITATION)) if (match[1]) found.add(match[1]);
  return [...found];
}

/**
 * The Markdown with each citation made a link (its brackets kept, so it reads as a citation on paper
 * too), to where `href` says that reference is read; one it gives no address for stays plain text.
 * A citation already written as a link is left as it is.
 */
export function linkCitations(markdown: string, href: (reference: string) => string | null): string {
  return markdown.replace(
    /\[([A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-\d{4}-\d{4,})\](?!\()/g,
    (written, reference: string) => {
      const address = href(reference);
      return address === null ? written : `[\\[${reference}\\]](${address})`;
    },
  );
}

/** The anchor of a cited submission in the report: citations link to it, on screen and on paper. */
export const citationAnchor = (reference: string) => `cite-${reference}`;
