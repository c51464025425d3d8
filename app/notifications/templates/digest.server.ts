import { inLanguage } from "~/i18n/config";
import { formatDate, formatTimeZone } from "~/i18n/format";
import type { DigestConsultation } from "../digest";
import { siteUrl } from "../links.server";
import { slot } from "../outbox.server";
import { defineMailTemplate } from "../templates.server";

/** `day`: the date (midnight UTC of it) of the secretariat's day in `timeZone` the digest is about. */
export type DigestParams = { day: Date; timeZone: string; consultations: DigestConsultation[] };

/** A working-group member's daily digest: one group per consultation and section, newest input first. */
export const digestMail = defineMailTemplate<DigestParams>("digest", "emailDigest", (params, t, language) => {
  const date = formatDate(params.day, language, "UTC");
  const count = params.consultations.reduce((total, consultation) => total + consultation.count, 0);
  const title = (consultation: DigestConsultation) => inLanguage(consultation.title, language) ?? consultation.slug;
  return {
    subject: t("digest.subject", { date, count }),
    greeting: t("greeting", { name: slot("name") }),
    // Noon of the day: the zone's name as it was that day, summer time or not.
    paragraphs: [
      t("digest.intro", {
        date,
        zone: formatTimeZone(params.timeZone, language, new Date(params.day.getTime() + 43_200_000)),
      }),
    ],
    facts: params.consultations.map((consultation) => ({
      label: title(consultation),
      value: t("digest.newCount", { count: consultation.count }),
    })),
    groups: params.consultations.flatMap((consultation) =>
      consultation.sections.map((group) => {
        const section = group.section
          ? t("digest.section", {
              number: group.section.number,
              heading: inLanguage(group.section.heading, language) ?? "",
            })
          : t("digest.wholeDraft");
        const more = group.count - group.items.length;
        return {
          heading: `${title(consultation)} · ${section} (${group.count})`,
          items: [
            ...group.items.map((item) => ({
              title: item.reference,
              url: siteUrl(`/review/${consultation.slug}/${item.reference}`),
              lines: [item.excerpt],
            })),
            ...(more > 0
              ? [{ title: t("digest.more", { count: more }), url: siteUrl(`/review/${consultation.slug}`), lines: [] }]
              : []),
          ],
        };
      }),
    ),
    footer: t("footer.digest"),
  };
});
