import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { setPreferredLanguage } from "~/auth/accounts.server";
import { languageChoiceSchema, safeRedirect } from "~/auth/schemas";
import { getUser } from "~/auth/session.server";
import { parseForm } from "~/forms/parse.server";
import { setLanguageCookie } from "~/i18n/language.server";
import { invariantResponse } from "~/responses";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await parseForm(request, languageChoiceSchema);
  invariantResponse(form.ok, 400);
  const { language, redirectTo } = form.data;
  const user = await getUser(request);
  if (user) await setPreferredLanguage(user.id, language);
  return redirect(safeRedirect(redirectTo ?? "/"), {
    headers: { "Set-Cookie": await setLanguageCookie(language) },
  });
}
