import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { setPreferredLanguage } from "~/auth/accounts.server";
import { safeRedirect } from "~/auth/schemas";
import { getUser } from "~/auth/session.server";
import { isLanguage } from "~/i18n/config";
import { setLanguageCookie } from "~/i18n/language.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData().catch(() => null);
  const language = form?.get("language");
  if (!isLanguage(language)) throw new Response("Unknown language", { status: 400 });
  const user = await getUser(request);
  if (user) await setPreferredLanguage(user.id, language);
  return redirect(safeRedirect(String(form?.get("redirectTo") ?? "/")), {
    headers: { "Set-Cookie": await setLanguageCookie(language) },
  });
}
