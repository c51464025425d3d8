import type { VersionStatus } from "#db/schema/values";
import type { StoredPhase } from "./phase";

export type EditedVersion = { isCurrent: boolean; status: VersionStatus };

/**
 * Whether a version's sections may still change. Readers and contributors rely on the text of an
 * opened consultation staying put (input points at it), so after opening a change needs a new
 * version, which is editable in any phase until it is published (decision 033).
 */
export function sectionsEditable({
  consultationPhase,
  version,
}: {
  consultationPhase: StoredPhase;
  version: EditedVersion;
}): boolean {
  if (version.status === "drafting") return true;
  return version.isCurrent && consultationPhase === "draft";
}
