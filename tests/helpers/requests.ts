import type { AppLoadContext } from "@remix-run/node";

export const BASE = "http://localhost:3000";

export function formRequest(path: string, fields: Record<string, string>, init: { cookie?: string } = {}): Request {
  return new Request(`${BASE}${path}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: BASE,
      ...(init.cookie ? { Cookie: init.cookie } : {}),
    },
    body: new URLSearchParams(fields).toString(),
  });
}

export function getRequest(path: string, init: { cookie?: string; language?: string } = {}): Request {
  return new Request(`${BASE}${path}`, {
    headers: {
      ...(init.cookie ? { Cookie: init.cookie } : {}),
      ...(init.language ? { "Accept-Language": init.language } : {}),
    },
  });
}

export function context(clientAddress = "203.0.113.7"): AppLoadContext {
  return { clientAddress, nonce: "test-nonce" };
}

/** The name=value part of every Set-Cookie header, joined as a browser would send them back. */
export function cookiesFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

export async function jsonBody<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** Remix loaders and actions throw Responses for redirects and errors; this returns either. */
export async function settle(run: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await run();
    if (result instanceof Response) return result;
    throw new Error(`expected a Response, got ${typeof result}`);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
