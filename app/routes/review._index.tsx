import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { PhaseBadge } from "~/consultations/components";
import { listVisibleConsultations } from "~/consultations/consultations.server";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";

export const meta = titleMeta("review:index.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "moderator");
  const { drafts, current, past } = await listVisibleConsultations(new Date(), { seesDrafts: true });
  return json({ consultations: [...drafts, ...current, ...past] });
}

export default function ReviewIndex() {
  const { consultations } = useLoaderData<typeof loader>();
  const { t } = useTranslation("review");
  const language = useLanguage();
  return (
    <div className="page">
      <h1>{t("index.title")}</h1>
      <ul className="card-list">
        {consultations.map((consultation) => (
          <li key={consultation.slug} className="card">
            <h2 className="small-heading">
              <Link to={`/review/${consultation.slug}`}>{consultation.title[language]}</Link>
            </h2>
            <PhaseBadge phase={consultation.phase} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ forbidden: "review:errors.forbidden" }} />;
}
