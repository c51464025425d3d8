/**
 * An absolute address on this site, for links in e-mails (a mail has no request to be relative
 * to): APP_ORIGIN when set, as it must be in production; else this server's own local address.
 */
export function siteUrl(path: string, env: NodeJS.ProcessEnv = process.env): string {
  const origin = env.APP_ORIGIN || `http://localhost:${env.PORT || 3000}`;
  return `${origin.replace(/\/+$/, "")}${path}`;
}
