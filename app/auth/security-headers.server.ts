// The headers every response carries, decided here and applied by server.js (decision 012):
// Express sees every response, also those of resource routes and its own refusals, which no Remix
// entry point does.
import { randomBytes } from "node:crypto";
import { hasSessionCookie } from "./session.server";

/** A new value for each response: 128 random bits, base64, as CSP's nonce-source asks. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * Scripts run only from our own files or with this response's nonce (the inline scripts Remix and
 * React write), so injected markup cannot run script. The app has no inline styles, so styles need
 * no exception either.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// Only features Chromium knows: an unknown name (such as the withdrawn interest-cohort) makes it
// log an error on every page.
const DENIED_FEATURES = [
  "camera",
  "microphone",
  "geolocation",
  "payment",
  "usb",
  "serial",
  "hid",
  "midi",
  "display-capture",
  "browsing-topics",
];

/**
 * HSTS follows the same switch as Secure cookies: a production server that has not been told it
 * runs on plain HTTP (COOKIE_SECURE=false) is served over HTTPS, and browsers may insist on it.
 */
type Settings = { NODE_ENV?: string; COOKIE_SECURE?: string };

function servedOverHttps(env: Settings): boolean {
  return env.NODE_ENV === "production" && env.COOKIE_SECURE !== "false";
}

export function securityHeaders(nonce: string, env: Settings = process.env): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce),
    "Permissions-Policy": DENIED_FEATURES.map((feature) => `${feature}=()`).join(", "),
    "X-Content-Type-Options": "nosniff",
    // For browsers older than frame-ancestors.
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    ...(servedOverHttps(env) ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

// The reading pages, which are the same for every visitor: the start page, a consultation's
// overview and its sections.
const PUBLIC_PAGES = [/^\/$/, /^\/consultations\/[^/]+\/?$/, /^\/consultations\/[^/]+\/sections\/[^/]+\/?$/];

/**
 * What a page Remix answers may be kept as: nothing personal is stored by a browser or a proxy.
 * Every page is personal unless it is a public reading page asked for without a session cookie
 * (with one, the page names its reader); those keep today's caching, so null. An allow-list, so
 * a new route is personal until someone says otherwise.
 */
export function cacheControl(pathname: string, cookieHeader: string | undefined): string | null {
  if (!hasSessionCookie(cookieHeader) && PUBLIC_PAGES.some((page) => page.test(pathname))) return null;
  return "private, no-store";
}
