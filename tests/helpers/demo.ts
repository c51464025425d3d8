import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { database, schema } from "#db/client.server";
import { seedDemo } from "~/demo/seed.server";
import { findInputTarget } from "~/consultations/lookups.server";
import { INDIVIDUAL, type SubmissionData, type SubmissionLanguage } from "~/submissions/schema";

/** Seeds the demo and returns its consultation and the demo moderator, as review tests start. */
export async function seededReview(): Promise<{ consultationId: string; moderatorId: string }> {
  const { db } = await database();
  await seedDemo(db);
  const target = await findInputTarget("ascc-post-2025", null, new Date());
  const [moderator] = await db.select().from(schema.users).where(eq(schema.users.email, "moderator@demo.masukan.test"));
  return { consultationId: target!.consultation.id, moderatorId: moderator!.id };
}

/** A comment on section 2.2 of the demo consultation, as the send form gives it to intake. */
export function sentInput(overrides: Partial<SubmissionData> = {}): SubmissionData & { language: SubmissionLanguage } {
  return {
    kind: "comment",
    stance: "support",
    body: "Mutual recognition of vocational skills should be named as a measure.",
    consent: "public_named",
    onBehalfOf: INDIVIDUAL,
    section: "2.2",
    idempotencyKey: randomUUID(),
    language: "en",
    ...overrides,
  } as SubmissionData & { language: SubmissionLanguage };
}
