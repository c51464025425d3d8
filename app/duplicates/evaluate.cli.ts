// npm run duplicates:evaluate -- --data FILE.json [--out RESULT.json]
// Scores the near-duplicate grouping with the app's own code on a throwaway database: every item
// is stored as a submission with its MinHash, queued for filing in the order of the file, and
// filed by the background filer's own step (`fileWaitingSubmissions`) until none waits; the
// groups it made are compared, pair by pair, with the true groups.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { BadInput, readDataFile, runEvaluation } from "~/evaluation/data-file";
import { inStatements, withThrowawayConsultation } from "~/evaluation/throwaway-consultation";
import { signature } from "./minhash";
import { scorePairs } from "./pair-metrics";

const USAGE = "usage: npm run duplicates:evaluate -- --data FILE.json [--out RESULT.json]";

const label = z.union([z.string().min(1), z.number()]).transform(String);
const dataSchema = z.object({
  items: z.array(z.object({ id: label, text: z.string(), group: label })).min(1, "at least one item is needed"),
});

function readArguments() {
  try {
    const { values } = parseArgs({ options: { data: { type: "string" }, out: { type: "string" } } });
    if (!values.data) throw new BadInput(USAGE);
    return { data: values.data, out: values.out };
  } catch (error) {
    if (error instanceof BadInput) throw error;
    throw new BadInput(`${(error as Error).message}\n${USAGE}`);
  }
}

async function main() {
  const args = readArguments();
  const { items } = readDataFile(args.data, dataSchema);
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) throw new BadInput(`${args.data}: id "${item.id}" appears twice`);
    ids.add(item.id);
  }
  // Texts without a word all get the same MinHash, so the app groups them together: said, not hidden.
  const wordless = items.filter((item) => !/[\p{L}\p{N}]/u.test(item.text)).length;
  if (wordless > 0) console.error(`note: ${wordless} item(s) have no words: the app groups all such texts together`);

  await withThrowawayConsultation(async ({ db, client, consultationId, authorId }) => {
    const { schema } = client;
    const { fileWaitingSubmissions, NEAR_DUPLICATE_SIMILARITY } = await import("./duplicates.server");
    // One second apart, in the order of the file: the filer's order (and "a group is named after
    // its first member") then follow the file, the same on every run.
    const at = (index: number) => new Date(Date.UTC(2026, 0, 1) + index * 1000);
    const rows = items.map((item, index) => ({
      reference: `EVAL-${index}`,
      consultationId,
      authorId,
      kind: "general" as const,
      stance: "neutral" as const,
      body: item.text,
      // Grouping reads only the MinHash; the language is never looked at.
      language: "en" as const,
      consent: "private" as const,
      minhash: signature(item.text),
      createdAt: at(index),
      updatedAt: at(index),
    }));
    const stored: { id: string }[] = [];
    for (const slice of inStatements(rows))
      stored.push(...(await db.insert(schema.submissions).values(slice).returning({ id: schema.submissions.id })));
    for (const slice of inStatements(stored.map((row, index) => ({ submissionId: row.id, queuedAt: at(index) }))))
      await db.insert(schema.nearDuplicateFilings).values(slice);
    while ((await fileWaitingSubmissions()) > 0);
    const groupOf = new Map(
      (
        await db
          .select({ id: schema.submissions.id, group: schema.submissions.duplicateGroupId })
          .from(schema.submissions)
      ).map((row) => [row.id, row.group]),
    );
    const scores = scorePairs(
      items.map((item) => item.group),
      stored.map((row) => groupOf.get(row.id) ?? null),
    );
    const round = (value: number) => Math.round(value * 1000) / 1000;
    const result = {
      ...scores,
      precision: round(scores.precision),
      recall: round(scores.recall),
      f1: round(scores.f1),
      items: items.length,
      threshold: NEAR_DUPLICATE_SIMILARITY,
    };
    console.log(`${args.data}: ${result.items} items`);
    console.log(
      `pairwise precision ${result.precision}  recall ${result.recall}  F1 ${result.f1}  (${result.right_pairs} of ${result.found_pairs} pairs found right, ${result.true_pairs} true pairs)`,
    );
    console.log(`groups of two or more: ${result.found_groups} found, ${result.true_groups} true`);
    if (args.out) writeFileSync(args.out, `${JSON.stringify(result, null, 2)}\n`);
  });
}

await runEvaluation(main);
