import { createThrowawayDatabase } from "#db/throwaway";

type Client = typeof import("#db/client.server");
export type EvaluationContext = {
  db: Awaited<ReturnType<Client["database"]>>["db"];
  client: Client;
  consultationId: string;
  /** The author of every submission the evaluation stores. */
  authorId: string;
};

/**
 * Runs an evaluation against one open consultation in a database made for it and dropped after.
 * The app's modules that reach the database must be imported inside `run` (dynamically): only
 * then do they see the throwaway database.
 */
export async function withThrowawayConsultation<T>(run: (context: EvaluationContext) => Promise<T>): Promise<T> {
  const throwaway = await createThrowawayDatabase("masukan_eval");
  Object.assign(process.env, throwaway.env);
  try {
    const client = await import("#db/client.server");
    const handle = await client.database();
    try {
      await handle.migrate();
      const { db } = handle;
      const { schema } = client;
      const consultation = client.onlyRow(
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
      const authorId = "eval-author";
      await db
        .insert(schema.users)
        .values({ id: authorId, email: "author@eval.test", name: "Author", passwordHash: "-" });
      return await run({ db, client, consultationId: consultation.id, authorId });
    } finally {
      await handle.close();
    }
  } finally {
    await throwaway.drop();
  }
}

/** Rows in slices small enough for one statement each (PostgreSQL takes at most 65,535 parameters). */
export function inStatements<T>(rows: readonly T[], size = 1000): T[][] {
  return Array.from({ length: Math.ceil(rows.length / size) }, (_, index) =>
    rows.slice(index * size, (index + 1) * size),
  );
}
