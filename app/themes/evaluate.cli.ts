// npm run themes:evaluate -- --data FILE.json [--out RESULT.json] [--folds K] [--method model|keywords|plain-lr] [--c C]
// Measures theme suggestions with the app's own model (app/themes/model.ts, decision 024): it is
// trained on the train items as the background job trains on a consultation's tagged input, the
// test items are scored, and the suggestions are compared with the true themes. With --folds K
// the train items are scored instead, each by a model trained on the other K−1 folds (the test
// items are then left out). --method keywords scores decision 022's plain keyword match instead;
// --method plain-lr the plain TF-IDF + logistic-regression baseline of issue 13 (plain-baseline.ts), at C
// (--c, default 1).
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { BadInput, readDataFile, runEvaluation } from "~/evaluation/data-file";
import { assignFolds, microF1Interval, type ScoredItem, score } from "./metrics";
import { SUGGESTED_AT, suggestThemes, trainThemeModel } from "./model";
import { trainPlainBaseline } from "./plain-baseline";

const USAGE =
  "usage: npm run themes:evaluate -- --data FILE.json [--out RESULT.json] [--folds K] [--method model|keywords|plain-lr] [--c C]";
const METHODS = ["model", "keywords", "plain-lr"] as const;
// Under this many letters a text says too little to judge; such items are scored (they rarely get
// a suggestion) and counted, so a figure is never silently made of empty input.
const SHORT_TEXT_LETTERS = 4;

const dataSchema = z.object({
  language: z.enum(["id", "en", "mixed"]),
  themes: z
    .array(
      z.object({
        key: z.string().min(1),
        label_en: z.string(),
        label_id: z.string(),
        keywords: z.array(z.string()),
      }),
    )
    .min(1, "at least one theme is needed"),
  items: z
    .array(z.object({ text: z.string(), themes: z.array(z.string()), split: z.enum(["train", "test"]) }))
    .min(1, "at least one item is needed"),
});
type Data = z.infer<typeof dataSchema>;

function readArguments() {
  let values: { data?: string; out?: string; folds?: string; method?: string; c?: string };
  try {
    ({ values } = parseArgs({
      options: {
        data: { type: "string" },
        out: { type: "string" },
        folds: { type: "string" },
        method: { type: "string", default: "model" },
        c: { type: "string", default: "1" },
      },
    }));
  } catch (error) {
    throw new BadInput(`${(error as Error).message}\n${USAGE}`);
  }
  if (!values.data) throw new BadInput(USAGE);
  const folds = values.folds === undefined ? null : Number(values.folds);
  if (folds !== null && (!Number.isInteger(folds) || folds < 2))
    throw new BadInput(`--folds must be a whole number of at least 2, not "${values.folds}"`);
  const method = METHODS.find((known) => known === values.method);
  if (!method) throw new BadInput(`--method must be "model", "keywords" or "plain-lr", not "${values.method}"`);
  const c = Number(values.c);
  if (!(c > 0) || !Number.isFinite(c)) throw new BadInput(`--c must be a number above 0, not "${values.c}"`);
  return { data: values.data, out: values.out, folds, method, c };
}

/** What the schema cannot say: theme keys are unique, items name only those, and there is something to score. */
function checkData(file: string, data: Data, folds: number | null): void {
  const keys = new Set<string>();
  for (const theme of data.themes) {
    if (keys.has(theme.key)) throw new BadInput(`${file}: theme "${theme.key}" appears twice`);
    keys.add(theme.key);
  }
  for (const [index, item] of data.items.entries()) {
    const unknown = item.themes.find((key) => !keys.has(key));
    if (unknown !== undefined)
      throw new BadInput(`${file}: items.${index} names theme "${unknown}", which is not among the themes`);
  }
  const train = data.items.filter((item) => item.split === "train").length;
  if (folds === null && train === data.items.length)
    throw new BadInput(`${file}: no item has "split": "test"; add some, or use --folds K to cross-validate`);
  if (folds !== null && train < folds)
    throw new BadInput(`${file}: --folds ${folds} needs at least ${folds} train items, and there are ${train}`);
}

/** Conditions that make a figure mean less than it seems, said before it is given. */
function notes(data: Data): string[] {
  const trained = data.items.filter((item) => item.split === "train");
  const found: string[] = [];
  for (const theme of data.themes) {
    const examples = trained.filter((item) => item.themes.includes(theme.key)).length;
    if (theme.keywords.length === 0 && examples === 0)
      found.push(`theme "${theme.key}" has no keywords and no training examples: it is never suggested`);
  }
  const short = data.items.filter((item) => (item.text.match(/\p{L}/gu) ?? []).length < SHORT_TEXT_LETTERS).length;
  if (short > 0)
    found.push(`${short} item(s) have fewer than ${SHORT_TEXT_LETTERS} letters: scored, with little to go on`);
  if (data.themes.length === 1) found.push("one theme only: every figure is that theme's");
  return found;
}

