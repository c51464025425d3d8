import { database, schema } from "#db/client.server";
import { guardDriverFaults } from "#db/faults.server";
import { startAddressEraser } from "~/audit/address-eraser.server";
import { addressRetentionDays } from "~/audit/request-address.server";
import { startPhaseClock } from "~/consultations/phase-clock.server";
import { seedDemo } from "~/demo/seed.server";
import { startNearDuplicateFiler } from "~/duplicates/filer.server";
import { logServerError } from "./error-log.server";
import { startDigestScheduler } from "./notifications/digest.server";
import { mailRetentionDays, startMailForgetter } from "./notifications/mail-retention.server";
import { senderIdOfThisProcess, startMailSender } from "./notifications/sender.server";
import { transportFromEnv } from "./notifications/transport.server";
import { forgetExpiredResetLinks } from "./auth/password-reset.server";
import { forgetExpiredCounters } from "./auth/rate-limit.server";
import { trustedProxies } from "./auth/trusted-proxies.server";
import { warmQueueTotals } from "./moderation/queue/totals.server";
import { forgetUnsentAttachments } from "./submissions/attachments.server";
import { currentThemeModel } from "./themes/suggestions.server";
import { startThemeTrainer } from "./themes/trainer.server";

let filer: ReturnType<typeof startNearDuplicateFiler> | null = null;
let trainer: ReturnType<typeof startThemeTrainer> | null = null;
let phaseClock: ReturnType<typeof startPhaseClock> | null = null;
let addressEraser: ReturnType<typeof startAddressEraser> | null = null;
let mailSender: ReturnType<typeof startMailSender> | null = null;
let digests: ReturnType<typeof startDigestScheduler> | null = null;
let mailForgetter: ReturnType<typeof startMailForgetter> | null = null;

/** Migrates the database and builds the demo on first start; returns where the data lives. */
export async function prepareServer(): Promise<string> {
  // A wrong setting stops the start here, in one line, before the database.
  trustedProxies(process.env);
  addressRetentionDays(process.env);
  mailRetentionDays(process.env);
  const handle = await database();
  guardDriverFaults(() => handle.reconnect());
  await handle.migrate();
  if (process.env.SEED_DEMO !== "false") {
    const { seeded } = await seedDemo(handle.db);
    if (seeded) console.log("First start: seeded the demo consultation and accounts (see README).");
  }
  await forgetExpiredCounters(handle.db);
  await forgetExpiredResetLinks(handle.db);
  await forgetUnsentAttachments();
  filer = startNearDuplicateFiler((error) => logServerError(error));
  trainer = startThemeTrainer((error) => logServerError(error));
  phaseClock = startPhaseClock((error) => logServerError(error));
  addressEraser = startAddressEraser((error) => logServerError(error));
  mailSender = startMailSender({ transport: transportFromEnv(), senderId: senderIdOfThisProcess() }, (error) =>
    logServerError(error),
  );
  digests = startDigestScheduler((error) => logServerError(error));
  mailForgetter = startMailForgetter((error) => logServerError(error));
  void warmCaches();
  return `${handle.kind} ${handle.location}`;
}

/**
 * Loads each consultation's queue totals and theme model in the background after start: with a
 * million submissions each takes seconds the first time, which the first moderator would wait.
 */
async function warmCaches() {
  try {
    const { db } = await database();
    for (const { id } of await db.select({ id: schema.consultations.id }).from(schema.consultations)) {
      await warmQueueTotals(id);
      await currentThemeModel(id);
    }
  } catch (error) {
    console.error(
      "[startup] warming the queue totals and theme models failed (they load on first use instead):",
      error,
    );
  }
}

export async function shutdownServer(): Promise<void> {
  await filer?.stop();
  await trainer?.stop();
  await phaseClock?.stop();
  await addressEraser?.stop();
  await mailSender?.stop();
  await digests?.stop();
  await mailForgetter?.stop();
  await (await database()).close();
}
