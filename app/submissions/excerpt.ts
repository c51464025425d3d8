/** Characters of a published response shown before "Read more". */
export const EXCERPT_LENGTH = 320;

/**
 * A long text cut into what shows at first and the rest, at a word's end, so the page of input
 * stays short to scan. A text at most a third longer than the excerpt is not cut: "Read more" for
 * a line or two saves nothing.
 */
export function splitExcerpt(text: string, length = EXCERPT_LENGTH): { excerpt: string; rest: string } {
  if (text.length <= Math.round(length * (4 / 3))) return { excerpt: text, rest: "" };
  const lastSpace = text.slice(0, length + 1).search(/\s\S*$/);
  const cut = lastSpace > length / 2 ? lastSpace : length;
  return { excerpt: text.slice(0, cut), rest: text.slice(cut).replace(/^\s+/, "") };
}
