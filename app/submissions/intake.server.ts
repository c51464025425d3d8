import { and, eq } from "drizzle-orm";
import { db, type Executor, schema } from "#db/client.server";
import { claim, limited, type RateLimit } from "~/auth/rate-limit.server";
import type { InputTarget } from "~/consultations/lookups.server";
import { fileNearDuplicates } from "~/duplicates/duplicates.server";
import { ok, type Refusal, type Result, refuse } from "~/result";
import { allocateReference } from "./references.server";
import { type Author, checkAuthorRights } from "./rights.server";
import type { SubmissionData, SubmissionLanguage } from "./schema";

const { submissions } = schema;

function targetMatches(target: InputTarget, data: SubmissionData): Refusal | null {
  if (data.kind === "general" && target.section) return refuse("validation.generalNeedsNoSection", "kind");
  if (data.kind !== "general" && !target.section) return refuse("validation.sectionRequired", "kind");
  return null;
}

export type Sent = { reference: string; duplicate: boolean };

// Generous for an organisation's evening of input, firm against a flood (the numbers: decision 014).
export const SUBMISSIONS_PER_ACCOUNT: RateLimit = { name: "submissions-account", limit: 60, windowSeconds: 10 * 60 };
export const SUBMISSIONS_PER_ADDRESS: RateLimit = { name: "submissions-address", limit: 300, windowSeconds: 10 * 60 };

/**
 * Sends a contributor's input. Sending the same form twice (double click, resent request) stores
 * one submission: the idempotency key is unique per author, and the second call gets the first
 * call's reference back. Limited per account, and per `address` (the request's client address;
 * code that serves no request passes none); a resend that finds its first copy counts nothing.
 */
export async function createSubmission(
  author: Author,
  target: InputTarget,
  data: SubmissionData & { language: SubmissionLanguage },
  now: Date = new Date(),
  address: string | null = null,
): Promise<Result<Sent>> {
  const mismatch = targetMatches(target, data);
  if (mismatch) return mismatch;
  const database = await db();
  const existing = await findByIdempotencyKey(database, author.id, data.idempotencyKey);
  if (existing) return ok({ reference: existing, duplicate: true });

  try {
    return await database.transaction(async (tx): Promise<Result<Sent>> => {
      const rights = await checkAuthorRights(tx, author, target, data);
      if (!rights.ok) return rights;
      await claimSendingPlaces(tx, author.id, address, now);
      const reference = await allocateReference(tx, target.consultation, now);
      const [inserted] = await tx
        .insert(submissions)
        .values({
          reference,
          consultationId: target.consultation.id,
          sectionId: target.section?.id ?? null,
          authorId: author.id,
          organisationId: rights.value.organisationId,
          kind: data.kind,
          stance: data.stance,
          body: data.body,
          quotedPassage: data.kind === "general" ? null : (data.quotedPassage ?? null),
          proposedText: data.kind === "amendment" ? (data.proposedText ?? null) : null,
          language: data.language,
          consent: data.consent,
          idempotencyKey: data.idempotencyKey,
          attachmentId: data.attachmentId ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: [submissions.authorId, submissions.idempotencyKey] })
        .returning({ id: submissions.id });
      if (!inserted) throw new DuplicateSend();
      await fileNearDuplicates(tx, { id: inserted.id, consultationId: target.consultation.id, text: data.body });
      return ok({ reference, duplicate: false });
    });
  } catch (error) {
    if (error instanceof LimitReached) return limited("validation.tooManySubmissions", error.retryAfterSeconds);
    // Another request with the same key committed first; its number went back to the counter.
    if (error instanceof DuplicateSend) {
      const reference = await findByIdempotencyKey(database, author.id, data.idempotencyKey);
      if (reference) return ok({ reference, duplicate: true });
    }
    throw error;
  }
}

class DuplicateSend extends Error {}

// Thrown, not returned, so the transaction rolls back a place already taken under the other limit.
class LimitReached extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("submission limit reached");
  }
}

/** Counted in the sending transaction: a send that fails or rolls back takes no place. */
async function claimSendingPlaces(tx: Executor, authorId: string, address: string | null, now: Date): Promise<void> {
  const byAccount = await claim(tx, SUBMISSIONS_PER_ACCOUNT, authorId, now);
  if (!byAccount.allowed) throw new LimitReached(byAccount.retryAfterSeconds);
  if (address === null) return;
  const byAddress = await claim(tx, SUBMISSIONS_PER_ADDRESS, address, now);
  if (!byAddress.allowed) throw new LimitReached(byAddress.retryAfterSeconds);
}

async function findByIdempotencyKey(executor: Executor, authorId: string, key: string): Promise<string | null> {
  const [row] = await executor
    .select({ reference: submissions.reference })
    .from(submissions)
    .where(and(eq(submissions.authorId, authorId), eq(submissions.idempotencyKey, key)))
    .limit(1);
  return row?.reference ?? null;
}
