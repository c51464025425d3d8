import { requireRole } from "~/auth/session.server";
import { consultationForReview } from "~/consultations/lookups.server";
import { invariantResponse } from "~/responses";

/** A consultation open to review, with its themes and section numbers. */
export type ReviewedConsultation = NonNullable<Awaited<ReturnType<typeof consultationForReview>>>;

/**
 * Who asks and which consultation, for every review route: only the working group may (403 for
 * anyone else, log in first for visitors), and the address must name a consultation (404).
 */
export async function reviewAccess(request: Request, slug: string | undefined) {
  const moderator = await requireRole(request, "moderator");
  const found = await consultationForReview(slug ?? "");
  invariantResponse(found, 404);
  return { moderator, found };
}

/**
 * How the review pages name their consultation: its address, its title in both languages, and the
 * time zone its dates are shown in.
 */
export function consultationNamed({ consultation }: ReviewedConsultation) {
  const { slug, titleEn, titleId, timeZone } = consultation;
  return { slug, title: { en: titleEn, id: titleId }, timeZone };
}
