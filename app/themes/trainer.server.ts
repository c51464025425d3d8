import { isDatabaseUnavailable } from "#db/faults.server";
import { requestStaleModels, trainRequestedModels } from "./suggestions.server";

/** Polled this often for retraining asked for by tags changed on any app server. */
const IDLE_MS = 2_000;
const MAX_BACKOFF_MS = 10_000;

type Trainer = { stop(): Promise<void> };

/**
 * Trains theme models in the background of this process, never on a page view (decision 024): it
 * claims one consultation's retrain request at a time, trains, stores the model, and polls again.
 * Training is synchronous work (seconds for a large consultation): between two trainings the
 * process serves requests. Like the near-duplicate filer (decision 017), it pauses longer while
 * the database is away; `report` gets every other failure.
 */
export function startThemeTrainer(report: (error: unknown) => void): Trainer {
  let stopped = false;
  let wake: (() => void) | null = null;
  let timer: NodeJS.Timeout | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });
  const loop = async () => {
    let failures = 0;
    try {
      await requestStaleModels();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) report(error);
    }
    while (!stopped) {
      let trained = 0;
      try {
        trained = await trainRequestedModels(1);
        failures = 0;
      } catch (error) {
        failures++;
        if (!isDatabaseUnavailable(error)) report(error);
      }
      if (stopped) break;
      if (failures > 0) await pause(Math.min(MAX_BACKOFF_MS, IDLE_MS * 2 ** failures));
      else if (trained === 0) await pause(IDLE_MS);
    }
  };
  const done = loop();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      wake?.();
      await done;
    },
  };
}
