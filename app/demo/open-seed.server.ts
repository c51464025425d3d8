// The open consultation's input: the demo contributor's own few pieces, then three days of input
// from the past consultation's organisations and experts (open-input.ts), with the working group's
// decisions and tags and their audit events dated when they were made, and MinHash bands so that new
// copies of the campaign letter join its group.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { type Transaction, schema } from "#db/client.server";
import { type AuditEntry, recordAuditEvents } from "~/audit/audit.server";
import { storeBands } from "~/duplicates/duplicates.server";
import { signature } from "~/duplicates/minhash";
import { openConsultation } from "./content";
import { OPEN_FOR_HOURS, type OpenInput, openInput } from "./open-input";
import { pastAuthorId } from "./past-seed.server";
import { numberedReferences } from "./references.server";
import { demoSubmissions } from "./submissions";

const HOUR = 3_600_000;
const MODERATOR = "demo-moderator";

type Author = { id: string; organisationId: string | null };
/** The contributor's own input names its author; the rest is written by the past consultation's people. */
type Seeded = OpenInput & { author?: Author };

export async function seedOpenInput(
  tx: Transaction,
  open: { consultationId: string; sectionIds: Map<string, string> },
  contributor: Author,
  pastOrganisationIds: string[],
  now: Date,
): Promise<{ reference: string; section: string; status: "pending" | "approved" }[]> {
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);
  // The contributor's own input, the first to arrive (ASCC-2026-0001 to -0007, which the tests and
  // "My input" know); what is approved was approved 12 hours ago.
  const own: Seeded[] = demoSubmissions.map((submission, index) => ({
    ...submission,
    author: contributor,
    organisation: null,
    expert: 0,
    rejectionReason: null,
    quotedPassage: null,
    proposedText: null,
    tags: [],
    campaign: false,
    sentHoursAgo: OPEN_FOR_HOURS - 0.05 * (index + 1),
    decidedHoursAgo: submission.status === "approved" ? 12 : null,
  }));
  const input: Seeded[] = [...own, ...openInput()].sort((a, b) => b.sentHoursAgo - a.sentHoursAgo);
  const references = await numberedReferences(
    tx,
    { id: open.consultationId, referencePrefix: openConsultation.referencePrefix, timeZone: openConsultation.timeZone },
    input.length,
    now,
  );
  const ids = input.map(() => randomUUID());
  const campaignGroup = ids[input.findIndex((item) => item.campaign)] ?? null;
  const rows = input.map((item, index) => {
    const decidedAt = item.decidedHoursAgo === null ? null : ago(item.decidedHoursAgo);
    return {
      id: ids[index] ?? randomUUID(),
      reference: references[index] ?? "",
      consultationId: open.consultationId,
      sectionId: item.section ? (open.sectionIds.get(item.section) ?? null) : null,
      authorId: item.author?.id ?? pastAuthorId(item.organisation, item.expert),
      organisationId: item.author
        ? item.author.organisationId
        : item.organisation === null
          ? null
          : (pastOrganisationIds[item.organisation] ?? null),
      kind: item.kind,
      stance: item.stance,
      body: item.body,
      quotedPassage: item.quotedPassage,
      proposedText: item.proposedText,
      language: item.language,
      consent: item.consent,
      status: item.status,
      rejectionReason: item.rejectionReason,
      decidedAt: item.status === "withdrawn" ? null : decidedAt,
      withdrawnAt: item.status === "withdrawn" ? decidedAt : null,
      duplicateGroupId: item.campaign ? campaignGroup : null,
      minhash: signature(item.body),
      createdAt: ago(item.sentHoursAgo),
      updatedAt: decidedAt ?? ago(item.sentHoursAgo),
    };
  });
  await tx.insert(schema.submissions).values(rows);
  await storeBands(
    tx,
    rows.map((row) => ({ id: row.id, consultationId: row.consultationId, signature: row.minhash })),
  );

  const themeIds = new Map(
    (
      await tx
        .select({ id: schema.themes.id, key: schema.themes.key })
        .from(schema.themes)
        .where(eq(schema.themes.consultationId, open.consultationId))
    ).map((theme) => [theme.key, theme.id]),
  );
  const tags = rows.flatMap((row, index) =>
    (input[index]?.tags ?? []).map((tag) => ({
      submissionId: row.id,
      themeId: themeIds.get(tag.theme) ?? "",
      source: tag.source,
      confidence: tag.confidence,
      addedBy: MODERATOR,
    })),
  );
  if (tags.length > 0) await tx.insert(schema.submissionThemes).values(tags);
  await recordAuditEvents(
    tx,
    rows.flatMap((row, index) => eventsOf(row, input[index], new Date((row.createdAt.getTime() + now.getTime()) / 2))),
  );
  // The contributor's own, as its receipts and decisions are mailed (mail.server.ts).
  return demoSubmissions.map((submission) => {
    const index = input.findIndex((item) => item.author && item.body === submission.body);
    return { reference: references[index] ?? "", section: submission.section, status: submission.status };
  });
}

/** What the history of a submission shows: its decision or withdrawal, and its tags, when they happened. */
function eventsOf(
  row: { id: string; authorId: string; status: string; decidedAt: Date | null; withdrawnAt: Date | null },
  item: OpenInput | undefined,
  /** When an undecided submission was tagged. */
  taggedAt: Date,
): AuditEntry[] {
  const subject = { subjectType: "submission", subjectId: row.id };
  const events: AuditEntry[] = [];
  if (row.withdrawnAt)
    events.push({ ...subject, actorId: row.authorId, action: "submission.withdrawn", occurredAt: row.withdrawnAt });
  if (row.decidedAt && (row.status === "approved" || row.status === "rejected"))
    events.push({
      ...subject,
      actorId: MODERATOR,
      action: `submission.${row.status}`,
      reason: item?.rejectionReason ?? null,
      details: { from: "pending", to: row.status },
      occurredAt: row.decidedAt,
    });
  for (const tag of item?.tags ?? [])
    events.push({
      ...subject,
      actorId: MODERATOR,
      action: "submission.tagged",
      details: { theme: tag.theme, source: tag.source, confidence: tag.confidence },
      occurredAt: row.decidedAt ?? taggedAt,
    });
  return events;
}
