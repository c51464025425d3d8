import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { logOutEverywhere } from "~/auth/account.server";
import { blankSessionCookie, requireUser } from "~/auth/session.server";

// Only a form's target: the button lives on /account.
export async function loader() {
  return redirect("/account");
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await logOutEverywhere(user.id);
  return redirect("/login?notice=loggedOutEverywhere", { headers: { "Set-Cookie": await blankSessionCookie() } });
}
