import type { LoaderFunctionArgs } from "@remix-run/node";
import { accountData, accountDataFileName } from "~/auth/account-data.server";
import { requireUser } from "~/auth/session.server";
import { invariantResponse } from "~/responses";

// "Download my data": only the signed-in person's own, so the address names no account.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const now = new Date();
  const data = await accountData(user.id, now);
  invariantResponse(data, 404);
  // Never cached: server.js marks every page but the public reading pages no-store.
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${accountDataFileName(now)}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
