import { and, eq } from "drizzle-orm";
import { db, schema } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { ok, type Result, refuse } from "~/result";
import type { Moderator } from "./changes.server";

const { submissions, moderationNotes } = schema;

/** An internal note on a submission of this consultation, seen only by the working group. */
export async function addNote(
  moderator: Moderator,
  consultationId: string,
  submissionId: string,
  body: string,
): Promise<Result> {
  return (await db()).transaction(async (tx) => {
    const [row] = await tx
      .select({ id: submissions.id })
      .from(submissions)
      .where(and(eq(submissions.id, submissionId), eq(submissions.consultationId, consultationId)))
      .limit(1);
    if (!row) return refuse("review.forgedRequest");
    await tx.insert(moderationNotes).values({ submissionId, authorId: moderator.id, body });
    await recordAudit(tx, {
      actorId: moderator.id,
      action: "submission.note_added",
      subjectType: "submission",
      subjectId: submissionId,
    });
    return ok();
  });
}
