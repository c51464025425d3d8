import type { ActionFunctionArgs } from "@remix-run/node";

// The benchmark's baseline: a Remix action that only parses the form. It exists only when the
// benchmark starts the server with BENCH_ROUTES=true; otherwise it is an unknown address.
export async function loader() {
  throw new Response("Not found", { status: 404 });
}

export async function action({ request }: ActionFunctionArgs) {
  if (process.env.BENCH_ROUTES !== "true") throw new Response("Not found", { status: 404 });
  await request.formData();
  return new Response(null, { status: 204 });
}
