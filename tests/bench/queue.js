// Scenario "queue": a moderator's review queue on a consultation with 1,000,000 submissions. The
// bulk loader fills the database, then a fixed mix of page loads (GET /review/bench-2026?<filters>,
// the HTML document a moderator waits for, then the same page's loader data) runs one at a time.
// See tests/bench/README.md for what each figure means.
import { BENCH_SLUG, describeKeptLoad, loadBench } from "./bulk-load.js";
import { mulberry32, SECTIONS, THEMES } from "./corpus.js";
import { cpuBetween, cpuSnapshot } from "./cpu.js";
import { createDatabase, keptDatabase, log, startServer, stopping, stopServer } from "./environment.js";
import { cookiesFrom, createAgent, send, summarise } from "./http.js";

export const DEFAULT_SUBMISSIONS = 1_000_000;
export const DEFAULT_QUERIES = 200;
export const TARGETS = { p95_ms: 50 };
// Above this many submissions a PGlite run takes long (single-threaded WebAssembly): it says so.
const PGLITE_COMFORTABLE = 100_000;
const TAGGED_SHARE = 0.2;
const SEED = 0x6d61_7375; // "masu"
const WARMUP_QUERIES = 5;
// After the queue loads, this many submission pages (a moderator opening one from the queue).
const ITEM_PAGES = 20;
const ROUTE_ID = "routes/review.$slug._index";
const MODERATOR = { email: "moderator@demo.masukan.test", password: "moderator-demo-2026" };
const QUERY_TIMEOUT_MS = 120_000;

// How many of each kind in 200 queries (scaled for --queries); next_page follows the "Next page"
// link of the query before it, in walks of 2, 3, 5 and 10 pages.
const MIX = {
  default: 10,
  status: 15,
  section: 15,
  theme: 15,
  attributes: 20,
  organisation: 15,
  search_en: 20,
  search_id: 20,
  sort: 15,
  collapse: 10,
  group: 10,
  combined: 15,
};
const WALKS = [2, 3, 5, 10];

const STATUSES = ["approved", "rejected", "withdrawn", "all"];
const LANGUAGES = ["en", "id"];
const STANCES = ["support", "support_with_changes", "oppose", "neutral"];
const KINDS = ["comment", "amendment", "general"];
const ORGANISATION_TYPES = [
  "think_tank",
  "research_institution",
  "civil_society",
  "private_sector",
  "intergovernmental",
  "government_agency",
  "individual",
];
const COUNTRIES = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL", "other"];
// websearch_to_tsquery syntax: words (AND), "phrases", or, -not. Theme words are in tens of
// thousands of submissions, places (Palawan, Kalimantan …) in a few thousand.
const SEARCH_EN = [
  "migrant workers",
  "climate change",
  '"social protection"',
  "disability",
  "teachers",
  "pandemic or zoonotic",
  "haze -peatland",
  "digital literacy",
  "indicators baseline",
  "youth employment",
  "women",
  "early warning",
  "Palawan",
  "recruitment fees",
  "mental health",
  "Mekong Delta",
];
const SEARCH_ID = [
  "pekerja migran",
  "perubahan iklim",
  '"jaminan sosial"',
  "disabilitas",
  "guru",
  "pandemi or zoonosis",
  "kesehatan jiwa",
  "literasi digital",
  "indikator",
  "pemuda",
  "perempuan",
  "peringatan dini",
  "Kalimantan",
  "biaya perekrutan",
  "lahan gambut -asap",
  "Sulawesi",
];

/**
 * The queries of a run: [{ kind, params }] and, after some, { kind: "next_page" } entries that
 * follow the link the page before gave. `groups` are the near-duplicate groups, largest first.
 */
