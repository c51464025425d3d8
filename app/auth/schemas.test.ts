import { describe, expect, it } from "vitest";
import { safeRedirect } from "./schemas";

// Each of these leaves the site in at least one browser, directly or once a layer of encoding is undone.
const attacks = [
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\t/evil.example",
  "/%09/evil.example",
  "/\n/evil.example",
  "/%0a/evil.example",
  "/%0d%0a/evil.example",
  "/%00/evil.example",
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "%2F%2Fevil.example",
  "/%252F%252Fevil.example",
  "/%5C%5Cevil.example",
  "/%5Cevil.example",
  "/..//evil.example",
  "/.//evil.example",
  "/%2e%2e//evil.example",
  " //evil.example",
  "https://evil.example",
  "http:evil.example",
  "HTTPS://evil.example/",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(document.cookie)",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  "/%25252525252F%25252525252Fevil.example",
  "/%E0%A4%A",
];

describe("safeRedirect", () => {
  it.each(attacks)("sends %j to the fallback instead", (target) => {
    expect(safeRedirect(target)).toBe("/");
    expect(safeRedirect(target, "/my-input")).toBe("/my-input");
  });

  it("keeps a same-site path with its query and fragment", () => {
    expect(safeRedirect("/consultations/ascc-post-2025")).toBe("/consultations/ascc-post-2025");
    expect(safeRedirect("/review/ascc?status=pending&q=air%20bersih#row-3")).toBe(
      "/review/ascc?status=pending&q=air%20bersih#row-3",
    );
  });

  it("returns the path the browser will follow, encoded, never the text it was given", () => {
    expect(safeRedirect("/consultations/../my-input")).toBe("/my-input");
    expect(safeRedirect("/konsultasi/ringkasan akhir")).toBe("/konsultasi/ringkasan%20akhir");
  });

  it("gives the fallback for nothing at all", () => {
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(undefined)).toBe("/");
    expect(safeRedirect("")).toBe("/");
  });
});
