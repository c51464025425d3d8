// npm run test:faults: the production server on a throwaway database of the local PostgreSQL, a
// bounded submission load from a few signed-in contributors (loopback only), and in the middle the
// database taken away: first every backend of the app terminated, then (only with
// FAULTS_RESTART_POSTGRES=true, because it interrupts every database of that server) PostgreSQL
// restarted. Then it checks what a contributor and the secretariat would: every confirmed
// submission stored exactly once, every failed send answered with the translated "send it again"
// form that kept the text, the server alive and serving again within seconds, /healthz 503 while
// the database was away. `--short` is the CI version: backends terminated, a small load.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { randomBytes, randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import { cookiesFrom, createAgent, send } from "../bench/http.js";
import { adminClient, runCleanUpSteps, runToExit, Throwaways } from "../support/processes.js";

const short = process.argv.includes("--short");
const restartAllowed = process.env.FAULTS_RESTART_POSTGRES === "true";
const SENDS = short ? 120 : 400;
const CONTRIBUTORS = 8;
const CLIENTS = 4;
const DEADLINE_MS = short ? 50_000 : 150_000;
const RECOVERY_MS = 10_000;
// The filer retries every few seconds while the database is away, then files what waited in batches.
const FILING_MS = 15_000;
const SEND_PATH = "/consultations/ascc-post-2025/send?section=2.1";
const CONFIRMED = /^\/my-input\/([A-Za-z0-9-]+)\?sent=1$/;
const RETRY_TEXT = "We could not save your input because the service is briefly unavailable";

const log = (message) => console.log(`[faults] ${message}`);
const throwaways = new Throwaways({
  databasePrefix: "masukan_faults_",
  dataDirPrefix: "masukan-faults-",
  log,
  startupTimeoutMs: 60_000,
  stopTimeoutMs: 10_000,
});

// The machine's PostgreSQL cluster (Debian's layout; FAULTS_CLUSTER=15/other names another one),
// restarted and, whatever happens, started again.
function cluster() {
  const [version, name] = (process.env.FAULTS_CLUSTER ?? `${readdirSync("/etc/postgresql")[0]}/main`).split("/");
  const args = (action) => ["--skip-systemctl-redirect", version, name, action];
  const ctl = (action) => execFileSync("pg_ctlcluster", args(action), { stdio: "ignore" });
  return {
    // Not synchronous: /healthz is watched while PostgreSQL is away.
    restart: () => promisify(execFile)("pg_ctlcluster", args("restart")),
    ensureRunning() {
      try {
        ctl("status");
      } catch {
        log("PostgreSQL was down after the run: starting it again");
        ctl("start");
      }
    },
  };
}

// Each contributor sends from an address of its own (through the loopback proxy the server
// trusts), as people in different offices do, so the per-address limits see a real spread.
const formHeaders = (baseUrl, person, cookie) => ({
  "Content-Type": "application/x-www-form-urlencoded",
  Origin: baseUrl,
  "X-Forwarded-For": `198.18.0.${person + 1}`,
  ...(cookie ? { Cookie: cookie } : {}),
});

async function register(agent, baseUrl) {
  const run = randomBytes(4).toString("hex");
  const cookies = [];
  for (let index = 0; index < CONTRIBUTORS; index++) {
    const result = await send(agent, `${baseUrl}/register`, {
      method: "POST",
      headers: formHeaders(baseUrl, index),
      body: new URLSearchParams({
        name: `Fault Contributor ${index + 1}`,
        email: `faults-${run}-${index + 1}@faults.masukan.test`,
        password: `faults-password-${run}-${index + 1}`,
        preferredLanguage: "en",
        organisationMode: "individual",
        redirectTo: "/",
      }).toString(),
    });
    if (result.status !== 302) throw new Error(`registering contributor ${index + 1} failed (HTTP ${result.status})`);
    cookies.push(cookiesFrom(result.headers).join("; "));
  }
  return cookies;
}

