import { siteUrl } from "../links.server";
import { defineMailTemplate } from "../templates.server";

export type PasswordResetParams = { name: string; token: string; validMinutes: number };

/** Asked for by the person: sent whatever their preferences say. */
export const passwordResetMail = defineMailTemplate<PasswordResetParams>("password_reset", null, (params, t) => ({
  subject: t("reset.subject"),
  greeting: t("greeting", { name: params.name }),
  paragraphs: [t("reset.asked"), t("reset.expires", { count: params.validMinutes })],
  action: { label: t("reset.action"), url: siteUrl(`/reset-password/${params.token}`) },
  footer: t("footer.notAsked"),
}));
