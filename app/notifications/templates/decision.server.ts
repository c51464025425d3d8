import type { RejectionReason } from "#db/schema/values";
import { inLanguage, type Localized } from "~/i18n/config";
import { siteUrl } from "../links.server";
import { slot } from "../outbox.server";
import { defineMailTemplate } from "../templates.server";

export type DecisionParams = {
  consultationTitle: Localized<string>;
  decision: { intent: "approve" } | { intent: "reject"; reason: RejectionReason; note: string | null };
};

/** The working group's decision on a submission; the author's name and the reference are filled in per row. */
export const decisionMail = defineMailTemplate<DecisionParams>("decision", "emailDecisions", (params, t, language) => {
  const reference = slot("reference");
  const consultation = inLanguage(params.consultationTitle, language) ?? "";
  const { decision } = params;
  const paragraphs =
    decision.intent === "approve"
      ? [t("decision.approved", { reference, consultation }), t("decision.approvedNext")]
      : [
          t("decision.rejected", { reference, consultation }),
          t("decision.because", { reason: t(`submissions:rejectionReasons.${decision.reason}`) }),
          ...(decision.note ? [t("decision.note", { note: decision.note })] : []),
        ];
  return {
    subject: t(decision.intent === "approve" ? "decision.subjectApproved" : "decision.subjectRejected", { reference }),
    greeting: t("greeting", { name: slot("name") }),
    paragraphs,
    action: { label: t("decision.read"), url: siteUrl(`/my-input/${reference}`) },
    footer: t("footer.preference"),
  };
});
