import { and, eq, sql } from "drizzle-orm";
import { db, type Executor, queryRows, schema, violatedUniqueConstraint } from "#db/client.server";
import { claimStatement, giveBack, limited, type RateLimit } from "~/auth/rate-limit.server";
import { amendmentRefusal } from "~/consultations/amendments";
import { inputFrozenRefusal } from "~/consultations/versions";
import type { InputTarget } from "~/consultations/lookups.server";
import { nudgeNearDuplicateFiler } from "~/duplicates/filer.server";
import { signature } from "~/duplicates/minhash";
import { queueForUsers } from "~/notifications/outbox.server";
import { receiptMail } from "~/notifications/templates/receipt.server";
import { ok, type Refusal, type Result, refuse } from "~/result";
import { nextReferenceStatement } from "./references.server";
import { type Author, checkAuthorRights } from "./rights.server";
import type { SubmissionData, SubmissionLanguage } from "./schema";

const { submissions } = schema;

function targetMatches(target: InputTarget, data: SubmissionData): Refusal | null {
  const frozen = inputFrozenRefusal(target.consultation);
  if (frozen) return frozen;
  if (data.kind === "general" && target.section) return refuse("validation.generalNeedsNoSection", "kind");
  if (data.kind !== "general" && !target.section) return refuse("validation.sectionRequired", "kind");
  // The target's rows are already read (findInputTarget), so this check costs no round trip.
  return amendmentRefusal(target, data.kind);
}

export type Sent = { reference: string; duplicate: boolean };

// Generous for an organisation's evening of input, firm against a flood (the numbers: decision 014).
export const SUBMISSIONS_PER_ACCOUNT: RateLimit = { name: "submissions-account", limit: 60, windowSeconds: 10 * 60 };
export const SUBMISSIONS_PER_ADDRESS: RateLimit = { name: "submissions-address", limit: 300, windowSeconds: 10 * 60 };

type Submitted = SubmissionData & { language: SubmissionLanguage };

/**
 * Sends a contributor's input. Sending the same form twice (double click, resent request) stores
 * one submission: the idempotency key is unique per author, and the second call gets the first
 * call's reference back. Limited per account, and per `address` (the request's client address;
 * code that serves no request passes none); a resend that finds its first copy counts nothing.
 */
export async function createSubmission(
  author: Author,
  target: InputTarget,
  data: Submitted,
  now: Date = new Date(),
  address: string | null = null,
): Promise<Result<Sent>> {
  const mismatch = targetMatches(target, data);
  if (mismatch) return mismatch;
  const database = await db();
  const rights = await checkAuthorRights(database, author, target, data);
  if (!rights.ok) {
    // A resend of a form already stored gets its reference, whatever changed since it was sent.
    const reference = await findByIdempotencyKey(database, author.id, data.idempotencyKey);
    return reference ? ok({ reference, duplicate: true }) : rights;
  }

  try {
    const stored = await storeSubmission(database, { author, target, data, now, address }, rights.value.organisationId);
    if (!stored.ok) return stored;
    if (!stored.value.duplicate) nudgeNearDuplicateFiler();
    return stored;
  } catch (error) {
    // Another request with the same key was stored first; this one changed nothing, its number included.
    if (violatedUniqueConstraint(error) !== "submissions_idempotency_key") throw error;
    const reference = await findByIdempotencyKey(database, author.id, data.idempotencyKey);
    if (reference) return ok({ reference, duplicate: true });
    throw error;
  }
}

type Sending = { author: Author; target: InputTarget; data: Submitted; now: Date; address: string | null };

/**
 * Looks for the form's earlier copy, then takes the sender's places under both limits, the next
 * reference, the row, its place in the near-duplicate filing queue and the author's receipt in the
 * outbox in one statement (decisions 017, 028, 035). The reference counter's row is the one every sender of a consultation waits for; as
 * one statement it is held only while PostgreSQL runs it and commits, never while the app server
 * is busy with other requests. Each step runs only when the one before it took its place, so a
 * resend or a refused send takes no place and no number and stores nothing.
 */
