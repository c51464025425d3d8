import { describe, expect, it } from "vitest";
import { cacheControl, newNonce, securityHeaders } from "./security-headers.server";

const HSTS = "Strict-Transport-Security";

describe("security headers", () => {
  it("sends HSTS only from a production server that is not told it runs on plain HTTP", () => {
    expect(securityHeaders("n", { NODE_ENV: "production" })[HSTS]).toBe("max-age=31536000; includeSubDomains");
    expect(securityHeaders("n", { NODE_ENV: "production", COOKIE_SECURE: "false" })).not.toHaveProperty(HSTS);
    expect(securityHeaders("n", { NODE_ENV: "development" })).not.toHaveProperty(HSTS);
  });

  it("lets scripts run only from the site or with the response's own nonce", () => {
    const nonce = newNonce();
    const policy = securityHeaders(nonce, {})["Content-Security-Policy"];
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}';`);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(nonce);
  });
});

describe("what a browser or proxy may keep", () => {
  it("keeps nothing of a page shown to someone with a session, or of a personal page", () => {
    const session = "masukan_language=id; masukan_session=abc";
    expect(cacheControl("/consultations/ascc/sections/2.1", session)).toBe("private, no-store");
    expect(cacheControl("/", session)).toBe("private, no-store");
    for (const path of ["/login", "/my-input", "/review/ascc", "/consultations/ascc/send", "/consultations/ascc/x/y"])
      expect(cacheControl(path, undefined)).toBe("private, no-store");
  });

  it("leaves the public reading pages to their usual caching for visitors", () => {
    for (const path of ["/", "/consultations/ascc", "/consultations/ascc/sections/2.1"])
      expect(cacheControl(path, "masukan_language=id; not_masukan_session=x")).toBeNull();
  });
});
