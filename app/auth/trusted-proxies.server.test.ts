import { describe, expect, it } from "vitest";
import { trustedProxies } from "./trusted-proxies.server";

describe("TRUSTED_PROXIES", () => {
  it("trusts no hop unless told", () => {
    expect(trustedProxies({})).toBe(false);
    expect(trustedProxies({ TRUSTED_PROXIES: "0" })).toBe(false);
  });

  it("reads a number of hops, or addresses, subnets and named ranges", () => {
    expect(trustedProxies({ TRUSTED_PROXIES: "2" })).toBe(2);
    expect(trustedProxies({ TRUSTED_PROXIES: "10.0.0.0/8, loopback,2001:db8::/32,192.0.2.1" })).toEqual([
      "10.0.0.0/8",
      "loopback",
      "2001:db8::/32",
      "192.0.2.1",
    ]);
  });

  it.each(["everyone", "10.0.0.0/33", "10.0.0.1/8/8", "true"])("refuses %s, naming the setting", (value) => {
    expect(() => trustedProxies({ TRUSTED_PROXIES: value })).toThrow(/^TRUSTED_PROXIES: /);
  });
});
