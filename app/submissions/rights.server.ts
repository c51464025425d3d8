import { and, eq } from "drizzle-orm";
import { type Executor, schema } from "#db/client.server";
import type { InputTarget } from "~/consultations/lookups.server";
import { INDIVIDUAL, type SubmissionData } from "./schema";

const { organisationMembers, attachments } = schema;

export type Author = { id: string; name: string };
export type Failure = { ok: false; errors: Record<string, string>; status: number };

/** The checks every write shares: the consultation takes input now, and the author may speak for whom they claim. */
export async function checkAuthorRights(
  executor: Executor,
  author: Author,
  target: InputTarget,
  data: Pick<SubmissionData, "onBehalfOf" | "attachmentId">,
): Promise<Failure | { ok: true; organisationId: string | null }> {
  if (target.phase !== "open") return { ok: false, errors: { form: "validation.consultationClosed" }, status: 403 };
  let organisationId: string | null = null;
  if (data.onBehalfOf !== INDIVIDUAL) {
    const [membership] = await executor
      .select({ id: organisationMembers.organisationId })
      .from(organisationMembers)
      .where(and(eq(organisationMembers.userId, author.id), eq(organisationMembers.organisationId, data.onBehalfOf)))
      .limit(1);
    if (!membership) return { ok: false, errors: { onBehalfOf: "validation.onBehalfOfUnknown" }, status: 400 };
    organisationId = membership.id;
  }
  if (data.attachmentId) {
    const [owned] = await executor
      .select({ id: attachments.id })
      .from(attachments)
      .where(and(eq(attachments.id, data.attachmentId), eq(attachments.ownerId, author.id)))
      .limit(1);
    if (!owned) return { ok: false, errors: { attachment: "validation.attachmentUnknown" }, status: 400 };
  }
  return { ok: true, organisationId };
}