export function queryPlan(count, groups) {
  const random = mulberry32(SEED);
  const choose = (list) => list[Math.floor(random() * list.length)];
  const maybe = (share) => random() < share;
  const sections = SECTIONS.map(([number]) => number);
  const themes = [...THEMES.map((theme) => theme.key), "untagged"];
  // A big campaign, or any group.
  const group = () => (maybe(0.5) ? groups[Math.floor(random() * Math.min(10, groups.length))] : choose(groups))?.id;
  const facets = {
    status: () => ({ status: choose(STATUSES) }),
    section: () => ({ section: choose(sections) }),
    theme: () => ({ theme: choose(themes) }),
    language: () => ({ language: choose(LANGUAGES) }),
    stance: () => ({ stance: choose(STANCES) }),
    kind: () => ({ kind: choose(KINDS) }),
    organisationType: () => ({ organisationType: choose(ORGANISATION_TYPES) }),
    country: () => ({ country: choose(COUNTRIES) }),
    attachment: () => ({ attachment: choose(["yes", "no"]) }),
  };
  const shuffle = (list) => {
    for (let index = list.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [list[index], list[other]] = [list[other], list[index]];
    }
    return list;
  };
  const several = (names, how) => {
    const picked = shuffle([...names]).slice(0, how);
    return Object.assign({}, ...picked.map((name) => facets[name]()));
  };
  const make = {
    default: () => ({}),
    status: () => facets.status(),
    section: () => ({ ...facets.section(), ...(maybe(0.3) ? { status: "all" } : {}) }),
    theme: () => ({ ...facets.theme(), ...(maybe(0.3) ? { status: choose(STATUSES) } : {}) }),
    attributes: () => several(["language", "stance", "kind", "attachment"], 1 + Math.floor(random() * 2)),
    organisation: () => several(["organisationType", "country"], 1 + Math.floor(random() * 2)),
    search_en: () => ({ q: choose(SEARCH_EN), ...(maybe(0.3) ? { status: "all" } : {}) }),
    search_id: () => ({ q: choose(SEARCH_ID), ...(maybe(0.3) ? { language: "id" } : {}) }),
    sort: () => ({ sort: choose(["oldest", "section"]), ...(maybe(0.4) ? { status: "all" } : {}) }),
    collapse: () => ({ groups: "collapse", ...(maybe(0.5) ? { status: choose(["all", "approved"]) } : {}) }),
    group: () => ({ status: "all", group: group() }),
    combined: () => ({
      ...several(Object.keys(facets), 2 + Math.floor(random() * 3)),
      ...(maybe(0.4) ? { q: choose(maybe(0.5) ? SEARCH_EN : SEARCH_ID) } : {}),
      ...(maybe(0.3) ? { sort: choose(["oldest", "section"]) } : {}),
    }),
  };
  const scale = count / DEFAULT_QUERIES;
  const walks = WALKS.map((pages) => Math.max(1, Math.round(pages * scale)));
  const walked = walks.reduce((total, pages) => total + pages, 0);
  const entries = [];
  for (const [kind, weight] of Object.entries(MIX)) {
    const times = Math.round(weight * scale);
    for (let index = 0; index < times; index++) {
      const params = make[kind]();
      if (kind === "group" && !params.group) continue;
      entries.push({ kind, params });
    }
  }
  while (entries.length < count - walked) entries.push({ kind: "default", params: {} });
  entries.length = Math.max(0, Math.min(entries.length, count - walked));
  shuffle(entries);
  // Walks start on broad views (every pending submission, or all of them, in some order).
  const broad = (entry) =>
    ["default", "sort", "collapse"].includes(entry.kind) && (!entry.params.status || entry.params.status === "all");
  const plan = [...entries];
  for (const pages of walks) {
    const starts = plan
      .map((entry, index) => (broad(entry) && !entry.walked ? index : -1))
      .filter((index) => index >= 0);
    if (starts.length === 0) break;
    const start = starts[Math.floor(random() * starts.length)];
    plan[start] = { ...plan[start], walked: true };
    plan.splice(start + 1, 0, ...Array.from({ length: pages }, (_, step) => ({ kind: "next_page", step: step + 2 })));
  }
  return plan.slice(0, count);
}

const decode = (href) => href.replaceAll("&amp;", "&").replaceAll("&#x27;", "'").replaceAll("&quot;", '"');

/** The "Next page" link of a queue page (row links go to /review/<slug>/<reference>, this one not). */
function nextLink(html, slug) {
  const pattern = new RegExp(`href="(/review/${slug}\\?[^"]*\\bafter=[^"]*)"`, "g");
  const links = [...html.matchAll(pattern)].map((match) => decode(match[1]));
  return links.at(-1) ?? null;
}

