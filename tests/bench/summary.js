// Scenario "summary": the draft of a theme's summary (figures, key phrases, excerpts) for a theme
// of 10,000 approved submissions, through the app's own buildDraft (app/summaries/draft.server.ts),
// run by tsx in a child process on the bench database. See tests/bench/README.md.
import { spawn } from "node:child_process";
import path from "node:path";
import { loadBench } from "./bulk-load.js";
import { atCleanUp, createDatabase, log, root, startServer, stopping, stopServer } from "./environment.js";

export const THEME_SUBMISSIONS = 10_000;
// About a third of the bench data is approved: enough to give one theme 10,000 of them.
export const DEFAULT_SUBMISSIONS = 40_000;
export const TARGETS = { draft_s: 2 };
const CHILD_TIMEOUT_MS = 10 * 60_000;

function runChild(database, consultationId) {
  const env = { ...process.env, ...database.env, NODE_ENV: "production" };
  if (!database.env.DATABASE_URL) delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(root, "node_modules/.bin/tsx"),
      [path.join(root, "tests/bench/summary-child.ts"), consultationId, String(THEME_SUBMISSIONS)],
      // Its own process group: tsx starts node in a child of its own, and both must stop on Ctrl-C.
      { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true },
    );
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    const kill = async () => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    };
    const forget = atCleanUp(kill);
    const timer = setTimeout(kill, CHILD_TIMEOUT_MS);
    child.once("error", (error) => {
      clearTimeout(timer);
      forget();
      reject(new Error(`could not run tsx: ${error.message}`));
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      forget();
      const last = Buffer.concat(out).toString("utf8").trim().split("\n").at(-1) ?? "";
      const stderr = Buffer.concat(err).toString("utf8").trim();
      if (code !== 0 || !last.startsWith("{")) {
        reject(
          new Error(`summary-child.ts ended with ${signal ?? `exit code ${code}`}${stderr ? `:\n${stderr}` : ""}`),
        );
        return;
      }
      resolve(JSON.parse(last));
    });
  });
}

export const summary = {
  name: "summary",
  description: "the summary draft of a theme with 10,000 approved submissions (buildDraft)",
  async run(options) {
    const submissions = options.submissions ?? DEFAULT_SUBMISSIONS;
    const database = await createDatabase();
    // The server migrates and seeds, then stops: the child process has the database to itself.
    await startServer(database);
    await stopServer();
    const loaded = await loadBench(database, submissions, { taggedShare: 1 });
    if (stopping()) throw new Error("stopped by a signal");
    log(`buildDraft for a theme of ${THEME_SUBMISSIONS.toLocaleString("en")} (tsx tests/bench/summary-child.ts)`);
    const result = await runChild(database, loaded.consultationId);
    return { ...result, loaded: submissions, load_s: loaded.load_s };
  },

  report(figures) {
    const title = `summary on ${figures.database}: a theme of ${figures.submissions.toLocaleString("en")} approved submissions`;
    const check = figures.draft_s < TARGETS.draft_s ? "ok" : "MISSED";
    return [
      title,
      "-".repeat(title.length),
      `loaded ${figures.loaded.toLocaleString("en")} submissions in ${figures.load_s} s`,
      `draft        ${figures.draft_s} s  (target < ${TARGETS.draft_s}: ${check}); again, warm: ${figures.warm_draft_s} s`,
      `chosen       ${figures.excerpts} excerpts; ${figures.campaigns} campaigns, the largest sent ${figures.largest_campaign} times`,
    ];
  },

  failure: "the theme did not hold the submissions asked for, or the draft quoted nothing",

  failed(figures) {
    return figures.submissions < THEME_SUBMISSIONS || figures.excerpts === 0;
  },
};
