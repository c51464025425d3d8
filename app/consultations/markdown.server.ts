import { marked, type Token, type Tokens } from "marked";
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

/**
 * The words a reader sees, without Markdown's marks (emphasis, link targets, heading signs): what
 * two versions of a text are compared by, so that a word made bold is no change and `**` never
 * shows in the comparison. Blocks are separated by a blank line, list items keep a dash or number.
 */
export function markdownAsText(markdown: string): string {
  return joinBlocks(marked.lexer(markdown, { gfm: true }), "\n\n");
}

function joinBlocks(tokens: Token[], separator: string): string {
  return tokens
    .map(blockText)
    .filter((text) => text !== "")
    .join(separator);
}

function blockText(token: Token): string {
  switch (token.type) {
    case "space":
    case "hr":
    case "html":
      return "";
    case "code":
      return (token as Tokens.Code).text;
    case "list": {
      const list = token as Tokens.List;
      return list.items
        .map((item, index) => {
          const mark = list.ordered ? `${Number(list.start || 1) + index}.` : "-";
          return `${mark} ${joinBlocks(item.tokens, " ")}`;
        })
        .join("\n");
    }
    case "table": {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows]
        .map((row) => row.map((cell) => inlineText(cell.tokens)).join(" | "))
        .join("\n");
    }
    case "blockquote":
      return joinBlocks((token as Tokens.Blockquote).tokens, "\n\n");
    default:
      return "tokens" in token && token.tokens ? inlineText(token.tokens) : "text" in token ? String(token.text) : "";
  }
}

function inlineText(tokens: Token[]): string {
  return tokens
    .map((token) => {
      if (token.type === "br") return "\n";
      if (token.type === "html") return "";
      if ("tokens" in token && token.tokens && token.tokens.length > 0) return inlineText(token.tokens);
      return "text" in token ? String(token.text) : "";
    })
    .join("");
}
