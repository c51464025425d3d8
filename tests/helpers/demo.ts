import { eq } from "drizzle-orm";
import { database, schema } from "#db/client.server";
import { seedDemo } from "~/demo/seed.server";
import { findInputTarget } from "~/consultations/lookups.server";

/** Seeds the demo and returns its consultation and the demo moderator, as review tests start. */
export async function seededReview(): Promise<{ consultationId: string; moderatorId: string }> {
  const { db } = await database();
  await seedDemo(db);
  const target = await findInputTarget("ascc-post-2025", null, new Date());
  const [moderator] = await db.select().from(schema.users).where(eq(schema.users.email, "moderator@demo.masukan.test"));
  return { consultationId: target!.consultation.id, moderatorId: moderator!.id };
}
