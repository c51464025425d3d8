import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, queryRows, schema } from "#db/client.server";
import { seedDemo } from "~/demo/seed.server";
import { decide } from "~/moderation/decisions.server";
import { setTheme } from "~/moderation/tags.server";
import { INDIVIDUAL } from "~/submissions/schema";
import { createSubmission } from "~/submissions/intake.server";
import { findInputTarget } from "~/consultations/lookups.server";
import {
  dismissSuggestion,
  requestStaleModels,
  suggestionsFor,
  themeModelStatus,
  trainingExamples,
  trainRequestedModels,
} from "~/themes/suggestions.server";

let consultationId: string;
const author = { id: "demo-contributor", name: "Siti" };
const moderator = { id: "demo-moderator" };

beforeEach(async () => {
  await seedDemo((await database()).db);
  consultationId = (await findInputTarget("ascc-post-2025", null, new Date()))!.consultation.id;
  // The demo's tags ask for models, as a fresh start would: train those first, so each test sees its own requests.
  await trainRequestedModels(10);
});

async function send(body: string, language: "en" | "id") {
  const target = (await findInputTarget("ascc-post-2025", "2.3", new Date()))!;
  const result = await createSubmission(author, target, {
    kind: "comment",
    stance: "neutral",
    body,
    consent: "private",
    onBehalfOf: INDIVIDUAL,
    section: "2.3",
    idempotencyKey: randomUUID(),
    language,
  } as never);
  if (!result.ok) throw new Error("send failed");
  const [row] = await (await database()).db
    .select()
    .from(schema.submissions)
    .where(eq(schema.submissions.reference, result.value.reference));
  return row!.id;
}

const EXAMPLES = 20;

describe("theme suggestions", () => {
  it("reads the training examples in parts that together are every tagged submission once, in one order", async () => {
    const { db } = await database();
    const read = async (partSize: number) => {
      const parts = [];
      for await (const part of trainingExamples(db, consultationId, partSize)) parts.push(part);
      return parts;
    };
    const [whole, inSevens] = [await read(100_000), await read(7)];
    const [tagged] = await queryRows<{ count: number }>(
      db,
      sql`select count(distinct st.submission_id)::int as count from submission_themes st
          join submissions s on s.id = st.submission_id where s.consultation_id = ${consultationId}`,
    );
    expect(whole).toHaveLength(1);
    expect(whole[0]).toHaveLength(tagged!.count);
    expect(inSevens.length).toBe(Math.ceil(tagged!.count / 7));
    expect(inSevens.flat()).toEqual(whole[0]);
  });

  it("suggests themes from their keywords, stemmed, in either language", async () => {
    const [youth] = await (await database()).db.select().from(schema.themes).where(eq(schema.themes.key, "youth"));
    // Two of the theme's Indonesian keywords, inflected: one keyword alone is too weak a sign.
    expect(youth!.keywordsId).toEqual(expect.arrayContaining(["pemuda", "kewirausahaan"]));
    const id = await send(
      "Kami meminta agar para pemuda dilibatkan, dan program kewirausahaan diperluas ke kabupaten.",
      "id",
    );
    const { suggestions } = await suggestionsFor(consultationId, id);
    expect(suggestions[0]?.key).toBe("youth");
    // The demo's tagged input has trained the model already (decision 024): the keywords' prior is
    // blended with what its few youth examples, worded otherwise, teach.
    expect(suggestions[0]!.confidence).toBeGreaterThanOrEqual(0.3);
    expect(suggestions[0]!.confidence).toBeLessThanOrEqual(1);
  });

  it("learns from what people tagged once the background trainer has retrained: a theme's usual words start to suggest it", async () => {
    // None of the theme's keywords: only what the tagged examples teach can suggest it.
    const text = (n: number) => `Livestock farms near the river spread disease to the villages downstream (${n}).`;
    const probe = await send("Disease from livestock farms spreads to our villages every wet season.", "en");
    await trainRequestedModels(10);
    // Trained on the demo's tagged input so far.
    const demo = await themeModelStatus(consultationId);
    const before = (await suggestionsFor(consultationId, probe)).suggestions.find((s) => s.key === "health_one_health");
    // Enough examples to stand out from the demo's own health input, which speaks of other things.
    for (let n = 0; n < EXAMPLES; n++) {
      const id = await send(text(n), "en");
      await setTheme(moderator, consultationId, [id], "health_one_health", { add: true, source: "manual" });
    }
    for (let n = 0; n < EXAMPLES; n++) {
      const id = await send(`Scholarships for vocational students and teacher training in rural schools (${n}).`, "en");
      await setTheme(moderator, consultationId, [id], "education_skills", { add: true, source: "manual" });
    }
    // Tagging alone changes nothing on the page: no training on the request path.
    const untrained = (await suggestionsFor(consultationId, probe)).suggestions.find(
      (s) => s.key === "health_one_health",
    );
    expect(untrained?.confidence).toBe(before?.confidence);
    expect((await themeModelStatus(consultationId)).behind).toBe(true);
    expect(await trainRequestedModels(10)).toBe(1);
    const status = await themeModelStatus(consultationId);
    expect(status).toMatchObject({ behind: false, trainedOn: demo.trainedOn! + 2 * EXAMPLES });
    expect(status.examples.health_one_health).toBe((demo.examples.health_one_health ?? 0) + EXAMPLES);
    const after = (await suggestionsFor(consultationId, probe)).suggestions.find((s) => s.key === "health_one_health");
    expect(after).toBeDefined();
    expect(before).toBeUndefined();
    expect(after!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(after!.why).toEqual(expect.arrayContaining(["livestock"]));
  });

  it("trains, and suggests nothing, for a consultation whose themes were all removed", async () => {
    const id = await send("Youth councils and young people's organisations must advise.", "en");
    await (await database()).db.delete(schema.themes).where(eq(schema.themes.consultationId, consultationId));
    expect(await trainRequestedModels(10)).toBe(1);
    expect(await suggestionsFor(consultationId, id)).toEqual({ suggestions: [], withheld: null });
    expect((await themeModelStatus(consultationId)).examples).toEqual({});
  });

  it("never suggests a theme the submission has, or one a person dismissed", async () => {
    const id = await send(
      "Young people and youth organisations need a seat; youth councils should advise the secretariat.",
      "en",
    );
    expect((await suggestionsFor(consultationId, id)).suggestions.map((s) => s.key)).toContain("youth");
    expect((await dismissSuggestion(moderator.id, consultationId, id, "youth")).ok).toBe(true);
    expect((await suggestionsFor(consultationId, id)).suggestions.map((s) => s.key)).not.toContain("youth");
    const events = await (await database()).db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.subjectId, id));
    expect(events.map((e) => e.action)).toContain("submission.suggestion_dismissed");
  });
});

