import { randomUUID } from "node:crypto";
import type { Executor } from "#db/client.server";
import { schema } from "#db/client.server";

/** A consultation still in its draft phase, with an empty current version v1, under a slug of its own. */
export async function createDraftConsultation(executor: Executor, phase: "draft" | "open" = "draft") {
  const slug = `draft-${randomUUID().slice(0, 8)}`;
  // Reference prefixes are unique across consultations: letters only, one per draft.
  const referencePrefix = `D${[...slug.slice(6)].map((char) => String.fromCharCode(65 + (parseInt(char, 16) % 26))).join("")}`;
  const [consultation] = await executor
    .insert(schema.consultations)
    .values({
      slug,
      referencePrefix,
      titleEn: `Draft consultation ${slug}`,
      titleId: `Konsultasi rancangan ${slug}`,
      summaryEn: "A draft.",
      summaryId: "Sebuah rancangan.",
      descriptionEn: "A draft.",
      descriptionId: "Sebuah rancangan.",
      phase,
      opensAt: new Date("2026-01-01T00:00:00Z"),
      closesAt: new Date("2027-01-01T00:00:00Z"),
    })
    .returning({ id: schema.consultations.id });
  if (!consultation) throw new Error("the consultation was not made");
  const [version] = await executor
    .insert(schema.documentVersions)
    .values({ consultationId: consultation.id, label: "v1", titleEn: "Draft", titleId: "Rancangan", isCurrent: true })
    .returning({ id: schema.documentVersions.id });
  return { slug, consultationId: consultation.id, versionId: version!.id };
}
