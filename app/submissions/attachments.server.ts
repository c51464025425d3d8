import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { db, schema } from "#db/client.server";
import { ok, type Result, refuse } from "~/result";
import { detectAttachmentKind } from "./file-type";

const { attachments, submissions } = schema;

export type StoredAttachment = { id: string; fileName: string; kind: string; byteSize: number };
const storedColumns = {
  id: attachments.id,
  fileName: attachments.fileName,
  kind: attachments.kind,
  byteSize: attachments.byteSize,
};

/** Keeps an uploaded file, after checking by its content that it is a PDF, DOCX or ODT. */
export async function storeAttachment(
  ownerId: string,
  file: { name: string; bytes: Uint8Array },
): Promise<Result<StoredAttachment>> {
  const kind = detectAttachmentKind(file.bytes);
  if (!kind) return refuse("validation.attachmentType");
  const fileName = file.name.replace(/[\\/\r\n"]/g, "_").slice(-200) || `attachment.${kind}`;
  const [stored] = await (await db())
    .insert(attachments)
    .values({ ownerId, fileName, kind, byteSize: file.bytes.byteLength, content: Buffer.from(file.bytes) })
    .returning(storedColumns);
  if (!stored) throw new Error("The attachment was not stored");
  return ok(stored);
}

export async function findOwnAttachment(ownerId: string, attachmentId: string): Promise<StoredAttachment | null> {
  const [row] = await (await db())
    .select(storedColumns)
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.ownerId, ownerId)))
    .limit(1);
  return row ?? null;
}

/** Removes uploads nobody sent within a day: the author chose a file, then never confirmed. */
export async function forgetUnsentAttachments(now: Date = new Date()): Promise<void> {
  const database = await db();
  const unsent = database
    .select({ id: attachments.id })
    .from(attachments)
    .leftJoin(submissions, eq(submissions.attachmentId, attachments.id))
    .where(
      and(
        isNull(submissions.id),
        sql`${attachments.uploadedAt} < ${new Date(now.getTime() - 86_400_000).toISOString()}`,
      ),
    );
  const ids = (await unsent).map((row) => row.id);
  if (ids.length > 0) await database.delete(attachments).where(inArray(attachments.id, ids));
}
