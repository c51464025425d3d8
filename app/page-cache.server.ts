// Visitors' section pages, kept as rendered HTML between requests (docs/decisions/016-kept-section-pages.md).
// server.js asks lookUpKeptPage before Remix runs; on a miss the page is rendered as always and
// entry.server.tsx hands the HTML to keepPage. Without this module the route works the same.
import type { AppLoadContext } from "@remix-run/node";
import { isDatabaseUnavailable } from "#db/faults.server";
import { hasSessionCookie } from "./auth/session.server";
import { logServerError } from "./error-log.server";
import { detectLanguage } from "./i18n/language.server";
import { sectionPageVersion } from "./submissions/published-input.server";

const SECTION_PAGE = /^\/consultations\/([^/?]+)\/sections\/([^/?]+)$/;
// What the page reads from its address. Any other parameter (Remix's `_data`, made-up ones that
// would only push real pages out) is no page to keep.
const PAGE_PARAMETERS = new Set(["input", "text"]);
/** Bytes of HTML kept per server: some 600 pages of 50 KB. */
const BUDGET = 32 * 1024 * 1024;

export type PageToKeep = NonNullable<AppLoadContext["pageToKeep"]>;

type KeptPage = { version: string; parts: Buffer[]; size: number };

// Least recently served first: a Map iterates in insertion order, and serving one moves it last.
const kept = new Map<string, KeptPage>();
let keptSize = 0;

export type Lookup = { html: Buffer } | { toKeep: PageToKeep } | null;

/**
 * For a visitor's GET of a section page: the kept copy, stamped with this response's nonce, when
 * its content is still current; otherwise what to keep once Remix has rendered it. Null for
 * anything else: any other page, a request with a session cookie (the page names its reader,
 * and a stale or malformed cookie is answered with a new one), an address with parameters the
 * page does not read, or a database that does not answer (Remix then says what failed).
 */
export async function lookUpKeptPage(
  path: string,
  header: (name: string) => string | undefined,
  nonce: string,
): Promise<Lookup> {
  const queryAt = path.indexOf("?");
  const [pathname, search] = queryAt < 0 ? [path, ""] : [path.slice(0, queryAt), path.slice(queryAt)];
  const address = SECTION_PAGE.exec(pathname);
  if (!address || hasSessionCookie(header("Cookie"))) return null;
  const query = new URLSearchParams(search);
  if ([...query.keys()].some((name, index, names) => !PAGE_PARAMETERS.has(name) || names.indexOf(name) !== index))
    return null;
  const slug = decoded(address[1]);
  const number = decoded(address[2]);
  if (slug === null || number === null) return null;
  try {
    const headers = new Headers();
    for (const name of ["Cookie", "Accept-Language"]) headers.set(name, header(name) ?? "");
    const [version, language] = await Promise.all([sectionPageVersion(slug, number), detectLanguage({ headers })]);
    if (version === null) return null;
    const page = `${language} ${path}`;
    const copy = kept.get(page);
    if (copy?.version !== version) return { toKeep: { page, version } };
    kept.delete(page);
    kept.set(page, copy);
    return { html: stamped(copy.parts, nonce) };
  } catch (error) {
    if (!isDatabaseUnavailable(error)) logServerError(error);
    return null;
  }
}

/** Keeps the rendered page, cut at its nonce so each later response carries its own. */
export function keepPage({ page, version }: PageToKeep, html: string, nonce: string): void {
  const parts = html.split(nonceAttribute(nonce)).map((part) => Buffer.from(part));
  const size = parts.reduce((sum, part) => sum + part.length, 0);
  forget(page);
  kept.set(page, { version, parts, size });
  keptSize += size;
  for (const oldest of kept.keys()) {
    if (keptSize <= BUDGET) break;
    forget(oldest);
  }
}

// Kept as bytes: copying them is cheaper than encoding the page's text for every response.
function stamped(parts: Buffer[], nonce: string): Buffer {
  const attribute = Buffer.from(nonceAttribute(nonce));
  return Buffer.concat(parts.flatMap((part, index) => (index === 0 ? [part] : [attribute, part])));
}

function forget(page: string): void {
  const copy = kept.get(page);
  if (!copy) return;
  kept.delete(page);
  keptSize -= copy.size;
}

// As React writes it on every script: a nonce is base64, which needs no escaping in an attribute,
// and text or attributes the page shows have their quotes escaped, so only React's own match.
const nonceAttribute = (nonce: string) => ` nonce="${nonce}"`;

function decoded(segment = ""): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
