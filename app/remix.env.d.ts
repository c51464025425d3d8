/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The caller's IP address: the first hop not among the TRUSTED_PROXIES (decision 014). */
    clientAddress: string;
    /** This response's Content-Security-Policy nonce (server.js makes one per request). */
    nonce: string;
    /** Set by server.js when this is a visitor's section page to keep once rendered (page-cache.server.ts). */
    pageToKeep?: {
      /** The page as one reader sees it: language and address. */
      page: string;
      /** The version of its content (sectionPageVersion). */
      version: string;
    };
    /**
     * Resolves once the connection has taken what was written to it (server.js). Remix writes a
     * streamed body without waiting for a slow reader; a download waits on this before reading its
     * next batch, so its memory stays one batch (app/reports/formats.server.ts).
     */
    drained?: () => Promise<void>;
  }
}
