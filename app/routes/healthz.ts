import { json } from "@remix-run/node";
import { checkDatabase, nearDuplicateBacklog } from "~/health.server";

export async function loader() {
  const healthy = await checkDatabase();
  return json(
    { database: healthy ? "ok" : "unreachable", nearDuplicateFilings: healthy ? await nearDuplicateBacklog() : null },
    // Never cached: server.js marks every page but the public reading pages no-store.
    { status: healthy ? 200 : 503 },
  );
}
