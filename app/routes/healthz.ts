import { json } from "@remix-run/node";
import { checkDatabase } from "~/health.server";

export async function loader() {
  const healthy = await checkDatabase();
  return json(
    { database: healthy ? "ok" : "unreachable" },
    { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
