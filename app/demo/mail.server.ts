import { sql } from "drizzle-orm";
import type { Transaction } from "#db/client.server";
import { queueForUsers } from "~/notifications/outbox.server";
import { decisionMail } from "~/notifications/templates/decision.server";
import { receiptMail } from "~/notifications/templates/receipt.server";
import type { SeedConsultation } from "./content";

type Sent = { reference: string; section: string; status: "pending" | "approved" };

/**
 * The e-mails the demo contributor would have had for the demo's input: a receipt for each, and
 * the decision on each approved one. They fill the dev outbox right after the first start.
 */
export async function queueDemoMail(
  tx: Transaction,
  consultation: SeedConsultation,
  author: { id: string; name: string },
  sent: Sent[],
): Promise<void> {
  const consultationTitle = { en: consultation.title.en, id: consultation.title.id };
  for (const { reference, section: number } of sent) {
    const section = consultation.sections.find((candidate) => candidate.number === number);
    const params = {
      name: author.name,
      consultationTitle,
      section: section ? { number, heading: { en: section.heading.en ?? null, id: section.heading.id ?? null } } : null,
    };
    await tx.execute(
      queueForUsers(receiptMail, params, {
        users: sql`select ${author.id}::text as user_id, ${reference}::text as slot_reference`,
        slots: ["reference"],
      }),
    );
  }
  const approved = sent.filter((submission) => submission.status === "approved").map((row) => row.reference);
  if (approved.length === 0) return;
  await tx.execute(
    queueForUsers(
      decisionMail,
      { consultationTitle, decision: { intent: "approve" } },
      {
        users: sql`select ${author.id}::text as user_id, reference as slot_reference, ${author.name}::text as slot_name
          from unnest(${sql.param(approved)}::text[]) as reference`,
        slots: ["reference", "name"],
      },
    ),
  );
}
