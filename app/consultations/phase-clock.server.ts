import { isDatabaseUnavailable } from "#db/faults.server";
import { advancePhasesByClock } from "./admin.server";

/** How often the clock looks for consultations whose opening or closing time has come. */
const TICK_MS = 30_000;

type PhaseClock = { stop(): Promise<void> };

/**
 * Moves consultations by the server's clock (decision 029): once at start, then every tick. Every
 * app server runs one; `advancePhasesByClock` moves each consultation once however many do.
 * Pages never wait for it: an open consultation past its closing time already reads as closed
 * (phase.ts), the tick only makes the stored phase and the audit log say so.
 */
export function startPhaseClock(report: (error: unknown) => void): PhaseClock {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = advancePhasesByClock(new Date()).then(
      () => undefined,
      (error) => {
        if (!isDatabaseUnavailable(error)) report(error);
      },
    );
  };
  tick();
  const timer = setInterval(tick, TICK_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
