// The intake benchmark's baseline (tests/bench/README.md): a bare Remix resource route at
// POST /bench/parse whose action only reads the form and answers 204. It is in no build and not in
// app/routes: server.js adds it to the built route table only when the benchmark starts the server
// with BENCH_ROUTES=true, so it is served by the same Express app, Remix request handler, route
// matching and action call as the app's own routes. Without BENCH_ROUTES=true /bench/parse is an
// unknown address like any other (GET: the app's 404 page; POST: 405 from the catch-all route).

const ROUTE_ID = "bench/parse";

/** GET has nothing to show. */
function loader() {
  throw new Response("Not found", { status: 404 });
}

/** @param {{ request: Request }} args */
async function action({ request }) {
  await request.formData();
  return new Response(null, { status: 204 });
}

/** The server build with the baseline route added under the root route, as a route file would be. */
export function withBaselineRoute(build) {
  return {
    ...build,
    routes: {
      ...build.routes,
      [ROUTE_ID]: {
        id: ROUTE_ID,
        parentId: "root",
        path: "bench/parse",
        index: undefined,
        caseSensitive: undefined,
        module: { loader, action },
      },
    },
  };
}
