// End-to-end run: a throwaway database, the production server on a free port, Playwright against it.
// Usage (after `remix build`): node tests/e2e/run.js [extra Playwright arguments]
// With DATABASE_URL set, a fresh database masukan_e2e_<hex> is created on that server and dropped
// afterwards; without it, the embedded PGlite database lives in a temporary directory.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { startMailCatcher } from "../support/mail-catcher.js";
import { root, runCleanUpSteps, runToExit, Throwaways } from "../support/processes.js";

const STOP_TIMEOUT_MS = 10_000;

function log(message) {
  console.log(`[e2e] ${message}`);
}

/** The database (or PGlite directory) and the server this run makes, to undo afterwards. */
const throwaways = new Throwaways({
  databasePrefix: "masukan_e2e_",
  dataDirPrefix: "masukan-e2e-",
  log,
  startupTimeoutMs: 60_000,
  stopTimeoutMs: STOP_TIMEOUT_MS,
});
/** Playwright's process, also undone afterwards, and the clean-up once it has started. */
const state = {
  playwright: null,
  playwrightExited: null,
  cleaning: null,
  mail: null,
};

function runPlaywright(baseUrl, inboxUrl, extraArgs) {
  return new Promise((resolve) => {
    // In its own process group: npx does not pass signals on, so stopping means signalling the group.
    const child = spawn("npx", ["playwright", "test", "--config", "tests/e2e/playwright.config.ts", ...extraArgs], {
      cwd: root,
      env: { ...process.env, BASE_URL: baseUrl, MAIL_INBOX_URL: inboxUrl },
      stdio: ["ignore", "inherit", "inherit"],
      detached: true,
    });
    state.playwright = child;
    state.playwrightExited = new Promise((done) => child.once("exit", done));
    child.once("error", (error) => {
      state.playwright = null;
      console.error(`[e2e] could not start Playwright: ${error.message}`);
      resolve(1);
    });
    child.once("exit", (code, signal) => {
      state.playwright = null;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function stopPlaywright() {
  const child = state.playwright;
  if (!child) return;
  state.playwright = null;
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), STOP_TIMEOUT_MS);
  await state.playwrightExited;
  clearTimeout(timer);
}

/** Stops what runs and removes what was made; safe to call more than once. */
function cleanUp() {
  state.cleaning ??= runCleanUpSteps("e2e", {
    stopPlaywright,
    stopServer: () => throwaways.stopServer(),
    stopMailServer: async () => state.mail?.close(),
    dropDatabase: () => throwaways.dropDatabases(),
    removeDataDir: () => throwaways.removeDataDirs(),
  });
  return state.cleaning;
}

function printServerOutput() {
  const output = throwaways.serverOutput();
  if (output) console.log(`[e2e] server output:\n${output}`);
}

async function main() {
  if (!existsSync(path.join(root, "build/index.js"))) {
    console.error("[e2e] build/index.js is missing: run `remix build` first (npm run test:e2e does).");
    return 1;
  }
  const started = Date.now();
  const env = process.env.DATABASE_URL
    ? { DATABASE_URL: (await throwaways.createDatabase(process.env.DATABASE_URL)).url }
    : { DATA_DIR: await throwaways.createDataDir() };
  // E-mail goes out through SMTP as in production; the specs read it from the catcher's inbox.
  state.mail = await startMailCatcher();
  let baseUrl;
  try {
    // As behind a proxy on the same machine: the suite's registrations name addresses of their
    // own (helpers.ts), so they do not add up against one address's limit (decision 014).
    ({ baseUrl } = await throwaways.startServer({
      env: { ...env, TRUSTED_PROXIES: "loopback", SMTP_URL: state.mail.smtpUrl },
      echoStderr: true,
    }));
  } catch (error) {
    console.error(`[e2e] ${error instanceof Error ? error.message : error}`);
    printServerOutput();
    return 1;
  }

  const exitCode = await runPlaywright(baseUrl, state.mail.inboxUrl, process.argv.slice(2));
  if (exitCode !== 0) printServerOutput();
  log(`finished in ${((Date.now() - started) / 1000).toFixed(1)} s with exit code ${exitCode}`);
  return exitCode;
}

await runToExit({
  main,
  cleanUp,
  onInterrupt: (signal) => log(`${signal}: stopping and cleaning up`),
  onError: (error) => {
    console.error("[e2e]", error);
    printServerOutput();
  },
});
