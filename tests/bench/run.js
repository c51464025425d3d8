// Benchmarks against the production server on a throwaway database.
//   npm run bench                       every scenario
//   npm run bench -- queue --out f.json    the named ones, figures also written as JSON
// See tests/bench/README.md for the options and what each figure means.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runToExit } from "../support/processes.js";
import { build, cleanUp, log, requestStop, serverOutput, stopping } from "./environment.js";
import { exportScenario } from "./export.js";
import { intake } from "./intake.js";
import { queue } from "./queue.js";
import { sectionPage } from "./section-page.js";
import { suggest } from "./suggest.js";
import { summary } from "./summary.js";

const scenarios = new Map(
  [intake, queue, suggest, sectionPage, exportScenario, summary].map((scenario) => [scenario.name, scenario]),
);

const USAGE = `usage: npm run bench -- [SCENARIO…] [options]

scenarios (all when none is named):
${[...scenarios.values()].map((scenario) => `  ${scenario.name.padEnd(12)} ${scenario.description}`).join("\n")}

options:
  --out FILE           also write the figures as JSON to FILE
  --duration S         seconds of each timed phase (default 20)
  --connections N      concurrent clients (default 32)
  --contributors N     accounts registered before the timed phase (default 200)
  --warmup S           seconds of untimed sends first (default 3, 0 for none)
  --skip-detect        skip the phase that leaves the language to the server's detection
  --submissions N      submissions the bulk loader makes (queue, export: default 1,000,000; suggest: 100,000; summary: 40,000)
  --queries N          page loads timed by queue (default 200)
  --keep-database      queue, export: keep the loaded database (DATABASE_URL only) to measure again later
  --database NAME      queue, export: measure on a database an earlier --keep-database run kept, without loading
  --build              rebuild even when build/index.js looks up to date
  --cpu-prof DIR       run the server with node --cpu-prof, profiles written to DIR
  -h, --help           this text

With DATABASE_URL set each scenario gets a new database masukan_bench_<hex> on that server (dropped
afterwards); without it, an embedded PGlite database in a temporary directory (removed afterwards).`;

const USAGE_ERROR = 2;

function usageError(message) {
  console.error(`[bench] ${message}\n\n${USAGE}`);
  process.exit(USAGE_ERROR);
}

function positiveNumber(name, text, { integer = false, allowZero = false } = {}) {
  const value = Number(text);
  const valid = Number.isFinite(value) && (allowZero ? value >= 0 : value > 0) && (!integer || Number.isInteger(value));
  if (!valid)
    usageError(`--${name} must be a ${integer ? "whole " : ""}number${allowZero ? " ≥ 0" : " > 0"} (got "${text}")`);
  return value;
}

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string" },
        duration: { type: "string", default: "20" },
        connections: { type: "string", default: "32" },
        contributors: { type: "string", default: "200" },
        warmup: { type: "string", default: "3" },
        "skip-detect": { type: "boolean", default: false },
        submissions: { type: "string" },
        queries: { type: "string" },
        "keep-database": { type: "boolean", default: false },
        database: { type: "string" },
        build: { type: "boolean", default: false },
        "cpu-prof": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const unknown = positionals.filter((name) => !scenarios.has(name));
  if (unknown.length > 0) {
    usageError(
      `unknown scenario${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")} (known: ${[...scenarios.keys()].join(", ")})`,
    );
  }
  return {
    names: positionals.length > 0 ? [...new Set(positionals)] : [...scenarios.keys()],
    out: values.out ? path.resolve(values.out) : null,
    build: values.build,
    scenario: {
      duration: positiveNumber("duration", values.duration),
      connections: positiveNumber("connections", values.connections, { integer: true }),
      contributors: positiveNumber("contributors", values.contributors, { integer: true }),
      warmup: positiveNumber("warmup", values.warmup, { allowZero: true }),
      detect: !values["skip-detect"],
      // null: each scenario's own default.
      submissions:
        values.submissions === undefined ? null : positiveNumber("submissions", values.submissions, { integer: true }),
      queries: values.queries === undefined ? null : positiveNumber("queries", values.queries, { integer: true }),
      keepDatabase: values["keep-database"],
      database: values.database ?? null,
      cpuProfileDir: values["cpu-prof"] ? path.resolve(values["cpu-prof"]) : undefined,
    },
  };
}

async function main() {
  const options = readOptions();
  if (options.scenario.cpuProfileDir) mkdirSync(options.scenario.cpuProfileDir, { recursive: true });
  await build({ force: options.build });

  const figures = {};
  let broken = false;
  for (const name of options.names) {
    if (stopping()) break;
    const scenario = scenarios.get(name);
    log(`scenario ${name}: ${scenario.description}`);
    try {
      figures[name] = await scenario.run(options.scenario);
    } catch (error) {
      if (stopping()) break;
      const output = serverOutput();
      console.error(`[bench] scenario ${name} failed: ${error instanceof Error ? error.message : error}`);
      if (output) console.error(`[bench] server output:\n${output}`);
      broken = true;
      continue;
    } finally {
      const clean = await cleanUp();
      if (!clean) broken = true;
    }
    console.log(`\n${scenario.report(figures[name]).join("\n")}\n`);
    // Broken, not slow: a missed target is in the figures, and the exit code stays 0.
    if (scenario.failed(figures[name])) {
      console.error(`[bench] scenario ${name}: the run was broken (${scenario.failure})`);
      broken = true;
    }
  }

  if (options.out && Object.keys(figures).length > 0) {
    mkdirSync(path.dirname(options.out), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(figures, null, 2)}\n`);
    log(`figures written to ${options.out}`);
  }
  if (options.scenario.cpuProfileDir) log(`CPU profiles of the server in ${options.scenario.cpuProfileDir}`);
  return broken ? 1 : 0;
}

await runToExit({
  main,
  cleanUp,
  // Load loops end and no new phase starts; the run cleans up and exits 130 (143 on SIGTERM).
  onInterrupt: (signal) => {
    requestStop();
    log(`${signal}: stopping and cleaning up`);
  },
  onError: (error) => console.error("[bench]", error instanceof Error ? error.message : error),
});
