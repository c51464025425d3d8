import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { setEmailPreferences } from "~/auth/account.server";
import { emailPreferencesSchema } from "~/auth/schemas";
import { requireUser } from "~/auth/session.server";
import { parseForm } from "~/forms/parse.server";
import { invariantResponse } from "~/responses";

// Only a form's target: the form lives on /account, where its language is one of two radios.
export async function loader() {
  return redirect("/account");
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await parseForm(request, emailPreferencesSchema);
  // Only a hand-made request lacks a language: the page's form always sends one.
  invariantResponse(form.ok, 400);
  await setEmailPreferences(user, form.data);
  return redirect("/account?done=preferences");
}
