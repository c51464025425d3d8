// npm run themes:evaluate -- --data FILE.json [--out RESULT.json]
// Measures theme suggestions with the app's own code on a throwaway database: train items are
// stored as tagged submissions, test items are scored, and suggestions above the threshold are
// compared with the true themes.
import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createThrowawayDatabase } from "#db/throwaway";

const dataSchema = z.object({
  language: z.enum(["id", "en", "mixed"]),
  themes: z
    .array(z.object({ key: z.string(), label_en: z.string(), label_id: z.string(), keywords: z.array(z.string()) }))
    .min(1),
  items: z
    .array(z.object({ text: z.string().min(1), themes: z.array(z.string()), split: z.enum(["train", "test"]) }))
    .min(1),
});

const { values } = parseArgs({ options: { data: { type: "string" }, out: { type: "string" } } });
if (!values.data) {
  console.error("usage: npm run themes:evaluate -- --data FILE.json [--out RESULT.json]");
  process.exit(2);
}
const data = dataSchema.parse(JSON.parse(readFileSync(values.data, "utf8")));

const throwaway = await createThrowawayDatabase("masukan_eval");
Object.assign(process.env, throwaway.env);
// Imported after the environment points at the throwaway database.
const { database, onlyRow, queryRows, schema } = await import("#db/client.server");
const { buildThemeModel, scoreLexemes, SUGGESTION_THRESHOLD } = await import("./suggestions.server");
const { detectSubmissionLanguage } = await import("~/submissions/language.server");
const { sql } = await import("drizzle-orm");

try {
  const handle = await database();
  await handle.migrate();
  const db = handle.db;
  const consultation = onlyRow(
    await db
      .insert(schema.consultations)
      .values({
        slug: "evaluation",
        referencePrefix: "EVAL",
        titleEn: "Evaluation",
        titleId: "Evaluasi",
        summaryEn: "-",
        summaryId: "-",
        descriptionEn: "-",
        descriptionId: "-",
        phase: "open",
        opensAt: new Date(0),
        closesAt: new Date(Date.now() + 86_400_000),
      })
      .returning(),
  );
  await db
    .insert(schema.users)
    .values({ id: "eval-author", email: "author@eval.test", name: "Author", passwordHash: "-" });
  const themeRows = await db
    .insert(schema.themes)
    .values(
      data.themes.map((theme, position) => ({
        consultationId: consultation.id,
        key: theme.key,
        position,
        labelEn: theme.label_en,
        labelId: theme.label_id,
        descriptionEn: theme.label_en,
        descriptionId: theme.label_id,
        keywordsEn: theme.keywords,
        keywordsId: [],
      })),
    )
    .returning({ id: schema.themes.id, key: schema.themes.key });
  const themeId = new Map(themeRows.map((row) => [row.key, row.id]));

  const stored: { id: string; item: (typeof data.items)[number] }[] = [];
  for (const [index, item] of data.items.entries()) {
    const language = data.language === "mixed" ? await detectSubmissionLanguage(item.text, "en") : data.language;
    const row = onlyRow(
      await db
        .insert(schema.submissions)
        .values({
          reference: `EVAL-${index}`,
          consultationId: consultation.id,
          authorId: "eval-author",
          kind: "general",
          stance: "neutral",
          body: item.text,
          language,
          consent: "private",
          idempotencyKey: randomUUID(),
        })
        .returning({ id: schema.submissions.id }),
    );
    stored.push({ id: row.id, item });
  }
  const tags = stored
    .filter(({ item }) => item.split === "train")
    .flatMap(({ id, item }) =>
      item.themes.flatMap((key) => {
        const tagged = themeId.get(key);
        return tagged ? [{ submissionId: id, themeId: tagged, source: "manual" as const, addedBy: "eval-author" }] : [];
      }),
    );
  if (tags.length > 0) await db.insert(schema.submissionThemes).values(tags);

  const model = await buildThemeModel(db, consultation.id);
  const tested = stored.filter(({ item }) => item.split === "test");
  const lexemes = new Map(
    (
      await queryRows<{ id: string; lexemes: string[] }>(
        db,
        sql`select id, tsvector_to_array(search_vector) as lexemes from submissions`,
      )
    ).map((r) => [r.id, r.lexemes]),
  );
  const perTheme = new Map(data.themes.map((theme) => [theme.key, { tp: 0, fp: 0, fn: 0 }]));
  for (const { id, item } of tested) {
    const predicted = new Set(scoreLexemes(model, lexemes.get(id) ?? []).map((s) => s.key));
    const truth = new Set(item.themes);
    for (const [key, counts] of perTheme) {
      if (predicted.has(key)) counts[truth.has(key) ? "tp" : "fp"]++;
      else if (truth.has(key)) counts.fn++;
    }
  }
  const sum = (field: "tp" | "fp" | "fn") => [...perTheme.values()].reduce((total, counts) => total + counts[field], 0);
  const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  const tp = sum("tp");
  const fp = sum("fp");
  const fn = sum("fn");
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const result = {
    micro_precision: round(tp + fp === 0 ? 0 : tp / (tp + fp)),
    micro_recall: round(tp + fn === 0 ? 0 : tp / (tp + fn)),
    micro_f1: round(f1(tp, fp, fn)),
    macro_f1: round([...perTheme.values()].reduce((total, c) => total + f1(c.tp, c.fp, c.fn), 0) / perTheme.size),
    items: tested.length,
    threshold: SUGGESTION_THRESHOLD,
    train_items: stored.length - tested.length,
    per_theme: Object.fromEntries([...perTheme].map(([key, c]) => [key, { ...c, f1: round(f1(c.tp, c.fp, c.fn)) }])),
  };
  console.log(`${values.data}: ${result.items} test items, ${result.train_items} training items`);
  console.log(
    `micro precision ${result.micro_precision}  recall ${result.micro_recall}  F1 ${result.micro_f1}  macro F1 ${result.macro_f1}`,
  );
  if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
  await handle.close();
} finally {
  await throwaway.drop();
}
