// The daily digest's shape (issue 15, item 7): new input per consultation, grouped by section,
// newest first. Pure, so the grouping is tested without a database.
import type { Localized } from "~/i18n/config";

export type DigestItem = {
  consultation: { slug: string; title: Localized<string> };
  /** Null for input on the whole draft. */
  section: { number: string; position: number; heading: Localized<string | null> } | null;
  reference: string;
  createdAt: Date;
  body: string;
};

export type DigestSection = {
  section: DigestItem["section"];
  count: number;
  /** The newest, at most the builder's limit per section. */
  items: { reference: string; createdAt: Date; excerpt: string }[];
};

export type DigestConsultation = {
  slug: string;
  title: Localized<string>;
  count: number;
  sections: DigestSection[];
};

const EXCERPT_LENGTH = 160;

/** The start of a text, cut at a word, with an ellipsis when cut. */
export function excerptOf(body: string, length = EXCERPT_LENGTH): string {
  const text = body.replace(/\s+/g, " ").trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function newestFirst(a: { createdAt: Date }, b: { createdAt: Date }) {
  return b.createdAt.getTime() - a.createdAt.getTime();
}

/**
 * Consultations with the most recent input first; in each, input on the whole draft first, then
 * the sections in the document's order; in each section the newest input first, at most
 * `perSection` of them (the count says how many there were), so a busy day stays one readable e-mail.
 */
export function buildDigest(items: DigestItem[], perSection = 10): DigestConsultation[] {
  const consultations = new Map<string, { slug: string; title: Localized<string>; items: DigestItem[] }>();
  for (const item of items) {
    const entry = consultations.get(item.consultation.slug) ?? { ...item.consultation, items: [] };
    entry.items.push(item);
    consultations.set(item.consultation.slug, entry);
  }
  return [...consultations.values()]
    .map((consultation) => {
      const sections = new Map<string, DigestItem[]>();
      for (const item of consultation.items) {
        const key = item.section?.number ?? "";
        sections.set(key, [...(sections.get(key) ?? []), item]);
      }
      const grouped = [...sections.values()]
        .sort((a, b) => (a[0]?.section?.position ?? -1) - (b[0]?.section?.position ?? -1))
        .map((inSection) => {
          const sorted = [...inSection].sort(newestFirst);
          return {
            section: sorted[0]?.section ?? null,
            count: sorted.length,
            items: sorted.slice(0, perSection).map((item) => ({
              reference: item.reference,
              createdAt: item.createdAt,
              excerpt: excerptOf(item.body),
            })),
          };
        });
      const newest = Math.max(...consultation.items.map((item) => item.createdAt.getTime()));
      return {
        slug: consultation.slug,
        title: consultation.title,
        count: consultation.items.length,
        sections: grouped,
        newest,
      };
    })
    .sort((a, b) => b.newest - a.newest)
    .map(({ newest: _, ...consultation }) => consultation);
}
