// An e-mail's content as plain parts, turned into its text and its HTML here and nowhere else, so
// every value a template puts in (a name, a moderator's note) is escaped in the HTML the same way.

export type MailLink = { label: string; url: string };
export type MailFact = { label: string; value: string };
/** A titled list in a message, such as one section's new input in a digest. */
export type MailGroup = { heading: string; items: { title: string; url?: string; lines: string[] }[] };

export type MailContent = {
  subject: string;
  greeting: string;
  paragraphs: string[];
  facts?: MailFact[];
  action?: MailLink;
  groups?: MailGroup[];
  /** Why the person gets this message, and how to stop it when they can. */
  footer: string;
};

export type RenderedMail = { subject: string; text: string; html: string };

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

function paragraphHtml(text: string): string {
  return `<p style="margin:0 0 16px">${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;
}

function textOf(content: MailContent): string {
  const blocks: string[] = [content.greeting, ...content.paragraphs];
  if (content.facts?.length) blocks.push(content.facts.map((fact) => `${fact.label}: ${fact.value}`).join("\n"));
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.url}`);
  for (const group of content.groups ?? []) {
    const items = group.items.map((item) =>
      [`- ${item.title}`, ...item.lines.map((line) => `  ${line}`), ...(item.url ? [`  ${item.url}`] : [])].join("\n"),
    );
    blocks.push([group.heading, "-".repeat(Math.min(group.heading.length, 60)), ...items].join("\n"));
  }
  blocks.push(`--\n${content.footer}`);
  return `${blocks.join("\n\n")}\n`;
}

function htmlOf(content: MailContent, language: string): string {
  const parts: string[] = [paragraphHtml(content.greeting), ...content.paragraphs.map(paragraphHtml)];
  if (content.facts?.length) {
    const rows = content.facts
      .map(
        (fact) =>
          `<tr><th align="left" style="padding:2px 12px 2px 0">${escapeHtml(fact.label)}</th><td>${escapeHtml(fact.value)}</td></tr>`,
      )
      .join("");
    parts.push(`<table role="presentation" style="margin:0 0 16px;border-collapse:collapse">${rows}</table>`);
  }
  if (content.action) {
    const { url, label } = content.action;
    parts.push(
      `<p style="margin:0 0 16px"><a href="${escapeHtml(url)}" style="color:#1d4f91;font-weight:bold">${escapeHtml(label)}</a></p>`,
    );
  }
  for (const group of content.groups ?? []) {
    const items = group.items
      .map((item) => {
        const title = item.url
          ? `<a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a>`
          : escapeHtml(item.title);
        const lines = item.lines.map((line) => `<br>${escapeHtml(line)}`).join("");
        return `<li style="margin:0 0 8px">${title}${lines}</li>`;
      })
      .join("");
    parts.push(
      `<h2 style="font-size:16px;margin:24px 0 8px">${escapeHtml(group.heading)}</h2><ul style="padding-left:20px">${items}</ul>`,
    );
  }
  parts.push(`<p style="margin:24px 0 0;color:#555;font-size:13px">${escapeHtml(content.footer)}</p>`);
  return [
    `<!doctype html><html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1b1b1b;max-width:600px">`,
    ...parts,
    "</body></html>",
  ].join("");
}

export function renderContent(content: MailContent, language: string): RenderedMail {
  return { subject: content.subject, text: textOf(content), html: htmlOf(content, language) };
}
