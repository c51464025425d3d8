import { and, eq } from "drizzle-orm";
import { type Executor, schema } from "#db/client.server";
import type { InputTarget } from "~/consultations/lookups.server";
import { ok, type Result, refuse } from "~/result";
import { INDIVIDUAL, type SubmissionData } from "./schema";

const { organisationMembers, attachments } = schema;

export type Author = { id: string; name: string };

/** The checks every write shares: the consultation takes input now, and the author may speak for whom they claim. */
export async function checkAuthorRights(
  executor: Executor,
  author: Author,
  target: InputTarget,
  data: Pick<SubmissionData, "onBehalfOf" | "attachmentId">,
): Promise<Result<{ organisationId: string | null }>> {
  if (target.phase !== "open") return refuse("validation.consultationClosed");
  let organisationId: string | null = null;
  if (data.onBehalfOf !== INDIVIDUAL) {
    const [membership] = await executor
      .select({ id: organisationMembers.organisationId, confirmedAt: organisationMembers.confirmedAt })
      .from(organisationMembers)
      .where(and(eq(organisationMembers.userId, author.id), eq(organisationMembers.organisationId, data.onBehalfOf)))
      .limit(1);
    if (!membership) return refuse("validation.onBehalfOfUnknown", "onBehalfOf");
    // A pending member is not yet known to speak for the organisation (decision 037).
    if (!membership.confirmedAt) return refuse("validation.onBehalfOfPending", "onBehalfOf");
    organisationId = membership.id;
  }
  if (data.attachmentId) {
    const [owned] = await executor
      .select({ id: attachments.id })
      .from(attachments)
      .where(and(eq(attachments.id, data.attachmentId), eq(attachments.ownerId, author.id)))
      .limit(1);
    if (!owned) return refuse("validation.attachmentUnknown", "attachment");
  }
  return ok({ organisationId });
}
