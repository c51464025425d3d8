import { type ActionFunctionArgs, json, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { changePerson, listPeople } from "~/auth/people.server";
import { peopleFilterSchema, personChangeSchema } from "~/auth/people-schema";
import { PersonRow } from "~/auth/people-table";
import { requireRole } from "~/auth/session.server";
import { AdminNav } from "~/components/admin-nav";
import { ErrorPage } from "~/components/error-page";
import { firstError, parseForm } from "~/forms/parse.server";
import { formatNumber } from "~/i18n/format";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";

export const meta = titleMeta("people:people.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireRole(request, "admin");
  const url = new URL(request.url);
  const filter = peopleFilterSchema.parse(Object.fromEntries(url.searchParams));
  const found = await listPeople(filter);
  return json({ ...found, filter, adminId: admin.id });
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, "admin");
  const form = await parseForm(request, personChangeSchema, { fallbackError: "people:validation.unknownIntent" });
  const userId = form.values.userId ?? null;
  if (!form.ok) return json({ userId, error: firstError(form.errors), done: null }, { status: 400 });
  const changed = await changePerson(admin, form.data);
  if (!changed.ok) return json({ userId, error: changed.error, done: null }, { status: 400 });
  return json({ userId, error: null, done: form.data.intent });
}

export default function People() {
  const { people, total, pages, filter, adminId } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("people");
  const language = useLanguage();
  const pageLink = (page: number) => `/admin/people?${new URLSearchParams({ q: filter.q, page: String(page) })}`;
  return (
    <div className="page stack">
      <AdminNav />
      <h1>{t("people.title")}</h1>
      <p>
        <Link to="/admin/invitations" className="button">
          {t("people.invite")}
        </Link>
      </p>
      <Form method="get" className="filters" role="search">
        <div className="filter">
          <label htmlFor="people-search">{t("people.search")}</label>
          <input id="people-search" name="q" type="search" defaultValue={filter.q} />
        </div>
        <div className="filter filter--actions">
          <button type="submit" className="button button--secondary">
            {t("people.searchSubmit")}
          </button>
        </div>
      </Form>
      <p role="status">{t("people.count", { count: total, shown: formatNumber(total, language) })}</p>
      {answer?.error ? (
        <div className="error-summary" role="alert">
          <p>{answer.userId ? <a href={`#person-${answer.userId}`}>{t(answer.error)}</a> : t(answer.error)}</p>
        </div>
      ) : answer?.done ? (
        <p className="notice" role="status">
          {t(`people.done.${answer.done}`)}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="data-table data-table--stack">
          <caption className="visually-hidden">{t("people.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("people.name")}</th>
              <th scope="col">{t("people.organisations")}</th>
              <th scope="col">{t("people.role")}</th>
              <th scope="col">{t("people.access")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <PersonRow
                key={person.id}
                person={person}
                isSelf={person.id === adminId}
                error={answer?.userId === person.id ? answer.error : null}
              />
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav aria-label={t("people.pages")} className="pager">
          <p className="muted">{t("people.pageOf", { page: filter.page, pages })}</p>
          {filter.page > 1 ? (
            <Link to={pageLink(filter.page - 1)} rel="prev">
              {t("people.previous")}
            </Link>
          ) : null}
          {filter.page < pages ? (
            <Link to={pageLink(filter.page + 1)} rel="next" className="pager__next">
              {t("people.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ forbidden: "admin:errors.forbidden" }} />;
}
