import { type BackgroundWorker, startBackgroundWorker } from "~/background-worker.server";
import { fileWaitingSubmissions } from "./duplicates.server";

const BATCH = 50;

let running: BackgroundWorker | null = null;

/**
 * Files queued submissions with their near-duplicates in the background of this process, off the
 * request path (decision 017): at once after a nudge (a moment later, so that a flood is filed in
 * batches, not one by one), every second otherwise, and with a growing pause while the database
 * is away. `report` gets every failure that is not an outage.
 */
export function startNearDuplicateFiler(report: (error: unknown) => void): BackgroundWorker {
  const worker = startBackgroundWorker({
    step: async () => (await fileWaitingSubmissions(BATCH)) === BATCH,
    idleMs: 1_000,
    busyMs: 100,
    maxBackoffMs: 5_000,
    report,
  });
  const filer: BackgroundWorker = {
    nudge: () => worker.nudge(),
    async stop() {
      await worker.stop();
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
