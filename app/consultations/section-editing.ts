import type { StoredPhase } from "./phase";

export type EditedVersion = { isCurrent: boolean };

/**
 * Whether a version's sections may still change. Readers and contributors rely on the text of an
 * opened consultation staying put (input points at it), so after opening a change needs a new version.
 */
export function sectionsEditable({
  consultationPhase,
  version,
}: {
  consultationPhase: StoredPhase;
  version: EditedVersion;
}): boolean {
  return version.isCurrent && consultationPhase === "draft";
}
