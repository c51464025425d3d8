const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * A state-changing request must come from a page of this site. Browsers send Origin on every
 * cross-site POST, so a missing Origin is only accepted when Sec-Fetch-Site says same-origin
 * or is absent (older clients, curl and our benchmarks).
 */
export function isCrossSiteWrite(method: string, headers: Headers, siteOrigin: string): boolean {
  if (!UNSAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers.get("Origin");
  if (origin) return origin !== siteOrigin;
  const fetchSite = headers.get("Sec-Fetch-Site");
  return fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none";
}
