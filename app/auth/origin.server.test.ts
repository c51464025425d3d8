import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./origin.server";

const site = "https://masukan.example.org";

describe("cross-site writes", () => {
  it("refuses a POST whose Origin is another site", () => {
    expect(isCrossSiteWrite("POST", new Headers({ Origin: "https://evil.example.com" }), site)).toBe(true);
    expect(isCrossSiteWrite("POST", new Headers({ Origin: "null" }), site)).toBe(true);
    expect(isCrossSiteWrite("POST", new Headers({ Origin: "http://masukan.example.org" }), site)).toBe(true);
  });

  it("accepts a POST from the site itself and any read", () => {
    expect(isCrossSiteWrite("POST", new Headers({ Origin: site }), site)).toBe(false);
    expect(isCrossSiteWrite("GET", new Headers({ Origin: "https://evil.example.com" }), site)).toBe(false);
  });

  it("falls back to Sec-Fetch-Site when a browser sends no Origin", () => {
    expect(isCrossSiteWrite("POST", new Headers({ "Sec-Fetch-Site": "cross-site" }), site)).toBe(true);
    expect(isCrossSiteWrite("POST", new Headers({ "Sec-Fetch-Site": "same-origin" }), site)).toBe(false);
    expect(isCrossSiteWrite("POST", new Headers(), site)).toBe(false);
  });
});
