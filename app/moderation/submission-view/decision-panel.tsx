import { Form } from "@remix-run/react";
import type { RefObject } from "react";
import { useTranslation } from "react-i18next";
import { rejectionReasons } from "#db/schema/values";
import { IntentButton } from "../controls";
import type { SubmissionDetail } from "../submission-read.server";

/** "Apply to the whole group": beside each decision on input with near-duplicates. */
function WholeGroup({ group, id }: { group: SubmissionDetail["group"]; id: string }) {
  const { t } = useTranslation("review");
  if (group.length === 0) return null;
  return (
    <div className="checkbox">
      <input type="checkbox" id={id} name="wholeGroup" value="1" />
      <label htmlFor={id}>{t("submission.wholeGroup", { count: group.length + 1 })}</label>
    </div>
  );
}

/**
 * The decision: approve, or reject with a reason and a note for the author, while the input waits
 * for review; undo once it is decided; nothing once its author withdrew it.
 */
export function DecisionPanel({
  detail,
  busy,
  keys,
}: {
  detail: Pick<SubmissionDetail, "submission" | "group" | "conflict">;
  busy: boolean;
  keys: { approve: RefObject<HTMLButtonElement>; reason: RefObject<HTMLSelectElement> };
}) {
  const { t } = useTranslation("review");
  const { t: tc } = useTranslation("common");
  const { status } = detail.submission;
  const locked = busy || detail.conflict;
  return (
    <section aria-labelledby="decide-heading">
      <h2 id="decide-heading">{t("submission.decide")}</h2>
      {status === "pending" ? (
        <>
          <Form method="post">
            <WholeGroup group={detail.group} id="whole-approve" />
            <IntentButton ref={keys.approve} intent="approve" disabled={locked}>
              {t("actions.approve")}
            </IntentButton>
          </Form>
          <Form method="post" className="stack reject-form">
            <div className="field">
              <label htmlFor="reject-reason">{t("actions.reason")}</label>
              <select ref={keys.reason} id="reject-reason" name="reason" required defaultValue="">
                <option value="">{tc("form.choose")}</option>
                {rejectionReasons.map((value) => (
                  <option key={value} value={value}>
                    {t(`reasons.${value}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="reject-note">{t("submission.noteForAuthor")}</label>
              <textarea id="reject-note" name="note" rows={3} />
            </div>
            <WholeGroup group={detail.group} id="whole-reject" />
            <IntentButton intent="reject" className="button button--warning" disabled={locked}>
              {t("actions.reject")}
            </IntentButton>
          </Form>
        </>
      ) : status === "approved" || status === "rejected" ? (
        <Form method="post">
          <WholeGroup group={detail.group} id="whole-undo" />
          <IntentButton intent="undo" className="button button--secondary" disabled={locked}>
            {t("actions.undo")}
          </IntentButton>
        </Form>
      ) : (
        <p className="muted">{t("submission.withdrawn")}</p>
      )}
    </section>
  );
}
