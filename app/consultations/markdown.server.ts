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

/** Draft text is Markdown written by the secretariat; it is still sanitised before it reaches a page. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, allowed);
}
