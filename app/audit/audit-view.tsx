import type { SerializeFrom } from "@remix-run/node";
import { Form, Link } from "@remix-run/react";
import type { InputHTMLAttributes, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { fieldId } from "~/forms/fields";
import { formatDateTime } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import { type auditFilterFields, auditFilterQuery } from "./search";
import type { AuditRow } from "./search.server";

// The parts of the audit log page (app/routes/admin.audit._index.tsx).

type Field = (typeof auditFilterFields)[number];
type Values = Record<string, string>;

function FilterField({
  name,
  values,
  errors,
  ...input
}: { name: Field; values: Values; errors: Values } & InputHTMLAttributes<HTMLInputElement>) {
  const { t } = useTranslation("audit");
  const error = errors[name];
  const id = fieldId(name);
  return (
    <div className={`filter${error ? " field--error" : ""}`}>
      <label htmlFor={id}>{t(`search.${name}`)}</label>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {t(error)}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        defaultValue={values[name] ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...input}
      />
    </div>
  );
}

/** The search: plain GET, so every search is an address that can be kept, shared and exported. */
export function AuditSearchForm({
  values,
  errors,
  zone,
  actions,
  zones,
}: {
  values: Values;
  errors: Values;
  zone: string;
  actions: string[];
  zones: string[];
}) {
  const { t } = useTranslation("audit");
  const shown = { ...values, zone: values.zone || zone };
  return (
    <Form method="get" className="filters" aria-label={t("search.title")}>
      <FilterField name="who" values={shown} errors={errors} type="search" autoComplete="off" />
      <FilterField name="action" values={shown} errors={errors} list="audit-actions" autoComplete="off" />
      <datalist id="audit-actions">
        {actions.map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
      <FilterField name="target" values={shown} errors={errors} autoComplete="off" />
      <FilterField name="from" values={shown} errors={errors} type="date" />
      <FilterField name="to" values={shown} errors={errors} type="date" />
      <FilterField name="zone" values={shown} errors={errors} list="audit-zones" autoComplete="off" />
      <datalist id="audit-zones">
        {zones.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div className="filter filter--actions">
        <button type="submit" className="button button--secondary">
          {t("search.submit")}
        </button>
        <Link to="/admin/audit">{t("search.clear")}</Link>
      </div>
    </Form>
  );
}

function Actor({ row }: { row: SerializeFrom<AuditRow> }) {
  const { t } = useTranslation("audit");
  if (!row.actorId) return <span className="muted">{t("table.system")}</span>;
  if (row.actorDeleted) return <span className="muted">{t("table.deletedAccount")}</span>;
  if (!row.actorName) return <code>{row.actorId}</code>;
  return (
    <>
      {row.actorName}
      <br />
      <span className="muted">{row.actorEmail}</span>
    </>
  );
}

/** A cell that names its column, for the phone layout where the header row is hidden. */
function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td data-label={label}>
      <div>{children}</div>
    </td>
  );
}

/** An event's details, one line a field; a nested value as JSON. */
function Details({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  return (
    <ul className="audit-table__details">
      {entries.map(([name, value]) => (
        <li key={name}>
          <span className="muted">{name}:</span> {typeof value === "string" ? value : JSON.stringify(value)}
        </li>
      ))}
    </ul>
  );
}

/** The events found, newest first, each date in the zone the log is read in. */
export function AuditTable({ rows, zone }: { rows: SerializeFrom<AuditRow>[]; zone: string }) {
  const { t } = useTranslation("audit");
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table audit-table">
        <caption className="visually-hidden">{t("table.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("table.when")}</th>
            <th scope="col">{t("table.who")}</th>
            <th scope="col">{t("table.action")}</th>
            <th scope="col">{t("table.target")}</th>
            <th scope="col">{t("table.details")}</th>
            <th scope="col">{t("table.address")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <Cell label={t("table.when")}>{formatDateTime(row.occurredAt, language, zone)}</Cell>
              <Cell label={t("table.who")}>
                <Actor row={row} />
              </Cell>
              <Cell label={t("table.action")}>
                <code>{row.action}</code>
              </Cell>
              <Cell label={t("table.target")}>
                {row.subjectType}
                {row.targetName || row.subjectId ? (
                  <>
                    <br />
                    <code className="audit-table__id">{row.targetName ?? row.subjectId}</code>
                  </>
                ) : null}
              </Cell>
              <Cell label={t("table.details")}>
                {row.reason ? <p>{row.reason}</p> : null}
                <Details details={row.details} />
              </Cell>
              <Cell label={t("table.address")}>
                {row.address ?? <span className="muted">{t("table.noAddress")}</span>}
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Links to the newer and the older page of the same search. */
export function AuditPager({ values, newer, older }: { values: Values; newer: string | null; older: string | null }) {
  const { t } = useTranslation("audit");
  const query = auditFilterQuery(values);
  const link = (name: "newer" | "older", cursor: string) =>
    `?${[query, new URLSearchParams({ [name]: cursor }).toString()].filter(Boolean).join("&")}`;
  if (!newer && !older) return null;
  return (
    <nav className="button-row" aria-label={t("pager.label")}>
      {newer ? <Link to={link("newer", newer)}>{t("pager.newer")}</Link> : null}
      {older ? <Link to={link("older", older)}>{t("pager.older")}</Link> : null}
    </nav>
  );
}
