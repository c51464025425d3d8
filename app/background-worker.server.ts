import { isDatabaseUnavailable } from "#db/faults.server";

export type BackgroundWorker = { nudge(): void; stop(): Promise<void> };

export type WorkerPlan = {
  /** Once, before the first step (its failure is reported, then the steps begin). */
  prepare?: () => Promise<void>;
  /** One piece of work; true when more is waiting. */
  step: () => Promise<boolean>;
  /** The pause when nothing waits: the poll for work queued by other app servers. */
  idleMs: number;
  /** The pause after a step that left more waiting, or after a nudge: lets more work gather. */
  busyMs: number;
  /** The pause after failures doubles from idleMs up to this. */
  maxBackoffMs: number;
  /** Gets every failure that is not a database outage (those only lengthen the pause). */
  report: (error: unknown) => void;
};

/**
 * The loop every background job of an app server shares (the near-duplicate filer, decision 017;
 * the theme trainer, decision 024): a step, then a pause — short while work waits or after a
 * nudge, the idle poll otherwise, growing after failures — until stopped. Stopping ends the
 * pause at once and waits for the step under way.
 */
export function startBackgroundWorker(plan: WorkerPlan): BackgroundWorker {
  let stopped = false;
  let nudged = false;
  let wake: (() => void) | null = null;
  let timer: NodeJS.Timeout | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });
  const attempt = async <T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> => {
    try {
      return { ok: true, value: await work() };
    } catch (error) {
      if (!isDatabaseUnavailable(error)) plan.report(error);
      return { ok: false };
    }
  };
  const loop = async () => {
    if (plan.prepare) await attempt(plan.prepare);
    let failures = 0;
    while (!stopped) {
      const result = await attempt(plan.step);
      failures = result.ok ? 0 : failures + 1;
      if (stopped) break;
      if (failures > 0) await pause(Math.min(plan.maxBackoffMs, plan.idleMs * 2 ** failures));
      else if ((result.ok && result.value) || nudged) await pause(plan.busyMs);
      else await pause(plan.idleMs);
      nudged = false;
    }
  };
  const done = loop();
  return {
    nudge() {
      if (nudged) return;
      nudged = true;
      clearTimeout(timer);
      timer = setTimeout(() => wake?.(), plan.busyMs);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      wake?.();
      await done;
    },
  };
}

const HOUR_MS = 60 * 60_000;

/**
 * A clean-up every app server runs on start and then hourly, one batch a step: `eraseBatch` says
 * how many rows it removed, and a full batch means more are waiting, so the next goes at once.
 * Two servers erasing at once remove each row once.
 */
export function startHourlyCleanup(
  eraseBatch: () => Promise<number>,
  batch: number,
  report: (error: unknown) => void,
): BackgroundWorker {
  return startBackgroundWorker({
    step: async () => (await eraseBatch()) === batch,
    idleMs: HOUR_MS,
    busyMs: 0,
    maxBackoffMs: HOUR_MS,
    report,
  });
}
