import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/auth/session.server";
import { PhaseBadge } from "~/consultations/components";
import { listPublicConsultations } from "~/consultations/consultations.server";
import type { Language } from "~/i18n/config";
import { pageTitle } from "~/i18n/meta";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "review:index.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "moderator");
  const { current, past } = await listPublicConsultations();
  return json({ consultations: [...current, ...past] });
}

export default function ReviewIndex() {
  const { consultations } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("review");
  const language = i18n.language as Language;
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