describe("the theme model's version", () => {
  const modelVersion = async () => {
    const [row] = await queryRows<{ version: string }>(
      (await database()).db,
      sql`select coalesce((select version::text from theme_model_versions where consultation_id = ${consultationId}), '0') as version`,
    );
    return row!.version;
  };

  it("moves, and asks for a retraining, when a tag, a theme or a tagged submission's text changes, not on other changes", async () => {
    const { db } = await database();
    const tagged = await send("Youth councils should advise the secretariat.", "en");
    const untagged = await send("Regional haze needs an early warning system.", "en");
    const changes: [string, () => Promise<unknown>, boolean][] = [
      ["tag", () => setTheme(moderator, consultationId, [tagged], "youth", { add: true, source: "manual" }), true],
      ["approve", () => decide(moderator, consultationId, [tagged, untagged], { intent: "approve" }), false],
      [
        "edit untagged text",
        () =>
          db
            .update(schema.submissions)
            .set({ body: "Regional haze needs a warning system." })
            .where(eq(schema.submissions.id, untagged)),
        false,
      ],
      [
        "edit tagged text",
        () =>
          db
            .update(schema.submissions)
            .set({ body: "Youth councils must advise." })
            .where(eq(schema.submissions.id, tagged)),
        true,
      ],
      [
        "theme keywords",
        () =>
          db
            .update(schema.themes)
            .set({ keywordsEn: ["youth", "councils"] })
            .where(eq(schema.themes.key, "youth")),
        true,
      ],
      ["untag", () => setTheme(moderator, consultationId, [tagged], "youth", { add: false }), true],
    ];
    for (const [change, make, moves] of changes) {
      await db.delete(schema.themeRetrainRequests);
      const before = await modelVersion();
      await make();
      const requested = (await db.select().from(schema.themeRetrainRequests)).length > 0;
      expect({ change, moved: (await modelVersion()) !== before, requested }).toEqual({
        change,
        moved: moves,
        requested: moves,
      });
    }
  });

  it("trains again, on start, a model stored in an older format", async () => {
    const { db } = await database();
    const requested = async () =>
      (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from theme_retrain_requests`))[0]!.n;
    await requestStaleModels();
    expect(await requested()).toBe(0);
    await db.execute(
      sql`update theme_models set model = replace(model, '{"format":2,', '{"format":1,') where consultation_id = ${consultationId}`,
    );
    await requestStaleModels();
    expect(await requested()).toBe(1);
  });
});
