import { siteUrl } from "../links.server";
import { defineMailTemplate } from "../templates.server";

export type InvitationParams = { inviter: string; role: "moderator" | "admin"; token: string; validDays: number };

/** An admin's invitation to someone without an account yet: there is no preference to turn it off. */
export const invitationMail = defineMailTemplate<InvitationParams>("invitation", null, (params, t) => ({
  subject: t("invitation.subject"),
  greeting: t("invitation.greeting"),
  paragraphs: [
    t("invitation.invited", { inviter: params.inviter, role: t(`invitation.roles.${params.role}`) }),
    t("invitation.expires", { count: params.validDays }),
  ],
  action: { label: t("invitation.action"), url: siteUrl(`/invitation/${params.token}`) },
  footer: t("invitation.footer"),
}));
