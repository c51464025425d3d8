import type { SerializeFrom } from "@remix-run/node";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import { REASON_MAX_LENGTH } from "./amendments";
import type { ListedAmendment } from "./amendments.server";

// The parts of the secretariat's amendments page (app/routes/admin.consultations.$slug_.amendments.tsx).

/** An amendment as the page gets it: the section's text stays on the server, which diffs against it. */
export type ShownAmendment = SerializeFrom<Omit<ListedAmendment, "sectionBodyEn" | "sectionBodyId">>;
/** What the page's action answered: the amendment it was about, errors by field, what was typed. */
export type PageAnswer = { reference: string | null; errors: Record<string, string>; values: Record<string, string> };

// Errors of the schema are keys of this page's namespace; the domain's refusals name theirs.
export const inNamespace = (key: string | undefined) => (key && !key.includes(":") ? `amendments:${key}` : key);

/** One switch: what amendments do now where `label` says, and the button that turns them the other way. */
export function SwitchForm({
  action,
  section,
  open,
  label,
}: {
  action: string;
  section: string;
  open: boolean;
  label: string;
}) {
  const { t } = useTranslation("amendments");
  return (
    <Form method="post" action={action} className="button-row">
      <input type="hidden" name="intent" value="switch" />
      <input type="hidden" name="section" value={section} />
      <input type="hidden" name="open" value={open ? "false" : "true"} />
      <span>
        <strong>{label}</strong>: {open ? t("switches.open") : t("switches.closed")}
      </span>
      <button
        type="submit"
        className="button button--secondary"
        aria-label={t(open ? "switches.closeFor" : "switches.openFor", { label })}
      >
        {open ? t("switches.close") : t("switches.reopen")}
      </button>
    </Form>
  );
}

/** One approved amendment: who sent it, why, its diff, and the answer or the form that gives it. */
export function AmendmentCard({
  amendment,
  diff,
  action,
  answer,
  timeZone,
}: {
  amendment: ShownAmendment;
  /** The amendment's word diff, rendered by the page (it belongs to a layer above this one). */
  diff: ReactNode;
  action: string;
  answer: PageAnswer | undefined;
  timeZone: string;
}) {
  const { t } = useTranslation("amendments");
  const { t: tc } = useTranslation("common");
  const language = useLanguage();
  const id = `amendment-${amendment.reference}`;
  const author = amendment.organisationName
    ? `${amendment.organisationName} (${tc(`organisationTypes.${amendment.organisationType}`)}, ${tc(`countries.${amendment.organisationCountry}`)})`
    : t("list.individual");
  return (
    <li className="input-card" aria-labelledby={id}>
      <h3 id={id} className="input-card__meta">
        <span className="reference">{amendment.reference}</span>
        <span>{t("list.section", { number: amendment.sectionNumber })}</span>
      </h3>
      <p className="muted">{author}</p>
      <p className="user-text">{amendment.body}</p>
      {diff}
      {amendment.decision ? (
        <p className={amendment.decision === "accepted" ? "notice" : "reason"}>
          {t(`decided.${amendment.decision}`, {
            date: amendment.decidedAt ? formatDate(amendment.decidedAt, language, timeZone) : "",
          })}
          {amendment.reason ? <span className="user-text"> {amendment.reason}</span> : null}
        </p>
      ) : (
        <Form method="post" action={action} className="stack">
          <input type="hidden" name="intent" value="decide" />
          <input type="hidden" name="reference" value={amendment.reference} />
          <ReasonField
            fieldId={`reason-${amendment.reference}`}
            kept={answer?.values.reason ?? ""}
            error={inNamespace(answer?.errors.reason)}
          />
          <div className="button-row">
            <button type="submit" name="decision" value="accepted" className="button">
              {t("decide.accept")}
            </button>
            <button type="submit" name="decision" value="rejected" className="button button--warning">
              {t("decide.reject")}
            </button>
          </div>
        </Form>
      )}
    </li>
  );
}

/** The reason box of one amendment's form: several on the page, so each has its own id. */
function ReasonField({ fieldId, kept, error }: { fieldId: string; kept: string; error: string | undefined }) {
  const { t } = useTranslation("amendments");
  const { t: tc } = useTranslation("common");
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={fieldId}>{t("decide.reason")}</label>
      <div className="field-hint" id={`${fieldId}-hint`}>
        {t("decide.reasonHint")}
      </div>
      {error ? (
        <p className="field-error" id={`${fieldId}-error`}>
          <span className="visually-hidden">{tc("form.errorPrefix")} </span>
          {t(error)}
        </p>
      ) : null}
      <textarea
        id={fieldId}
        name="reason"
        rows={3}
        maxLength={REASON_MAX_LENGTH}
        defaultValue={kept}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-hint ${fieldId}-error` : `${fieldId}-hint`}
      />
    </div>
  );
}
