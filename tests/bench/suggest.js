// Scenario "suggest": theme suggestions for every submission of a consultation with 100,000 of
// them, through the app's own suggestForConsultation (app/themes/suggestions.server.ts) with the
// model the background trainer stores, and the time to train a model on 200,000 tagged
// submissions (train_s), run by tsx in a child process on the bench database. See tests/bench/README.md.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadBench } from "./bulk-load.js";
import { cpuBetween, cpuSnapshot } from "./cpu.js";
import { atCleanUp, createDatabase, log, root, startServer, stopping, stopServer } from "./environment.js";

export const DEFAULT_SUBMISSIONS = 100_000;
export const TARGETS = { total_s: 30, train_s: 60 };
// A realistic share already tagged by moderators, so the model has examples to learn from.
const TAGGED_SHARE = 0.07;
const CHILD_TIMEOUT_MS = 30 * 60_000;
const NO_SERVER = -1;

/** CPU seconds of this process's ended (waited-for) children and theirs: tsx and the node it starts. */
function childrenCpuSeconds() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

function runChild(database, consultationId) {
  const env = { ...process.env, ...database.env, NODE_ENV: "production" };
  if (!database.env.DATABASE_URL) delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(
      path.join(root, "node_modules/.bin/tsx"),
      [path.join(root, "tests/bench/suggest-child.ts"), consultationId],
      {
        cwd: root,
        env,
        stdio: ["ignore", "pipe", "pipe"],
        // Its own process group: tsx starts node in a child of its own, and both must stop on Ctrl-C.
        detached: true,
      },
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
      const stdout = Buffer.concat(out).toString("utf8").trim();
      const stderr = Buffer.concat(err).toString("utf8").trim();
      const last = stdout.split("\n").at(-1) ?? "";
      if (code !== 0 || !last.startsWith("{")) {
        reject(
          new Error(`suggest-child.ts ended with ${signal ?? `exit code ${code}`}${stderr ? `:\n${stderr}` : ""}`),
        );
        return;
      }
      resolve({ ...JSON.parse(last), wall_s: Math.round((Date.now() - started) / 100) / 10 });
    });
  });
}

export const suggest = {
  name: "suggest",
  description: "theme suggestions for every one of 100,000 submissions (suggestForConsultation)",
  async run(options) {
    const submissions = options.submissions ?? DEFAULT_SUBMISSIONS;
    const database = await createDatabase();
    // The server migrates and seeds, then stops: the child process has the database to itself.
    await startServer(database);
    await stopServer();
    const loaded = await loadBench(database, submissions, { taggedShare: TAGGED_SHARE });
    if (stopping()) throw new Error("stopped by a signal");

    log(`suggestForConsultation on ${submissions.toLocaleString("en")} submissions (tsx tests/bench/suggest-child.ts)`);
    // No app server here: the tsx child's CPU comes from this process's children's times. (Its
    // PostgreSQL backend ends with it, before the second reading, so that share is not known.)
    const before = cpuSnapshot(NO_SERVER, database.name ?? null);
    const childrenBefore = childrenCpuSeconds();
    const result = await runChild(database, loaded.consultationId);
    const childrenAfter = childrenCpuSeconds();
    const cpu = cpuBetween(before, cpuSnapshot(NO_SERVER, database.name ?? null));
    const appCpu =
      childrenBefore === null || childrenAfter === null
        ? null
        : Math.round((childrenAfter - childrenBefore) * 100) / 100;
    const otherPercent =
      cpu && appCpu !== null
        ? Math.max(0, Math.round((100 * (cpu.other_cpu_s - appCpu)) / (cpu.wall_s * cpu.cores)))
        : null;
    return {
      database: database.kind,
      submissions,
      total_s: result.total_s,
      train_s: result.train_s,
      trained_on: result.trained_on,
      retrain_s: result.retrain_s,
      retrained_on: result.retrained_on,
      suggestions: result.suggestions,
      with_suggestion: result.with_suggestion,
      scored: result.submissions,
      tagged: loaded.data.tagged,
      first_page_s: result.first_page_s,
      pages: result.pages,
      wall_s: result.wall_s,
      app_cpu_s: appCpu,
      other_percent: otherPercent,
      by_theme: result.by_theme,
      load_s: loaded.load_s,
      load_phases: loaded.phases,
      data: loaded.data,
    };
  },

  report(figures) {
    const title = `suggest on ${figures.database}: ${figures.submissions.toLocaleString("en")} submissions, ${figures.tagged.toLocaleString("en")} tagged`;
    const check = figures.total_s < TARGETS.total_s ? "ok" : "MISSED";
    const lines = [
      title,
      "-".repeat(title.length),
      `loaded in ${figures.load_s} s`,
      `total        ${figures.total_s} s  (target < ${TARGETS.total_s}: ${check}); the first page of 5,000 after ${figures.first_page_s} s`,
      `training     ${figures.train_s} s on ${figures.trained_on.toLocaleString("en")} tagged submissions (target < ${TARGETS.train_s}: ${figures.train_s < TARGETS.train_s ? "ok" : "MISSED"}); this consultation's ${figures.retrained_on.toLocaleString("en")} in ${figures.retrain_s} s`,
      `suggestions  ${figures.suggestions.toLocaleString("en")} for ${figures.with_suggestion.toLocaleString("en")} of ${figures.scored.toLocaleString("en")} submissions scored`,
      `CPU          ${figures.app_cpu_s ?? "-"} s in the tsx process (its start included); wall ${figures.wall_s} s`,
    ];
    if (figures.other_percent !== null && figures.other_percent > 10) {
      lines.push(
        `warning: other programs used ${figures.other_percent}% of the CPU meanwhile; the time is not comparable`,
      );
    }
    return lines;
  },

  failure: "not every submission was scored",

  /** Whether the run was broken (not every submission scored), not whether the target was missed. */
  failed(figures) {
    return figures.scored !== figures.submissions;
  },
};
