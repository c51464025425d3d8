import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "blockquote",
    "h3",
    "h4",
    "h5",
    "a",
    "code",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["scope"] },
  allowedSchemes: ["https", "http", "mailto"],
  // Headings inside a section body sit below the page's own h1/h2.
  transformTags: { h1: "h3", h2: "h3", a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }) },
};

// Rendering and sanitising took most of a section page's time, yet a draft's text changes only with
// a new version and the same Markdown always gives the same HTML: it is kept by its text, so no
// version or server can see a stale rendering (decision 015). Bounded, least recently used first out.
const KEPT_RENDERINGS = 256;
const renderings = new Map<string, string>();

/** Draft text is Markdown written by the secretariat; it is still sanitised before it reaches a page. */
export function renderMarkdown(markdown: string): string {
  const kept = renderings.get(markdown);
  if (kept !== undefined) {
    renderings.delete(markdown);
    renderings.set(markdown, kept);
    return kept;
  }
  const html = sanitizeHtml(marked.parse(markdown, { async: false, gfm: true, breaks: false }), allowed);
  renderings.set(markdown, html);
  if (renderings.size > KEPT_RENDERINGS) {
    const oldest = renderings.keys().next();
    if (!oldest.done) renderings.delete(oldest.value);
  }
  return html;
}