/** The baseline of decision 022: a theme when one of its keywords starts a word of the text. */
function keywordMatch(themes: Data["themes"], text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}[\p{L}\p{N}'-]*/gu) ?? [];
  return themes
    .filter((theme) =>
      theme.keywords.some((keyword) => {
        const parts = keyword.toLowerCase().split(/\s+/);
        return words.some((_, at) => parts.every((part, k) => words[at + k]?.startsWith(part)));
      }),
    )
    .map((theme) => theme.key);
}

async function main() {
  const args = readArguments();
  const data = readDataFile(args.data, dataSchema);
  checkData(args.data, data, args.folds);
  for (const note of notes(data)) console.error(`note: ${note}`);

  const { detectSubmissionLanguage } = await import("~/submissions/language.server");
  const stored: { item: Data["items"][number]; language: "en" | "id" | "other" }[] = [];
  for (const item of data.items)
    stored.push({
      item,
      language: data.language === "mixed" ? await detectSubmissionLanguage(item.text, "en") : data.language,
    });
  const themes = data.themes.map((theme) => ({ key: theme.key, keywords: theme.keywords }));

  /** Learns from `trained` as the app's background job would, and scores `tested` with that model. */
  const scoreWith = (trained: typeof stored, tested: typeof stored): ScoredItem[] => {
    if (args.method === "keywords")
      return tested.map(({ item }) => ({ truth: item.themes, predicted: keywordMatch(data.themes, item.text) }));
    if (args.method === "plain-lr") {
      const predict = trainPlainBaseline(
        themes.map((theme) => theme.key),
        trained.map(({ item }) => item),
        args.c,
      );
      return tested.map(({ item }) => ({ truth: item.themes, predicted: predict(item.text) }));
    }
    const model = trainThemeModel(
      themes,
      trained.map(({ item, language }) => ({
        text: item.text,
        language: language === "other" ? undefined : language,
        themes: item.themes,
      })),
    );
    return tested.map(({ item, language }) => ({
      truth: item.themes,
      predicted: suggestThemes(model, item.text, language, { explain: false }).suggestions.map((s) => s.key),
    }));
  };

  const train = stored.filter(({ item }) => item.split === "train");
  const tested = args.folds === null ? stored.filter(({ item }) => item.split === "test") : train;
  const byPosition = new Map<(typeof stored)[number], ScoredItem>();
  if (args.folds === null)
    for (const [i, scored] of scoreWith(train, tested).entries())
      byPosition.set(tested[i] as (typeof stored)[number], scored);
  else {
    const foldOf = assignFolds(
      train.map(({ item }) => item.text),
      args.folds,
    );
    for (let fold = 0; fold < args.folds; fold++) {
      const held = train.filter((_, index) => foldOf[index] === fold);
      const results = scoreWith(
        train.filter((_, index) => foldOf[index] !== fold),
        held,
      );
      for (const [i, scored] of results.entries()) byPosition.set(held[i] as (typeof stored)[number], scored);
    }
  }
  // In the order of the file, whatever the folds: the bootstrap resamples by position.
  const scored = tested.map((entry) => byPosition.get(entry) ?? { truth: [], predicted: [] });

  const themeKeys = data.themes.map((theme) => theme.key);
  const scores = score(scored, themeKeys);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const [low, high] = microF1Interval(scored, themeKeys);
  const result = {
    micro_precision: round(scores.micro_precision),
    micro_recall: round(scores.micro_recall),
    micro_f1: round(scores.micro_f1),
    macro_f1: round(scores.macro_f1),
    items: scored.length,
    threshold: SUGGESTED_AT,
    method: args.method,
    ...(args.method === "plain-lr" ? { c: args.c } : {}),
    train_items: args.folds === null ? train.length : train.length - Math.ceil(train.length / args.folds),
    per_theme: Object.fromEntries(
      Object.entries(scores.per_theme).map(([key, c]) => [
        key,
        { tp: c.tp, fp: c.fp, fn: c.fn, f1: round(c.f1), precision: round(c.precision), recall: round(c.recall) },
      ]),
    ),
    micro_f1_ci95: [round(low), round(high)],
    top_precision: round(scores.top_precision),
    coverage: round(scores.coverage),
    folds: args.folds,
  };
  console.log(
    args.folds === null
      ? `${args.data}: ${result.items} test items, ${result.train_items} training items`
      : `${args.data}: ${args.folds}-fold cross-validation over ${result.items} train items (about ${result.train_items} training items per fold)`,
  );
  console.log(
    `micro precision ${result.micro_precision}  recall ${result.micro_recall}  F1 ${result.micro_f1}  macro F1 ${result.macro_f1}`,
  );
  console.log(
    `micro F1 95 % interval ${low.toFixed(3)}–${high.toFixed(3)}  top-suggestion precision ${result.top_precision}  items with a suggestion ${result.coverage}`,
  );
  for (const [key, c] of Object.entries(result.per_theme))
    console.log(
      `  ${key}: precision ${c.precision}  recall ${c.recall}  F1 ${c.f1}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`,
    );
  if (args.out) writeFileSync(args.out, `${JSON.stringify(result, null, 2)}\n`);
}

await runEvaluation(main);
