import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The layers a request flows down (decision 009): a module may import its own folder and the
// layers below it, never one above. Shared helpers at one level may use each other.
const LAYERS: [level: number, folders: string[]][] = [
  [0, ["db"]],
  [
    1,
    [
      "forms",
      "i18n",
      "components",
      "styles",
      "result",
      "responses",
      "evaluation",
      "background-worker.server",
      "settings.server",
      "route-handlers.server",
    ],
  ],
  [2, ["audit", "duplicates", "notifications"]],
  [3, ["consultations", "auth"]],
  [4, ["submissions", "themes"]],
  [5, ["moderation"]],
  [6, ["summaries"]],
  [
    7,
    [
      "reports",
      "demo",
      "startup.server",
      "health.server",
      "outages.server",
      "error-log.server",
      "request-limits.server",
      "page-cache.server",
    ],
  ],
  [8, ["root", "entry.server", "entry.client", "cli"]],
  [9, ["routes"]],
];

const root = path.resolve(__dirname, "..");

/** "app/submissions/x.ts" → "submissions"; "db/schema/x.ts" → "db"; "app/root.tsx" → "root". */
function unitOf(file: string): string {
  const [top, first = ""] = path.relative(root, file).split(path.sep);
  return top === "db" ? "db" : first.replace(/\.(tsx?|css)$/, "");
}

function levelOf(unit: string): number {
  const found = LAYERS.find(([, units]) => units.includes(unit));
  if (!found) throw new Error(`${unit} is in no layer: add it to LAYERS`);
  return found[0];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "migrations") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.includes(".test.") ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/(?:from|import\() ?"([^"]+)"/g)].flatMap(([, target = ""]) => {
    if (target.startsWith("~/")) return [path.join(root, "app", target.slice(2))];
    if (target.startsWith("#db/")) return [path.join(root, "db", target.slice(4))];
    if (target.startsWith(".")) return [path.resolve(path.dirname(file), target)];
    return [];
  });
}

describe("layers", () => {
  const files = [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "db"))];

  it("has no import from a lower layer up to a higher one", () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = unitOf(file);
      for (const target of importsOf(file)) {
        const to = unitOf(target);
        if (to !== from && levelOf(to) > levelOf(from)) upward.push(`${path.relative(root, file)} → ${to}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("has no page or part importing a route module", () => {
    const intoRoutes = files
      .filter((file) => unitOf(file) !== "routes")
      .flatMap((file) =>
        importsOf(file)
          .filter((target) => unitOf(target) === "routes")
          .map(() => file),
      );
    expect(intoRoutes.map((file) => path.relative(root, file))).toEqual([]);
  });
});
