export type StoredPhase = "draft" | "open" | "closed" | "published";
export type Phase = StoredPhase | "upcoming";

/**
 * The phase a reader sees. An "open" consultation takes input only between its opening and
 * closing times, by the server's clock, so nobody has to remember to close it by hand.
 */
export function effectivePhase(consultation: { phase: StoredPhase; opensAt: Date; closesAt: Date }, now: Date): Phase {
  if (consultation.phase !== "open") return consultation.phase;
  if (now < consultation.opensAt) return "upcoming";
  if (now >= consultation.closesAt) return "closed";
  return "open";
}