/** The submission pages a queue page links to (/review/<slug>/<reference>, without its query). */
function itemLinks(html, slug) {
  return [...html.matchAll(new RegExp(`href="(/review/${slug}/[A-Z0-9-]+)[?"]`, "g"))].map((match) => match[1]);
}

const withData = (path) => `${path}${path.includes("?") ? "&" : "?"}_data=${encodeURIComponent(ROUTE_ID)}`;

export async function logIn(agent, baseUrl) {
  const result = await send(agent, `${baseUrl}/login`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl },
    body: new URLSearchParams({ ...MODERATOR, redirectTo: "/review" }).toString(),
  });
  const pairs = cookiesFrom(result.headers);
  if (result.status !== 302 || !pairs.some((pair) => pair.startsWith("masukan_session="))) {
    throw new Error(
      `logging in as ${MODERATOR.email} failed (${result.status ? `HTTP ${result.status}` : `network ${result.error}`})`,
    );
  }
  return pairs.join("; ");
}

const round = (value, digits = 1) =>
  value === null || value === undefined ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/** A new database with the bench consultation loaded into it (kept afterwards with --keep-database). */
export async function freshLoad(options) {
  const submissions = options.submissions ?? DEFAULT_SUBMISSIONS;
  const database = await createDatabase({ keep: options.keepDatabase });
  if (database.kind === "pglite" && submissions > PGLITE_COMFORTABLE) {
    log(
      `warning: PGlite loads about 1,000 submissions a second and answers a page in seconds at this size: ` +
        `${submissions.toLocaleString("en")} submissions take a long time (use --submissions to scale down, or DATABASE_URL)`,
    );
  }
  // The server migrates and seeds the demo (the moderator's account), then stands aside: PGlite
  // allows one process per data directory, and the load should have the machine to itself.
  await startServer(database);
  await stopServer();
  const loaded = await loadBench(database, submissions, { taggedShare: TAGGED_SHARE });
  if (stopping()) throw new Error("stopped by a signal");
  return { database, loaded };
}

/** A database an earlier run kept: measuring a change to the app takes minutes, not a reload. */
export async function reuseLoad(name) {
  const database = await keptDatabase(name);
  // The server migrates it first, as a deployment would, so a new migration is measured too.
  await startServer(database);
  await stopServer();
  return { database, loaded: await describeKeptLoad(database) };
}

