import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { recordLogout } from "~/auth/accounts.server";
import { endSession, readSession } from "~/auth/session.server";
import { titleMeta } from "~/i18n/meta";
import { clearAllDrafts } from "~/submissions/drafts";

export const meta = titleMeta("auth:logout.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await readSession(request);
  if (!user) throw redirect("/");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const { session, user } = await readSession(request);
  if (!session || !user) return redirect("/");
  const cookie = await endSession(session.id);
  await recordLogout(user.id);
  return redirect("/", { headers: { "Set-Cookie": cookie } });
}

export default function Logout() {
  const { t } = useTranslation("auth");
  return (
    <div className="page page--narrow">
      <h1>{t("logout.title")}</h1>
      <p>{t("logout.question")}</p>
      <Form method="post" onSubmit={clearAllDrafts}>
        <button type="submit" className="button">
          {t("logout.submit")}
        </button>
      </Form>
    </div>
  );
}
