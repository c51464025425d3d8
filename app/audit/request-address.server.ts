import { AsyncLocalStorage } from "node:async_hooks";
import type { ServerBuild } from "@remix-run/node";
import { wrapRouteHandlers } from "~/route-handlers.server";
import { daysSetting } from "~/settings.server";

// The client address of the request an audit event is written for (decision 038). Some forty
// places write events, deep in domain functions that know nothing of the request; the address
// travels with the request's asynchronous context instead of through every signature, and
// recordAudit reads it. Events written outside a request (the phase clock, the seed) have none.
const requestAddress = new AsyncLocalStorage<string>();

/** Runs `work` as a request from `address`: the audit events it writes keep that address. */
export function withRequestAddress<T>(address: string | undefined, work: () => T): T {
  if (!address || address === "unknown") return work();
  // An IPv4 client of a dual-stack socket arrives as "::ffff:203.0.113.9": kept as people write it.
  return requestAddress.run(address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1"), work);
}

export function currentRequestAddress(): string | null {
  return requestAddress.getStore() ?? null;
}

type HandlerArgs = { context?: { clientAddress?: string } };

/** The build with every loader and action run as a request from its client address (server.js). */
export function recordingRequestAddresses(build: ServerBuild): ServerBuild {
  return wrapRouteHandlers(build, (handler) => {
    const wrapped = (...args: Parameters<typeof handler>) =>
      withRequestAddress((args[0] as HandlerArgs | undefined)?.context?.clientAddress, () => handler(...args));
    return wrapped as typeof handler;
  });
}

/** How long an event keeps its address: AUDIT_IP_RETENTION_DAYS, 90 days unless set (at most ten years). */
export function addressRetentionDays(env: Record<string, string | undefined> = process.env): number {
  return daysSetting(env, "AUDIT_IP_RETENTION_DAYS", 90, 3650);
}
