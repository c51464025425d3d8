const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function insideTag(html: string, index: number): boolean {
  return html.lastIndexOf("<", index) > html.lastIndexOf(">", index);
}

/**
 * Marks passages readers quoted in the section's sanitised HTML, with how many quoted each. A
 * passage that spans formatting (bold, a list item break) cannot be marked in place; those come
 * back in `unplaced` so the page can still list them.
 */
export function highlightPassages(
  html: string,
  passages: { text: string; count: number }[],
  label: (count: number) => string,
) {
  let result = html;
  const unplaced: { text: string; count: number }[] = [];
  for (const passage of [...passages].sort((a, b) => b.text.length - a.text.length)) {
    const needle = escapeText(passage.text.trim());
    let index = needle ? result.indexOf(needle) : -1;
    while (index >= 0 && insideTag(result, index)) index = result.indexOf(needle, index + 1);
    if (index < 0) {
      unplaced.push(passage);
      continue;
    }
    const mark = `<mark class="passage" title="${escapeText(label(passage.count))}">${needle}<span class="visually-hidden"> (${escapeText(label(passage.count))})</span></mark>`;
    result = result.slice(0, index) + mark + result.slice(index + needle.length);
  }
  return { html: result, unplaced };
}
