import { ok, type Result, refuse } from "~/result";
import type { StoredPhase } from "./phase";

// The consultation's lifecycle as pure rules (decision 029): which phase changes an admin may ask
// for, what each does to the dates, and where the clock moves a consultation by itself.

export const phaseChanges = ["open", "close", "publish", "reopen"] as const;
export type PhaseChange = (typeof phaseChanges)[number];

export type Lifecycle = { phase: StoredPhase; opensAt: Date; closesAt: Date; opensAutomatically: boolean };
export type Schedule = Pick<Lifecycle, "phase" | "opensAt" | "closesAt">;

const changesFrom: Record<StoredPhase, PhaseChange[]> = {
  draft: ["open"],
  open: ["close"],
  closed: ["publish", "reopen"],
  published: ["reopen"],
};

/** The buttons an admin sees for a consultation in this phase. */
export function availablePhaseChanges(phase: StoredPhase): PhaseChange[] {
  return changesFrom[phase];
}

/** A consultation closes after it opens; the error key belongs to the closing date's field. */
export function checkDates(opensAt: Date, closesAt: Date): Result {
  return closesAt > opensAt ? ok() : refuse("admin:validation.closesBeforeOpens", "closesAt");
}

/**
 * The phase and dates after an admin's change, or why not. Opening now brings a later opening
 * date forward to now, closing now brings a later closing date back to now, so the dates shown
 * always tell what happened. Reopening a published consultation takes its results off the
 * public pages: it needs `confirmed`.
 */
export function planPhaseChange(
  current: Schedule,
  change: PhaseChange,
  { now, confirmed }: { now: Date; confirmed: boolean },
): Result<Schedule> {
  if (!changesFrom[current.phase].includes(change)) return refuse("admin:validation.phaseChangeNotAllowed");
  switch (change) {
    case "open":
    case "reopen":
      if (change === "reopen" && current.phase === "published" && !confirmed)
        return refuse("admin:validation.reopenNeedsConfirmation", "confirmReopen");
      if (current.closesAt <= now) return refuse("admin:validation.closingDatePassed");
      return ok({ phase: "open", opensAt: current.opensAt < now ? current.opensAt : now, closesAt: current.closesAt });
    case "close":
      return ok({
        phase: "closed",
        opensAt: current.opensAt,
        closesAt: current.closesAt < now ? current.closesAt : now,
      });
    case "publish":
      return ok({ ...current, phase: "published" });
  }
}

/**
 * Where the server's clock moves a consultation: a draft set to open automatically opens at its
 * opening time, an open one closes at its closing time (both at once if both have passed). Null
 * when the clock leaves it where it is.
 */
export function phaseByClock(consultation: Lifecycle, now: Date): StoredPhase | null {
  const opens = consultation.phase === "draft" && consultation.opensAutomatically && consultation.opensAt <= now;
  if (consultation.phase !== "open" && !opens) return null;
  if (consultation.closesAt <= now) return "closed";
  return opens ? "open" : null;
}
