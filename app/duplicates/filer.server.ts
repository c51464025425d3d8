import { isDatabaseUnavailable } from "#db/faults.server";
import { fileWaitingSubmissions } from "./duplicates.server";

const BATCH = 50;
/** Polled this often for filings queued by other app servers. */
const IDLE_MS = 1_000;
/** After a nudge, a moment for more input to arrive: a flood is filed in batches, not one by one. */
const GATHER_MS = 100;
const MAX_BACKOFF_MS = 5_000;

type Filer = { nudge(): void; stop(): Promise<void> };
let running: Filer | null = null;

/**
 * Files queued submissions with their near-duplicates in the background of this process, off the
 * request path (decision 017): at once after a nudge, every second otherwise, and with a growing
 * pause while the database is away. `report` gets every failure that is not an outage.
 */
export function startNearDuplicateFiler(report: (error: unknown) => void): Filer {
  let stopped = false;
  let nudged = false;
  let wake: (() => void) | null = null;
  let timer: NodeJS.Timeout | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });
  const loop = async () => {
    let failures = 0;
    while (!stopped) {
      let full = false;
      try {
        full = (await fileWaitingSubmissions(BATCH)) === BATCH;
        failures = 0;
      } catch (error) {
        failures++;
        if (!isDatabaseUnavailable(error)) report(error);
      }
      if (stopped) break;
      if (failures > 0) await pause(Math.min(MAX_BACKOFF_MS, IDLE_MS * 2 ** failures));
      else if (full || nudged) await pause(GATHER_MS);
      else await pause(IDLE_MS);
      nudged = false;
    }
  };
  const done = loop();
  const filer: Filer = {
    nudge() {
      if (nudged) return;
      nudged = true;
      clearTimeout(timer);
      timer = setTimeout(() => wake?.(), GATHER_MS);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      wake?.();
      await done;
      if (running === filer) running = null;
    },
  };
  running = filer;
  return filer;
}

/** Files what was just queued soon rather than at the next poll; does nothing where no filer runs (tests, the CLI). */
export function nudgeNearDuplicateFiler(): void {
  running?.nudge();
}
