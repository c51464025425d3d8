import { inLanguage, type Localized } from "~/i18n/config";
import { siteUrl } from "../links.server";
import { slot } from "../outbox.server";
import { defineMailTemplate } from "../templates.server";

export type ReceiptParams = {
  name: string;
  consultationTitle: Localized<string>;
  section: { number: string; heading: Localized<string | null> } | null;
};

/** Sent when input is stored; its reference is filled in by the statement that numbers it. */
export const receiptMail = defineMailTemplate<ReceiptParams>("receipt", "emailReceipts", (params, t, language) => {
  const reference = slot("reference");
  const consultation = inLanguage(params.consultationTitle, language) ?? "";
  const on = params.section
    ? t("receipt.onSection", {
        number: params.section.number,
        heading: inLanguage(params.section.heading, language) ?? "",
      })
    : t("receipt.onWholeDraft");
  return {
    subject: t("receipt.subject", { reference }),
    greeting: t("greeting", { name: params.name }),
    paragraphs: [t("receipt.received", { consultation }), t("receipt.next")],
    facts: [
      { label: t("receipt.reference"), value: reference },
      { label: t("receipt.on"), value: on },
    ],
    action: { label: t("receipt.follow"), url: siteUrl(`/my-input/${reference}`) },
    footer: t("footer.preference"),
  };
});
