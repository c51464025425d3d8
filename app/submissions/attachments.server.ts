import { z } from "zod";
import { and, eq, inArray, isNull, notExists, sql } from "drizzle-orm";
import { db, type Executor, onlyRow, schema } from "#db/client.server";
import { ok, type Result, refuse } from "~/result";
import { safeFileName } from "./file-names";
import { type AttachmentKind, detectAttachmentKind } from "./file-type";

const { attachments, submissions } = schema;

export type StoredAttachment = { id: string; fileName: string; kind: string; byteSize: number };
const storedColumns = {
  id: attachments.id,
  fileName: attachments.fileName,
  kind: attachments.kind,
  byteSize: attachments.byteSize,
};

/** A posted file found by its content to be a PDF, DOCX or ODT, named for that type, not kept yet. */
export type CheckedFile = { fileName: string; kind: AttachmentKind; bytes: Uint8Array };

/** Checks a posted file by its content, never by its name, and gives it the name it is kept under. */
export function checkAttachment(file: { name: string; bytes: Uint8Array }): Result<CheckedFile> {
  const kind = detectAttachmentKind(file.bytes);
  if (!kind) return refuse("validation.attachmentType");
  return ok({ fileName: safeFileName(file.name, kind), kind, bytes: file.bytes });
}

export async function keepAttachment(ownerId: string, file: CheckedFile): Promise<StoredAttachment> {
  const { fileName, kind, bytes } = file;
  const rows = await (await db())
    .insert(attachments)
    .values({ ownerId, fileName, kind, byteSize: bytes.byteLength, content: Buffer.from(bytes) })
    .returning(storedColumns);
  return onlyRow(rows);
}

/** Checks a file by its content and keeps it at once: for a file that comes without a form to check first. */
export async function storeAttachment(
  ownerId: string,
  file: { name: string; bytes: Uint8Array },
): Promise<Result<StoredAttachment>> {
  const checked = checkAttachment(file);
  return checked.ok ? ok(await keepAttachment(ownerId, checked.value)) : checked;
}

/**
 * Removes a file kept in this request that no submission points at after all: the send was
 * refused, or it was a resend and the submission already had its file; or the file an edit replaced.
 */
export async function forgetUnsentAttachment(
  ownerId: string,
  attachmentId: string,
  executor?: Executor,
): Promise<void> {
  const database = executor ?? (await db());
  const sent = database
    .select({ id: submissions.id })
    .from(submissions)
    .where(eq(submissions.attachmentId, attachmentId));
  await database
    .delete(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.ownerId, ownerId), notExists(sent)));
}

export async function findOwnAttachment(ownerId: string, attachmentId: string): Promise<StoredAttachment | null> {
  // The id comes from the page: one that is not even a uuid names no file (and would be a type error).
  if (!z.uuid().safeParse(attachmentId).success) return null;
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
