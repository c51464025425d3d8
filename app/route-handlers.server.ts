import type { ServerBuild } from "@remix-run/node";

/** A change to a loader or an action that keeps its type. */
export type HandlerWrapper = <Handler extends (...args: never[]) => unknown>(handler: Handler) => Handler;

/**
 * The build with every route's loader and action run through `wrap`: how server.js adds what
 * every request needs (answering 503 during an outage, the client address of audit events)
 * without each route saying so.
 */
export function wrapRouteHandlers(build: ServerBuild, wrap: HandlerWrapper): ServerBuild {
  const routes = Object.fromEntries(
    Object.entries(build.routes).map(([id, route]) => {
      if (!route) return [id, route];
      const { loader, action } = route.module;
      const module = {
        ...route.module,
        ...(loader ? { loader: wrap(loader) } : {}),
        ...(action ? { action: wrap(action) } : {}),
      };
      return [id, { ...route, module }];
    }),
  );
  return { ...build, routes };
}
