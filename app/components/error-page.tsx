import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { type ErrorKind, errorKind } from "~/responses";

/**
 * The error page, inside the site's layout. A route may add what its error means there
 * (`explain`: a translation key per kind, such as "what this submission's absence means").
 */
export function ErrorPage({ explain = {} }: { explain?: Partial<Record<ErrorKind, string>> }) {
  const error = useRouteError();
  const { t } = useTranslation();
  const kind = errorKind(error);
  if (!isRouteErrorResponse(error)) console.error(error);
  const explanation = explain[kind];
  return (
    <div className="page page--narrow">
      <h1>{t(`errors.${kind}.title`)}</h1>
      {explanation ? <p>{t(explanation)}</p> : null}
      <p>{t(`errors.${kind}.body`)}</p>
      <p>
        <Link to="/">{t("errors.backHome")}</Link>
      </p>
    </div>
  );
}
