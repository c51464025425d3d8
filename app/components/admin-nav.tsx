import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const pages = [
  { to: "/admin", key: "nav.consultations", end: true },
  { to: "/admin/people", key: "nav.people", end: false },
  { to: "/admin/invitations", key: "nav.invitations", end: false },
  { to: "/admin/organisations", key: "nav.organisations", end: false },
] as const;

/** The secretariat's pages, one link each; the current one is marked for screen readers too. */
export function AdminNav() {
  const { t } = useTranslation("people");
  return (
    <nav aria-label={t("nav.label")} className="admin-nav">
      <ul>
        {pages.map((page) => (
          <li key={page.to}>
            <NavLink to={page.to} end={page.end}>
              {t(page.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
