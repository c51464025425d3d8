// Licences a consultation's open data may carry, by SPDX identifier; another is shown as it is named.
export const KNOWN_LICENCES: Record<string, { name: string; url: string }> = {
  "CC-BY-4.0": {
    name: "Creative Commons Attribution 4.0 International",
    url: "https://creativecommons.org/licenses/by/4.0/",
  },
  "CC-BY-SA-4.0": {
    name: "Creative Commons Attribution-ShareAlike 4.0 International",
    url: "https://creativecommons.org/licenses/by-sa/4.0/",
  },
  "CC0-1.0": {
    name: "CC0 1.0 Universal (public domain dedication)",
    url: "https://creativecommons.org/publicdomain/zero/1.0/",
  },
};

export function licenceNamed(identifier: string): { identifier: string; name: string; url: string | null } {
  const known = KNOWN_LICENCES[identifier];
  return { identifier, name: known?.name ?? identifier, url: known?.url ?? null };
}
