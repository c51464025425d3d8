import { readFileSync } from "node:fs";
import type { z } from "zod";

/** Input an evaluation cannot use: said in one line, and the command exits with status 2. */
export class BadInput extends Error {}

/**
 * A `--data` file read and checked against its schema. Every way it can be wrong (absent, not
 * JSON, a field missing or of the wrong kind) is a BadInput naming the file and what is wrong.
 */
export function readDataFile<T>(file: string, schema: z.ZodType<T>): T {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new BadInput(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "unknown error"})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BadInput(`${file}: is not JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "the top level";
    throw new BadInput(`${file}: ${where}: ${issue?.message ?? "not in the expected format"}`);
  }
  return parsed.data;
}

/**
 * Runs an evaluation command: a BadInput ends it with its message and status 2, without a stack
 * trace; anything else is a defect and is thrown as it is.
 */
export async function runEvaluation(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof BadInput)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  }
}
