import { database } from "#db/client.server";
import { seedDemo } from "#db/seed/demo";
import { forgetExpiredCounters } from "./auth/rate-limit.server";
import { forgetUnsentAttachments } from "./submissions/submissions.server";

/** Migrates the database and builds the demo on first start; returns where the data lives. */
export async function prepareServer(): Promise<string> {
  const handle = await database();
  await handle.migrate();
  if (process.env.SEED_DEMO !== "false") {
    const { seeded } = await seedDemo(handle.db);
    if (seeded) console.log("First start: seeded the demo consultation and accounts (see README).");
  }
  await forgetExpiredCounters(handle.db);
  await forgetUnsentAttachments();
  return `${handle.kind} ${handle.location}`;
}

export async function shutdownServer(): Promise<void> {
  await (await database()).close();
}
