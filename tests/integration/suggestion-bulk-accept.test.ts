import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { findInputTarget } from "~/consultations/lookups.server";
import { seedDemo } from "~/demo/seed.server";
import { acceptSuggestionsInFilter } from "~/moderation/accept-suggestions.server";
import { queueFilterSchema } from "~/moderation/queue/filters";
import { createSubmission } from "~/submissions/intake.server";
import { INDIVIDUAL } from "~/submissions/schema";

let consultationId: string;
const author = { id: "demo-contributor", name: "Siti" };
const moderator = "demo-moderator";

beforeEach(async () => {
  await seedDemo((await database()).db);
  consultationId = (await findInputTarget("ascc-post-2025", null, new Date()))!.consultation.id;
});

/** In every text this file sends: its filters match only its own input, not the demo's waiting input. */
const OWN = "zqaccept";

async function send(body: string) {
  const target = (await findInputTarget("ascc-post-2025", "2.3", new Date()))!;
  const result = await createSubmission(author, target, {
    kind: "comment",
    stance: "neutral",
    body: `${body} (${OWN})`,
    consent: "private",
    onBehalfOf: INDIVIDUAL,
    section: "2.3",
    idempotencyKey: randomUUID(),
    language: "en",
  } as never);
  if (!result.ok) throw new Error("send failed");
  const [row] = await (await database()).db
    .select()
    .from(schema.submissions)
    .where(eq(schema.submissions.reference, result.value.reference));
  return row!.id;
}

describe("accepting every suggestion of a theme in a filter", () => {
  it("asks to confirm the count, then tags each as a suggestion accepted by the moderator, audited one by one", async () => {
    const strong = [
      await send("Youth councils and young people's organisations must advise; youth employment programmes too."),
      await send("Young people need youth centres, and youth volunteering deserves funding."),
    ];
    const unrelated = await send("Haze from peatland fires returns every dry season.");
    const filter = queueFilterSchema.parse({ q: OWN });
    const request = { theme: "youth", minimum: 50 };

    const asked = await acceptSuggestionsInFilter(moderator, consultationId, filter, request);
    expect(asked).toEqual({ ok: true, value: { kind: "confirm", count: 2, theme: "youth", minimum: 50 } });
    const { db } = await database();
    // The demo's past consultation has tags of its own: only these three submissions' tags matter.
    const tagsOfSent = () =>
      db
        .select()
        .from(schema.submissionThemes)
        .where(inArray(schema.submissionThemes.submissionId, [...strong, unrelated]));
    expect(await tagsOfSent()).toEqual([]);

    // A count that is no longer right asks again rather than acting.
    const stale = await acceptSuggestionsInFilter(moderator, consultationId, filter, { ...request, confirmedCount: 5 });
    expect(stale.ok && stale.value.kind).toBe("confirm");

    const done = await acceptSuggestionsInFilter(moderator, consultationId, filter, { ...request, confirmedCount: 2 });
    expect(done).toEqual({ ok: true, value: { kind: "done", count: 2, theme: "youth", minimum: 50 } });
    const tags = await tagsOfSent();
    expect(tags.map((tag) => tag.submissionId).sort()).toEqual([...strong].sort());
    for (const tag of tags) {
      expect(tag).toMatchObject({ source: "suggested", addedBy: moderator });
      expect(tag.confidence).toBeGreaterThanOrEqual(0.5);
    }
    const events = await db
      .select()
      .from(schema.auditEvents)
      .where(inArray(schema.auditEvents.subjectId, [...strong, unrelated]));
    const tagged = events.filter((e) => e.action === "submission.tagged");
    expect(tagged.map((e) => e.subjectId).sort()).toEqual([...strong].sort());
    for (const event of tagged) {
      expect(event.actorId).toBe(moderator);
      expect(event.details).toMatchObject({ theme: "youth", source: "suggested" });
    }

    // Done once: the same request finds nothing left to accept.
    const again = await acceptSuggestionsInFilter(moderator, consultationId, filter, request);
    expect(again.ok && again.value.count).toBe(0);
  });

  it("leaves out suggestions below the confidence asked for", async () => {
    // One keyword of the theme, and nothing learned yet: suggested, with confidence 75 %.
    await send("The secretariat should hear youth before it decides.");
    const filter = queueFilterSchema.parse({ q: OWN });
    const at = (minimum: number) =>
      acceptSuggestionsInFilter(moderator, consultationId, filter, { theme: "youth", minimum });
    expect(await at(70)).toMatchObject({ ok: true, value: { kind: "confirm", count: 1 } });
    expect(await at(80)).toMatchObject({ ok: true, value: { kind: "confirm", count: 0 } });
  });
});
