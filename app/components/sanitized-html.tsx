/** The one place HTML enters a page: only what sanitize-html produced on the server (renderMarkdown, the dev outbox). */
export function SanitizedHtml({ html, className = "prose" }: { html: string; className?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the input is sanitised by renderMarkdown before it leaves the server
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