/** One send's form; the text is unique, so a failed answer can be searched for it. */
function sendForm(sequence) {
  const marker = `faults${randomBytes(6).toString("hex")}`;
  const body = `Comment ${sequence} on migrant workers' social protection, reference text ${marker}.`;
  const fields = {
    intent: "send",
    kind: "comment",
    stance: "support",
    body,
    language: "en",
    consent: "public_anonymous",
    onBehalfOf: "individual",
    idempotencyKey: randomUUID(),
    section: "2.1",
    attachmentId: "",
  };
  return { key: fields.idempotencyKey, marker, body: new URLSearchParams(fields).toString() };
}

/** Polls /healthz every 100 ms until stopped; keeps each answer with its time. */
function watchHealth(agent, baseUrl) {
  const answers = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const result = await send(agent, `${baseUrl}/healthz`, { timeoutMs: 5_000 });
      answers.push({ at: Date.now(), status: result.status });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    answers,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

/**
 * When a page that reads the database was served again (200) after a fault at `faultAt`, or null
 * if not within the recovery budget and a margin.
 */
async function servingAgainAfter(agent, baseUrl, faultAt) {
  let last = null;
  while (Date.now() < faultAt + RECOVERY_MS + 5_000) {
    const result = await send(agent, `${baseUrl}/consultations/ascc-post-2025`, { timeoutMs: 5_000 });
    if (result.status === 200) return Date.now();
    last = result.status || result.error;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  log(`  not serving again: the last answer was ${last ?? "none (the budget had passed)"}`);
  return null;
}

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    log("skipped: set DATABASE_URL to a local PostgreSQL server (the faults need a server to take away)");
    return 0;
  }
  const deadline = Date.now() + DEADLINE_MS;
  const { url, name } = await throwaways.createDatabase(adminUrl);
  const running = await throwaways.startServer({ env: { DATABASE_URL: url, TRUSTED_PROXIES: "loopback" } });
  const { baseUrl } = running;
  const agent = createAgent(CLIENTS + 2);
  const cookies = await register(agent, baseUrl);
  log(`${CONTRIBUTORS} contributors registered; ${SENDS} sends from ${CLIENTS} clients`);

  const faults = [
    {
      at: Math.floor(SENDS / 3),
      name: "backends terminated",
      async run() {
        const admin = adminClient(adminUrl);
        try {
          const killed = await admin`select pg_terminate_backend(pid) from pg_stat_activity
            where datname = ${name} and pid <> pg_backend_pid()`;
          return `${killed.length} backends`;
        } finally {
          await admin.end({ timeout: 5 });
        }
      },
    },
  ];
  if (restartAllowed && !short) {
    faults.push({
      at: Math.floor((SENDS * 2) / 3),
      name: "PostgreSQL restarted",
      run: async () => {
        await cluster().restart();
        return "pg_ctlcluster restart";
      },
    });
  }

  const health = watchHealth(agent, baseUrl);
  const confirmed = []; // { key, reference }
  const retried = []; // sends answered with the "send it again" form
  const wrong = []; // anything else: status and a snippet
  const faultTimes = [];
  // Watched from the moment of the last fault, beside the load: the load may outlast the budget.
  let recovery = null;
  let issued = 0;
  let nextFault = 0;
  const client = async (index) => {
    while (issued < SENDS && Date.now() < deadline) {
      const sequence = issued++;
      if (faults[nextFault] && sequence >= faults[nextFault].at) {
        const fault = faults[nextFault++];
        const started = Date.now();
        const what = await fault.run();
        faultTimes.push({ name: fault.name, at: started });
        if (nextFault === faults.length) recovery = servingAgainAfter(agent, baseUrl, started);
        log(`${fault.name} (${what}) after ${sequence} sends`);
      }
      const form = sendForm(sequence);
      const person = (sequence + index) % cookies.length;
      const cookie = cookies[person];
      // A person told to send again does so with the same form (the same idempotency key).
      for (let attempt = 0; attempt < 5; attempt++) {
        const result = await send(agent, `${baseUrl}${SEND_PATH}`, {
          method: "POST",
          headers: formHeaders(baseUrl, person, cookie),
          body: form.body,
          timeoutMs: 15_000,
        });
        const match = result.status === 302 ? CONFIRMED.exec(result.headers.location ?? "") : null;
        if (match) {
          confirmed.push({ key: form.key, reference: match[1] });
          break;
        }
        const page = result.body ?? "";
        if (result.status === 503 && page.includes(RETRY_TEXT) && page.includes(form.marker)) {
          retried.push({ key: form.key });
          continue;
        }
        wrong.push({ status: result.status || result.error, snippet: page.replace(/\s+/g, " ").slice(0, 200) });
        break;
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));

  const lastFault = faultTimes.at(-1)?.at ?? Date.now();
  const servingAt = await (recovery ?? servingAgainAfter(agent, baseUrl, lastFault));
  await health.stop();

  // Every stored submission filed with its near-duplicates: the filing queue empties by itself.
  let filingsLeft = null;
  const filingDeadline = Date.now() + FILING_MS;
  while (Date.now() < filingDeadline) {
    const result = await send(agent, `${baseUrl}/healthz`, { timeoutMs: 5_000 });
    try {
      filingsLeft = JSON.parse(result.body ?? "").nearDuplicateFilings?.waiting ?? null;
    } catch {
      filingsLeft = null;
    }
    if (filingsLeft === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const admin = adminClient(url);
  let rows;
  try {
    rows = await admin`select reference, idempotency_key as key from submissions
      where idempotency_key = any(${confirmed.map((c) => c.key)}::uuid[])`;
  } finally {
    await admin.end({ timeout: 5 });
  }
  const stored = new Map();
  for (const row of rows) stored.set(row.key, [...(stored.get(row.key) ?? []), row.reference]);
  const notStoredOnce = confirmed.filter(({ key, reference }) => {
    const references = stored.get(key) ?? [];
    return references.length !== 1 || references[0] !== reference;
  });

  const restart = faultTimes.find((fault) => fault.name === "PostgreSQL restarted");
  const sawUnhealthy = restart
    ? health.answers.some((answer) => answer.at >= restart.at && answer.status === 503)
    : null;
  const alive = running.server.exitCode === null && running.server.signalCode === null;
  const checks = [
    ["the server is still running", alive],
    [`every send was answered (${issued} of ${SENDS} issued before the deadline)`, issued >= SENDS],
    [`every confirmed submission is stored exactly once (${confirmed.length} confirmed)`, notStoredOnce.length === 0],
    [`every failed send got the "send it again" form with its text (${retried.length} did)`, wrong.length === 0],
    [
      `serving again within ${RECOVERY_MS / 1000} s of the last fault`,
      servingAt !== null && servingAt - lastFault <= RECOVERY_MS,
    ],
  ];
  checks.push([
    `every stored submission filed with its near-duplicates within ${FILING_MS / 1000} s (${filingsLeft ?? "?"} waiting)`,
    filingsLeft === 0,
  ]);
  if (sawUnhealthy !== null) checks.push(["/healthz said 503 while PostgreSQL was restarting", sawUnhealthy]);
  for (const [what, held] of checks) log(`${held ? "ok  " : "FAIL"} ${what}`);
  for (const { status, snippet } of wrong.slice(0, 5)) log(`  unexpected answer ${status}: ${snippet}`);
  if (notStoredOnce.length > 0) log(`  not stored exactly once: ${JSON.stringify(notStoredOnce.slice(0, 5))}`);
  if (!alive || !checks.every(([, held]) => held)) {
    const output = throwaways.serverOutput();
    if (output) log(`server output:\n${output.split("\n").slice(-30).join("\n")}`);
    return 1;
  }
  return 0;
}

await runToExit({
  main,
  cleanUp: () =>
    runCleanUpSteps("faults", {
      ...(restartAllowed ? { postgres: () => cluster().ensureRunning() } : {}),
      server: () => throwaways.stopServer(),
      databases: () => throwaways.dropDatabases(),
    }),
  onError: (error) => console.error(`[faults] ${error instanceof Error ? error.stack : error}`),
  onInterrupt: (signal) => log(`${signal}: cleaning up`),
});
