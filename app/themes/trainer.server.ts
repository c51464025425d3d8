import { type BackgroundWorker, startBackgroundWorker } from "~/background-worker.server";
import { requestStaleModels, trainRequestedModels } from "./suggestions.server";

/**
 * Trains theme models in the background of this process, never on a page view (decision 024): on
 * start it asks for every model missing or behind, then claims one consultation's retrain request
 * at a time, trains, stores the model, and polls every 2 s for requests from any app server. Like
 * the near-duplicate filer, it pauses longer while the database is away; `report` gets every
 * other failure.
 */
export function startThemeTrainer(report: (error: unknown) => void): BackgroundWorker {
  return startBackgroundWorker({
    prepare: requestStaleModels,
    step: async () => (await trainRequestedModels(1)) > 0,
    idleMs: 2_000,
    busyMs: 0,
    maxBackoffMs: 10_000,
    report,
  });
}
