import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resources } from "./config";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix + key}.`)) out.set(k, v);
  }
  return out;
}

const keys = (language: "en" | "id") =>
  new Map(
    Object.entries(resources[language]).flatMap(([ns, tree]) =>
      [...flatten(tree as Tree)].map(([k, v]) => [`${ns}:${k}`, v]),
    ),
  );

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.includes(".test.") ? [full] : [];
  });
}

describe("translations", () => {
  const en = keys("en");
  const id = keys("id");

  it("has every key in both languages", () => {
    expect([...en.keys()].filter((k) => !id.has(k))).toEqual([]);
    expect([...id.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  it("has no empty text and keeps the same {{placeholders}} in both languages", () => {
    for (const [key, text] of en) {
      expect(text.trim(), key).not.toBe("");
      expect(id.get(key)?.trim(), key).not.toBe("");
      const slots = (s: string | undefined) => [...(s ?? "").matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
      expect(slots(id.get(key)), key).toEqual(slots(text));
    }
  });

  it("does not leave Bahasa Indonesia identical to English, except names", () => {
    const same = [...en].filter(([key, text]) => id.get(key) === text && text.split(" ").length > 3);
    expect(same.map(([key]) => key)).toEqual([]);
  });

  it("defines every literal key the code asks for", () => {
    const missing: string[] = [];
    const root = path.resolve(__dirname, "..");
    for (const file of sourceFiles(root)) {
      const source = readFileSync(file, "utf8");
      // A mail template's t() is fixed to the "mail" namespace (app/notifications/templates.server.ts).
      const namespace =
        source.match(/useTranslation\("(\w+)"\)/)?.[1] ?? (source.includes("defineMailTemplate") ? "mail" : "common");
      // t("key") and validation keys used as zod messages
      for (const match of source.matchAll(/\bt\("([\w.:]+)"/g)) {
        const key = match[1]!;
        const full = key.includes(":") ? key : `${namespace}:${key}`;
        const plural = `${full}_other`;
        if (!en.has(full) && !en.has(plural)) missing.push(`${path.relative(root, file)}: ${full}`);
      }
      for (const match of source.matchAll(/"(validation\.\w+)"/g)) {
        if (!en.has(`common:${match[1]}`)) missing.push(`${path.relative(root, file)}: common:${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
