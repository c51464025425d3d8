// `npm run db:migrate` and `npm run db:seed`: the same steps the server takes when it starts.
import { configFromEnv, DatabaseConfigError, openDatabase } from "#db/client.server";
import { seedDemo } from "~/demo/seed.server";

const command = process.argv[2];
if (command !== "migrate" && command !== "seed") {
  console.error("usage: tsx app/cli.ts migrate|seed");
  process.exit(2);
}

try {
  const handle = await openDatabase(configFromEnv());
  await handle.migrate();
  console.log(`Migrated ${handle.kind} database at ${handle.location}.`);
  if (command === "seed") {
    const { seeded } = await seedDemo(handle.db);
    console.log(
      seeded ? "Seeded the demo consultation and accounts." : "The demo was already seeded; nothing changed.",
    );
  }
  await handle.close();
} catch (error) {
  if (error instanceof DatabaseConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