export const queue = {
  name: "queue",
  description: "the review queue of 1,000,000 submissions: 200 filtered, searched and paged loads, one at a time",
  async run(options) {
    const count = options.queries ?? DEFAULT_QUERIES;
    const { database, loaded } = options.database ? await reuseLoad(options.database) : await freshLoad(options);
    const submissions = loaded.data.submissions;

    const { baseUrl, pid } = await startServer(database, { cpuProfileDir: options.cpuProfileDir });
    const agent = createAgent(1);
    const results = [];
    const itemResults = [];
    let cpu = null;
    try {
      const cookie = await logIn(agent, baseUrl);
      const get = (path) =>
        send(agent, `${baseUrl}${path}`, {
          headers: { Cookie: cookie, Accept: "text/html,application/json" },
          timeoutMs: QUERY_TIMEOUT_MS,
        });
      const base = `/review/${BENCH_SLUG}`;
      const pathOf = (params) => {
        const query = new URLSearchParams(params).toString();
        return query ? `${base}?${query}` : base;
      };

      log(`warm-up: ${WARMUP_QUERIES} page loads (not counted)`);
      for (const params of [{}, { status: "all" }, { q: "health" }, { sort: "section" }, { groups: "collapse" }].slice(
        0,
        WARMUP_QUERIES,
      )) {
        const page = await get(pathOf(params));
        await get(withData(pathOf(params)));
        // A submission page too: it waits for the theme model the server builds after starting.
        const [item] = page.status === 200 ? itemLinks(page.body, BENCH_SLUG) : [];
        if (item) await get(item);
      }

      const plan = queryPlan(count, loaded.groups);
      log(`${plan.length} page loads, one at a time: the HTML document, then the loader's data (?_data=${ROUTE_ID})`);
      const before = cpuSnapshot(pid, database.name ?? null);
      let next = null;
      const opened = [];
      const started = Date.now();
      for (const [index, entry] of plan.entries()) {
        if (stopping()) throw new Error("stopped by a signal");
        const path = entry.kind === "next_page" ? next : pathOf(entry.params);
        if (!path) {
          results.push({ kind: entry.kind, path: null, skipped: "the page before had no next link" });
          continue;
        }
        const page = await get(path);
        const data = page.status === 200 ? await get(withData(path)) : null;
        let items = null;
        if (data?.status === 200) {
          try {
            items = JSON.parse(data.body).items?.length ?? null;
          } catch {
            items = null;
          }
        }
        next = page.status === 200 ? nextLink(page.body, BENCH_SLUG) : null;
        if (page.status === 200 && opened.length < ITEM_PAGES)
          opened.push(...itemLinks(page.body, BENCH_SLUG).slice(0, 2));
        results.push({
          kind: entry.kind,
          path,
          status: page.status || `network ${page.error}`,
          ms: page.ms,
          data_status: data ? data.status || `network ${data.error}` : null,
          data_ms: data?.ms ?? null,
          items,
        });
        if ((index + 1) % Math.max(1, Math.round(plan.length / 10)) === 0 && index + 1 < plan.length) {
          log(`  ${index + 1} / ${plan.length} page loads (${Math.round((Date.now() - started) / 1000)} s)`);
        }
      }
      cpu = cpuBetween(before, cpuSnapshot(pid, database.name ?? null));
      log(
        `${Math.min(ITEM_PAGES, opened.length)} submission pages opened from the queue, one at a time (not in the queue's figures)`,
      );
      for (const path of opened.slice(0, ITEM_PAGES)) {
        const page = await get(path);
        itemResults.push({ path, status: page.status || `network ${page.error}`, ms: page.ms });
      }
    } finally {
      agent.destroy();
      await stopServer();
    }
    return figuresOf({ database, submissions, loaded, results, itemResults, cpu });
  },

  report(figures) {
    const lines = [];
    const title = `queue on ${figures.database}: ${figures.submissions.toLocaleString("en")} submissions, ${figures.queries} page loads one at a time`;
    lines.push(title, "-".repeat(title.length));
    lines.push(
      figures.load_s === null
        ? "measured on a kept database (--database): not loaded by this run"
        : `loaded in ${figures.load_s} s (${Object.entries(figures.load_phases)
            .map(([name, value]) => `${name.replace(/_s$/, "")} ${value} s`)
            .join(", ")})`,
      "",
    );
    const header = [
      "kind",
      "count",
      "p50 ms",
      "p95 ms",
      "max ms",
      "data p50",
      "data p95",
      `≥ ${TARGETS.p95_ms} ms`,
      "errors",
    ];
    const rows = Object.entries(figures.kinds).map(([kind, k]) => [
      kind,
      String(k.count),
      String(k.p50_ms ?? "-"),
      String(k.p95_ms ?? "-"),
      String(k.max_ms ?? "-"),
      String(k.data_p50_ms ?? "-"),
      String(k.data_p95_ms ?? "-"),
      String(k.over_target),
      String(k.failed || "-"),
    ]);
    rows.push([
      "all",
      String(figures.ok),
      String(figures.p50_ms),
      String(figures.p95_ms),
      String(figures.max_ms),
      String(figures.data_p50_ms),
      String(figures.data_p95_ms),
      String(figures.over_target),
      String(figures.failed || "-"),
    ]);
    const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
    const format = (row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
        .join("  ");
    lines.push(format(header), ...rows.map(format), "");
    const check = figures.p95_ms !== null && figures.p95_ms < TARGETS.p95_ms ? "ok" : "MISSED";
    lines.push(
      `p50          ${figures.p50_ms} ms (document), ${figures.data_p50_ms} ms (loader data)`,
      `p95          ${figures.p95_ms} ms (document; target < ${TARGETS.p95_ms}: ${check}), ${figures.data_p95_ms} ms (loader data)`,
      `CPU/query    ${figures.server_cpu_ms_per_query ?? "-"} ms app server, ${figures.postgres_cpu_ms_per_query ?? "-"} ms PostgreSQL (document and data)`,
      `slowest      ${figures.slowest
        .slice(0, 3)
        .map((query) => `${query.ms} ms ${query.path}`)
        .join("\n             ")}`,
    );
    const item = figures.item_pages;
    lines.push(
      `item pages   ${item.count} submission pages opened from the queue: p50 ${item.p50_ms} ms, p95 ${item.p95_ms} ms, max ${item.max_ms} ms${item.failed ? `, ${item.failed} failed` : ""}`,
    );
    if (figures.failed > 0)
      lines.push(
        `failed       ${figures.failed}: ${Object.entries(figures.errors)
          .map(([label, n]) => `${label}: ${n}`)
          .join(", ")}`,
      );
    if (figures.skipped > 0)
      lines.push(`skipped      ${figures.skipped} next pages (the page before had no next link: too few submissions)`);
    if (figures.other_percent !== null && figures.other_percent > 10) {
      lines.push(
        `warning: other programs used ${figures.other_percent}% of the CPU during the timed queries; latencies are not comparable`,
      );
    }
    return lines;
  },

  failure: "a page load failed (not HTTP 200)",

  /** Whether the run was broken (a page did not load), not whether the target was missed. */
  failed(figures) {
    return figures.failed > 0 || figures.ok === 0 || figures.item_pages.failed > 0;
  },
};

function figuresOf({ database, submissions, loaded, results, itemResults, cpu }) {
  const done = results.filter((result) => !result.skipped);
  const ok = done.filter((result) => result.status === 200 && result.data_status === 200);
  const errors = {};
  for (const result of done) {
    if (result.status !== 200) errors[`HTTP ${result.status}`] = (errors[`HTTP ${result.status}`] ?? 0) + 1;
    else if (result.data_status !== 200)
      errors[`data HTTP ${result.data_status}`] = (errors[`data HTTP ${result.data_status}`] ?? 0) + 1;
  }
  const kinds = {};
  for (const kind of [...Object.keys(MIX), "next_page"]) {
    const mine = done.filter((result) => result.kind === kind);
    if (mine.length === 0) continue;
    const good = mine.filter((result) => result.status === 200 && result.data_status === 200);
    const page = summarise(good.map((result) => result.ms));
    const data = summarise(good.map((result) => result.data_ms));
    kinds[kind] = {
      count: good.length,
      failed: mine.length - good.length,
      p50_ms: page.p50_ms,
      p95_ms: page.p95_ms,
      max_ms: page.max_ms,
      data_p50_ms: data.p50_ms,
      data_p95_ms: data.p95_ms,
      over_target: good.filter((result) => result.ms >= TARGETS.p95_ms).length,
    };
  }
  const page = summarise(ok.map((result) => result.ms));
  const data = summarise(ok.map((result) => result.data_ms));
  const perQuery = (seconds) => (cpu && ok.length > 0 ? round((seconds * 1000) / ok.length) : null);
  return {
    database: database.kind,
    submissions,
    queries: results.length,
    ok: ok.length,
    failed: done.length - ok.length,
    skipped: results.length - done.length,
    p50_ms: page.p50_ms,
    p95_ms: page.p95_ms,
    p99_ms: page.p99_ms,
    max_ms: page.max_ms,
    mean_ms: page.mean_ms,
    data_p50_ms: data.p50_ms,
    data_p95_ms: data.p95_ms,
    data_max_ms: data.max_ms,
    kinds,
    slowest: [...ok]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10)
      .map((result) => ({
        kind: result.kind,
        ms: round(result.ms),
        data_ms: round(result.data_ms),
        path: result.path,
      })),
    over_target: ok.filter((result) => result.ms >= TARGETS.p95_ms).length,
    pages: done.map((result) => ({
      kind: result.kind,
      ms: round(result.ms),
      data_ms: result.data_ms === null ? null : round(result.data_ms),
      path: result.path,
    })),
    errors,
    item_pages: {
      count: itemResults.length,
      failed: itemResults.filter((result) => result.status !== 200).length,
      ...(({ p50_ms, p95_ms, max_ms }) => ({ p50_ms, p95_ms, max_ms }))(
        summarise(itemResults.filter((result) => result.status === 200).map((result) => result.ms)),
      ),
    },
    load_s: loaded.load_s,
    load_phases: loaded.phases,
    data: loaded.data,
    server_cpu_ms_per_query: perQuery(cpu?.server_cpu_s),
    postgres_cpu_ms_per_query: database.kind === "postgres" ? perQuery(cpu?.postgres_cpu_s) : null,
    other_percent: cpu?.other_percent ?? null,
    cpu,
  };
}
