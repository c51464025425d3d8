import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { database, schema } from "#db/client.server";
import { registerAccount } from "~/auth/accounts.server";
import { registerSchema } from "~/auth/schemas";
import { decideAmendment } from "~/consultations/amendments.server";
import { findInputTarget } from "~/consultations/lookups.server";
import { decide } from "~/moderation/decisions.server";
import { createSubmission } from "~/submissions/intake.server";
import { sentInput } from "./demo";

type People = { consultationId: string; moderatorId: string; adminId: string };

/**
 * An amendment on a section of the demo consultation by a new author, approved by the working
 * group and accepted by the secretariat: what drafting the next version applies.
 */
export async function acceptedAmendment(people: People, section: string, quotedPassage: string, proposedText: string) {
  const registered = await registerAccount(
    registerSchema.parse({
      name: "Amendment Author",
      email: `author-${randomUUID()}@example.org`,
      password: "a long enough passphrase",
      preferredLanguage: "en",
      organisationMode: "individual",
    }),
  );
  if (!registered.ok) throw new Error("registration failed");
  const writer = { id: registered.value.userId, name: "Amendment Author" };
  const target = (await findInputTarget("ascc-post-2025", section, new Date()))!;
  const sent = await createSubmission(
    writer,
    target,
    sentInput({ kind: "amendment", section, quotedPassage, proposedText, body: "A better wording." }),
  );
  if (!sent.ok) throw new Error(`send failed: ${sent.error}`);
  const { reference } = sent.value;
  const { db } = await database();
  const [row] = await db.select().from(schema.submissions).where(eq(schema.submissions.reference, reference));
  await decide({ id: people.moderatorId }, people.consultationId, [row!.id], { intent: "approve" });
  const answered = await decideAmendment({ id: people.adminId }, people.consultationId, {
    reference,
    decision: "accepted",
    reason: null,
  });
  if (!answered.ok) throw new Error(`accepting failed: ${answered.error}`);
  return { reference, writer, id: row!.id };
}
