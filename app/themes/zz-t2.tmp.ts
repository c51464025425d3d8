import { readFileSync } from "node:fs";
import { trainThemeModel } from "./model";
const d = JSON.parse(readFileSync("/tmp/h13data/ibrohim.json", "utf8"));
const n = Number(process.argv[2] ?? 200000);
const ex = Array.from({ length: n }, (_, i) => {
  const it = d.items[i % d.items.length];
  return { text: `${it.text} ${i}`, language: "id" as const, themes: it.themes };
});
const t = performance.now();
trainThemeModel(d.themes, ex);
console.log(n, "train s", (performance.now() - t) / 1000);
