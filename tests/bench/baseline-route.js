// The benchmarks' baselines (tests/bench/README.md): bare Remix resource routes that do no work of
// the app's own. POST /bench/parse (intake) only reads the form and answers 204; GET /bench/page
// (section_page) answers a tiny 200. They are in no build and not in app/routes: server.js adds
// them to the built route table only when the benchmark starts the server with BENCH_ROUTES=true,
// so they are served by the same Express app, Remix request handler, route matching and
// loader/action call as the app's own routes. Without BENCH_ROUTES=true they are unknown addresses
// like any other (GET: the app's 404 page; POST: 405 from the catch-all route).

/** GET has nothing to show. */
function parseLoader() {
  throw new Response("Not found", { status: 404 });
}

/** @param {{ request: Request }} args */
async function parseAction({ request }) {
  await request.formData();
  return new Response(null, { status: 204 });
}

function pageLoader() {
  return new Response("ok", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

const route = (id, module) => ({
  id,
  parentId: "root",
  path: id,
  index: undefined,
  caseSensitive: undefined,
  module,
});

/** The server build with the baseline routes added under the root route, as route files would be. */
export function withBaselineRoute(build) {
  return {
    ...build,
    routes: {
      ...build.routes,
      "bench/parse": route("bench/parse", { loader: parseLoader, action: parseAction }),
      "bench/page": route("bench/page", { loader: pageLoader }),
    },
  };
}
