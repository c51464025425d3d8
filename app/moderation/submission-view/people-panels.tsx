import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { SubmissionDetail } from "../submission-read.server";

/** The submission's near-duplicates: a form letter, a campaign or a resubmission. */
export function GroupPanel({ group, to }: { group: SubmissionDetail["group"]; to: (reference: string) => string }) {
  const { t } = useTranslation("review");
  if (group.length === 0) return null;
  return (
    <section aria-labelledby="group-heading">
      <h2 id="group-heading">{t("submission.group", { count: group.length + 1 })}</h2>
      <p className="field-hint">{t("submission.groupHint")}</p>
      <InputList items={group} to={to} />
    </section>
  );
}

/** Who sent the submission, for whom, and what else they sent to this consultation. */
export function SenderPanel({
  detail,
  to,
}: {
  detail: Pick<
    SubmissionDetail,
    "authorName" | "authorEmail" | "organisationName" | "organisationType" | "country" | "otherInput"
  >;
  to: (reference: string) => string;
}) {
  const { t } = useTranslation("review");
  const { t: ts } = useTranslation("submissions");
  const { t: tc } = useTranslation("common");
  return (
    <section aria-labelledby="from-heading">
      <h2 id="from-heading">{t("submission.from")}</h2>
      <p>
        {detail.authorName ?? t("deletedAccount")}
        {detail.authorEmail ? <span className="muted"> · {detail.authorEmail}</span> : null}
      </p>
      <p>
        {detail.organisationName ?? ts("published.individualExpert")}
        {detail.organisationType && detail.country
          ? ` · ${tc(`organisationTypes.${detail.organisationType}`)}, ${tc(`countries.${detail.country}`)}`
          : ""}
      </p>
      {detail.otherInput.length > 0 ? (
        <>
          <h3 className="small-heading">{t("submission.otherInput")}</h3>
          <InputList items={detail.otherInput} to={to} />
        </>
      ) : null}
    </section>
  );
}

/** Links to other input on its review page, with its status. */
function InputList({
  items,
  to,
}: {
  items: { reference: string; status: string }[];
  to: (reference: string) => string;
}) {
  const { t: ts } = useTranslation("submissions");
  return (
    <ul>
      {items.map((item) => (
        <li key={item.reference}>
          <Link to={to(item.reference)}>{item.reference}</Link> · {ts(`statuses.${item.status}`)}
        </li>
      ))}
    </ul>
  );
}
