import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isWorkingGroup } from "~/auth/session.server";
import { ConsultationList } from "~/consultations/components";
import { listVisibleConsultations } from "~/consultations/consultations.server";
import { titleMeta } from "~/i18n/meta";

export const meta = titleMeta("consultations:home.title");

export async function loader({ request }: LoaderFunctionArgs) {
  return json(await listVisibleConsultations(new Date(), { seesDrafts: await isWorkingGroup(request) }));
}

export default function Home() {
  const { drafts, current, past } = useLoaderData<typeof loader>();
  const { t } = useTranslation("consultations");
  const [searchParams] = useSearchParams();
  return (
    <div className="page">
      {searchParams.get("notice") === "accountDeleted" ? (
        <p className="notice" role="status">
          {t("account:delete.done")}
        </p>
      ) : null}
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.intro")}</p>
      {drafts.length > 0 && (
        <section aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">{t("home.drafts")}</h2>
          <p>{t("home.draftsNotice")}</p>
          <ConsultationList items={drafts} />
        </section>
      )}
      <section aria-labelledby="current-heading">
        <h2 id="current-heading">{t("home.current")}</h2>
        {current.length > 0 ? <ConsultationList items={current} /> : <p>{t("home.noCurrent")}</p>}
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading">{t("home.past")}</h2>
        {past.length > 0 ? <ConsultationList items={past} /> : <p>{t("home.noPast")}</p>}
      </section>
    </div>
  );
}
