// Licences a consultation's open data may carry, by SPDX identifier, each with the key of its name
// in the reader's language (reports.json, licenceNames); another is shown as it is named.
export const KNOWN_LICENCES: Record<string, { nameKey: string; url: string }> = {
  "CC-BY-4.0": { nameKey: "ccBy4", url: "https://creativecommons.org/licenses/by/4.0/" },
  "CC-BY-SA-4.0": { nameKey: "ccBySa4", url: "https://creativecommons.org/licenses/by-sa/4.0/" },
  "CC0-1.0": { nameKey: "cc0", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
};

export function licenceNamed(identifier: string): { identifier: string; nameKey: string | null; url: string | null } {
  const known = KNOWN_LICENCES[identifier];
  return { identifier, nameKey: known?.nameKey ?? null, url: known?.url ?? null };
}