async function storeSubmission(
  executor: Executor,
  sending: Sending,
  organisationId: string | null,
): Promise<Result<Sent>> {
  const { author, target, data, now, address } = sending;
  const byAccount = claimStatement(SUBMISSIONS_PER_ACCOUNT, author.id, now, sql`not exists (select 1 from earlier)`);
  const byAddress =
    address === null
      ? null
      : claimStatement(SUBMISSIONS_PER_ADDRESS, address, now, sql`exists (select 1 from by_account)`);
  const numbered = nextReferenceStatement(target.consultation, now, sql`exists (select 1 from by_address)`);
  const at = now.toISOString();
  const [row] = await queryRows<{
    earlier: string | null;
    account: boolean;
    address: boolean;
    reference: string | null;
  }>(
    executor,
    sql`with earlier as (
        select reference from submissions
        where author_id = ${author.id} and idempotency_key = ${data.idempotencyKey}::uuid limit 1),
      by_account as (${byAccount.statement}),
      by_address as (${byAddress ? byAddress.statement : sql`select 1 from by_account`}),
      numbered as (${numbered}),
      stored as (
        insert into submissions (reference, consultation_id, section_id, author_id, organisation_id, kind, stance, body,
          quoted_passage, proposed_text, language, consent, idempotency_key, attachment_id, minhash, created_at, updated_at)
        select reference, ${target.consultation.id}::uuid, ${target.section?.id ?? null}::uuid, ${author.id}, ${organisationId}::uuid,
          ${data.kind}::submission_kind, ${data.stance}::stance, ${data.body},
          ${data.kind === "general" ? null : (data.quotedPassage ?? null)},
          ${data.kind === "amendment" ? (data.proposedText ?? null) : null},
          ${data.language}::submission_language, ${data.consent}::consent, ${data.idempotencyKey}::uuid,
          ${data.attachmentId ?? null}::uuid, ${sql.param(signature(data.body))}::bigint[], ${at}::timestamptz, ${at}::timestamptz
        from numbered
        returning id, reference, author_id),
      queued as (insert into near_duplicate_filings (submission_id) select id from stored),
      receipt as (${receiptStatement(author, target)})
      select (select reference from earlier) as earlier, exists (select 1 from by_account) as account,
        exists (select 1 from by_address) as address, (select reference from stored) as reference`,
  );
  if (row?.earlier) return ok({ reference: row.earlier, duplicate: true });
  if (!row?.account) return limited("validation.tooManySubmissions", byAccount.refused.retryAfterSeconds);
  if (!row.address) {
    // Refused by the address's limit after the account's place was taken: that place goes back.
    await giveBack(executor, byAccount.taken);
    return limited("validation.tooManySubmissions", byAddress?.refused.retryAfterSeconds ?? 1);
  }
  if (!row.reference) throw new Error("The submission's statement stored nothing");
  return ok({ reference: row.reference, duplicate: false });
}

/** The author's receipt, queued by the statement that stores the input (its reference is known only there). */
function receiptStatement(author: Author, target: InputTarget) {
  const { consultation, section } = target;
  const params = {
    name: author.name,
    consultationTitle: { en: consultation.titleEn, id: consultation.titleId },
    section: section ? { number: section.number, heading: { en: section.headingEn, id: section.headingId } } : null,
  };
  return queueForUsers(receiptMail, params, {
    users: sql`select author_id as user_id, reference as slot_reference from stored`,
    slots: ["reference"],
  });
}

async function findByIdempotencyKey(executor: Executor, authorId: string, key: string): Promise<string | null> {
  const [row] = await executor
    .select({ reference: submissions.reference })
    .from(submissions)
    .where(and(eq(submissions.authorId, authorId), eq(submissions.idempotencyKey, key)))
    .limit(1);
  return row?.reference ?? null;
}
