import type { ServerBuild } from "@remix-run/node";
import { isDatabaseUnavailable } from "#db/faults.server";
import { errorResponse } from "./responses";
import { wrapRouteHandlers } from "./route-handlers.server";

/**
 * The build with every route's loader and action answering 503 while the database is away (an
 * outage, a restart, connections dropped) instead of failing as a bug: the route's error
 * boundary shows the translated "try again in a moment" page, which says that what was sent may
 * not have been saved, and nothing is logged as a server error. Routes that can do better (the
 * input form gives back everything typed) catch the outage themselves first.
 */
export function answeringDatabaseOutages(build: ServerBuild): ServerBuild {
  return wrapRouteHandlers(build, answering503);
}

function answering503<Handler extends (...args: never[]) => unknown>(handler: Handler): Handler {
  const wrapped = async (...args: Parameters<Handler>) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const unavailable = errorResponse(503);
      unavailable.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
      throw unavailable;
    }
  };
  return wrapped as Handler;
}

/** A restart takes a few seconds; the server reconnects by itself (decision 013). */
const RETRY_AFTER_SECONDS = 5;
