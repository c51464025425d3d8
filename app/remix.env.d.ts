/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The caller's IP address, as Express sees it (honouring TRUST_PROXY). */
    clientAddress: string;
    /** This response's Content-Security-Policy nonce (server.js makes one per request). */
    nonce: string;
  }
}
