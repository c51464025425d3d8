import { isIP } from "node:net";
import { SettingError } from "~/settings.server";

// Express's names for the reserved ranges (proxy-addr): where a proxy in the same machine or network sits.
const NAMED_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);

/**
 * Express's `trust proxy` from TRUSTED_PROXIES (decision 014): which hops may say who the client
 * is in X-Forwarded-For. Unset, none may, so the client address is the connection's own and a
 * forged header changes nothing. A number trusts that many hops in front of the app; a list
 * trusts those addresses, subnets or named ranges. The client is then the first hop not trusted.
 */
export function trustedProxies(env: Record<string, string | undefined>): false | number | string[] {
  if (env.TRUST_PROXY) {
    // TRUST_PROXY=true trusted every hop, so any client could name any address: refuse rather than guess.
    throw new SettingError(
      "TRUST_PROXY",
      "replaced by TRUSTED_PROXIES: set it to the number of proxies in front of the app, or their addresses (see README)",
    );
  }
  const value = env.TRUSTED_PROXIES?.trim() ?? "";
  if (value === "") return false;
  if (/^\d+$/.test(value)) return Number(value) === 0 ? false : Number(value);
  const entries = value.split(",").map((entry) => entry.trim());
  const wrong = entries.find((entry) => !isProxyEntry(entry));
  if (wrong !== undefined) {
    throw new SettingError(
      "TRUSTED_PROXIES",
      `"${wrong}" is neither a number of hops nor an address, subnet, loopback, linklocal or uniquelocal`,
    );
  }
  return entries;
}

function isProxyEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = "", prefix, ...rest] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}
