import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startBackgroundWorker, startHourlyCleanup } from "./background-worker.server";

const outage = Object.assign(new Error("connection refused"), { code: "ECONNREFUSED" });

describe("the background worker's loop", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("steps again soon while work waits, then at the idle poll, and a nudge wakes it early", async () => {
    const waiting = [true, true, false, false, false];
    const steps: number[] = [];
    const worker = startBackgroundWorker({
      step: async () => {
        steps.push(Date.now());
        return waiting.shift() ?? false;
      },
      idleMs: 1_000,
      busyMs: 100,
      maxBackoffMs: 5_000,
      report: () => {},
    });
    await vi.advanceTimersByTimeAsync(1_200);
    const started = steps[0] ?? 0;
    expect(steps.map((at) => at - started)).toEqual([0, 100, 200, 1_200]);
    worker.nudge();
    await vi.advanceTimersByTimeAsync(100);
    expect(steps.map((at) => at - started)).toEqual([0, 100, 200, 1_200, 1_300]);
    await worker.stop();
  });

  it("prepares once, backs off doubling while the database is away, and reports only other failures", async () => {
    const failures = [outage, outage, new Error("a bug"), null];
    const steps: number[] = [];
    const reported: unknown[] = [];
    const prepare = vi.fn(async () => {});
    const worker = startBackgroundWorker({
      prepare,
      step: async () => {
        steps.push(Date.now());
        const failure = failures.shift();
        if (failure) throw failure;
        return false;
      },
      idleMs: 1_000,
      busyMs: 100,
      maxBackoffMs: 3_000,
      report: (error) => reported.push(error),
    });
    await vi.advanceTimersByTimeAsync(10_000);
    const started = steps[0] ?? 0;
    // Pauses of 2 s, 3 s (4 s capped), 3 s (8 s capped), then the idle poll.
    expect(steps.slice(0, 5).map((at) => at - started)).toEqual([0, 2_000, 5_000, 8_000, 9_000]);
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(reported).toEqual([expect.objectContaining({ message: "a bug" })]);
    await worker.stop();
  });

  it("stops at once from a pause, and waits for the step under way", async () => {
    let finish: () => void = () => {};
    let stepping = false;
    const worker = startBackgroundWorker({
      step: () =>
        new Promise<boolean>((resolve) => {
          stepping = true;
          finish = () => {
            stepping = false;
            resolve(false);
          };
        }),
      idleMs: 60_000,
      busyMs: 100,
      maxBackoffMs: 60_000,
      report: () => {},
    });
    await vi.advanceTimersByTimeAsync(0);
    let stopped = false;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(stepping && !stopped).toBe(true);
    finish();
    await stopping;
    expect(stopped).toBe(true);
  });

  it("cleans up on start, again at once while batches come back full, then hourly", async () => {
    const removed = [10, 10, 3, 0];
    const steps: number[] = [];
    const worker = startHourlyCleanup(
      async () => {
        steps.push(Date.now());
        return removed.shift() ?? 0;
      },
      10,
      () => {},
    );
    await vi.advanceTimersByTimeAsync(60 * 60_000 + 100);
    const [first = 0, , third = 0, fourth = 0] = steps;
    expect(steps).toHaveLength(4);
    // The three batches go one after the other; the step after a batch that was not full waits an hour.
    expect(third - first).toBeLessThan(10);
    expect(fourth - third).toBe(60 * 60_000);
    await worker.stop();
  });
});
