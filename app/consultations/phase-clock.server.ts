import { type BackgroundWorker, startBackgroundWorker } from "~/background-worker.server";
import { advancePhasesByClock } from "./admin.server";

/** How often the clock looks for consultations whose opening or closing time has come. */
const TICK_MS = 30_000;

/**
 * Moves consultations by the server's clock (decision 029), on the loop every background job
 * shares: at start, then every tick. Every app server runs one; `advancePhasesByClock` moves each
 * consultation once however many do. Pages never wait for it: an open consultation past its
 * closing time already reads as closed (phase.ts); the tick makes the stored phase and the audit
 * log say so.
 */
export function startPhaseClock(report: (error: unknown) => void): BackgroundWorker {
  return startBackgroundWorker({
    step: async () => {
      await advancePhasesByClock(new Date());
      return false;
    },
    idleMs: TICK_MS,
    busyMs: TICK_MS,
    maxBackoffMs: 5 * TICK_MS,
    report,
  });
}
