import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli";

const evaluate = (data: unknown, extra?: string[]) => runCli("app/themes/evaluate.cli.ts", data, extra);

const theme = (key: string, keywords: string[] = []) => ({ key, label_en: key, label_id: key, keywords });

/**
 * One theme learned from 300 words that its three examples share: every word weighs the same, more
 * than the model keeps per theme, and each test item has three of them.
 */
function evenlyWeightedWords() {
  const word = (i: number) => `q${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}x`;
  const words = Array.from({ length: 300 }, (_, i) => word(i));
  return {
    language: "en",
    themes: [theme("wide"), theme("other")],
    items: [
      ...Array.from({ length: 3 }, () => ({ text: words.join(" "), themes: ["wide"], split: "train" })),
      ...Array.from({ length: 3 }, (_, n) => ({ text: `lain ${n} sesuatu`, themes: ["other"], split: "train" })),
      ...Array.from({ length: 100 }, (_, j) => ({
        text: words.slice(3 * j, 3 * j + 3).join(" "),
        themes: ["wide"],
        split: "test",
      })),
    ],
  };
}

const small = {
  language: "mixed",
  themes: [theme("water", ["water", "air bersih"]), theme("roads", ["road", "jalan"])],
  items: [
    { text: "The water supply in our village fails every dry season.", themes: ["water"], split: "train" },
    { text: "Air bersih sulit didapat di desa kami saat kemarau.", themes: ["water"], split: "train" },
    { text: "The road to the market is broken and floods.", themes: ["roads"], split: "train" },
    { text: "Jalan ke pasar rusak dan sering banjir.", themes: ["roads"], split: "train" },
    { text: "Clean water and a paved road would help the school.", themes: ["water", "roads"], split: "train" },
    { text: "Pipa air di kampung kami bocor.", themes: ["water"], split: "train" },
    { text: "Our road needs lights at night.", themes: ["roads"], split: "test" },
    { text: "Sumur warga kering, air bersih harus dibeli.", themes: ["water"], split: "test" },
  ],
};

describe("npm run themes:evaluate", () => {
  it("gives the same figures on every run of the same data, equal weights included", async () => {
    const data = evenlyWeightedWords();
    const [first, second] = await Promise.all([evaluate(data), evaluate(data)]);
    expect(first.code).toBe(0);
    expect(first.result).toEqual(second.result);
    // The first line names the data file, a temporary file of its own for each run.
    expect(first.stdout.split("\n").slice(1)).toEqual(second.stdout.split("\n").slice(1));
  }, 60_000);

  it("adds per-theme figures, top-suggestion precision, coverage and an interval, and cross-validates on request", async () => {
    const [split, folds, keywords] = await Promise.all([
      evaluate(small),
      evaluate(small, ["--folds", "3"]),
      evaluate(small, ["--method", "keywords"]),
    ]);
    expect(split.code).toBe(0);
    expect(split.result).toMatchObject({ items: 2, train_items: 6, folds: null, method: "model" });
    // The keyword baseline: "road" and "air bersih" start words of the two test items, rightly.
    expect(keywords.result).toMatchObject({ method: "keywords", coverage: 1, micro_f1: 1 });
    const figures = split.result as { micro_f1: number; micro_f1_ci95: [number, number]; coverage: number };
    expect(figures.micro_f1_ci95[0]).toBeLessThanOrEqual(figures.micro_f1);
    expect(figures.micro_f1_ci95[1]).toBeGreaterThanOrEqual(figures.micro_f1);
    expect(split.result).toHaveProperty("per_theme.water.precision");
    expect(split.result).toHaveProperty("per_theme.roads.recall");
    expect(split.result).toHaveProperty("top_precision");
    expect(split.stdout).toContain("items with a suggestion");
    expect(folds.code).toBe(0);
    expect(folds.result).toMatchObject({ items: 6, folds: 3 });
    expect(folds.stdout).toContain("3-fold cross-validation over 6 train items");
  }, 60_000);

  it("scores the plain TF-IDF + logistic-regression baseline, which learns from the examples and ignores keywords", async () => {
    const data = {
      language: "en",
      themes: [theme("water", ["road"]), theme("roads", ["water"])],
      items: [
        ...Array.from({ length: 8 }, (_, i) => ({
          text: `the water pipe leaks ${i}`,
          themes: ["water"],
          split: "train",
        })),
        ...Array.from({ length: 8 }, (_, i) => ({
          text: `the road is broken ${i}`,
          themes: ["roads"],
          split: "train",
        })),
        { text: "water pipe", themes: ["water"], split: "test" },
        { text: "broken road", themes: ["roads"], split: "test" },
      ],
    };
    const run = await evaluate(data, ["--method", "plain-lr", "--c", "10"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.result).toMatchObject({ method: "plain-lr", c: 10, micro_f1: 1, coverage: 1 });
  }, 60_000);

  it("refuses a data file not in the format with one line naming what is wrong, and status 2", async () => {
    const cases: [data: unknown, said: string, extra?: string[]][] = [
      ["{ not json", "is not JSON"],
      [{ language: "en", themes: [theme("a")] }, "items:"],
      [{ ...small, items: [] }, "at least one item is needed"],
      [{ ...small, themes: [] }, "at least one theme is needed"],
      [{ ...small, items: [{ themes: ["water"], split: "test" }] }, "items.0.text"],
      [{ ...small, items: [...small.items, { text: "x", themes: ["parks"], split: "test" }] }, 'theme "parks"'],
      [{ ...small, themes: [...small.themes, theme("water")] }, 'theme "water" appears twice'],
      [{ ...small, items: small.items.filter((item) => item.split === "train") }, 'no item has "split": "test"'],
      [small, "--folds must be a whole number", ["--folds", "one"]],
      [small, "needs at least 10 train items", ["--folds", "10"]],
      [small, '--method must be "model", "keywords" or "plain-lr"', ["--method", "bayes"]],
      [small, "--c must be a number above 0", ["--method", "plain-lr", "--c", "0"]],
    ];
    const runs = await Promise.all(cases.map(([data, , extra]) => evaluate(data, extra)));
    for (const [index, run] of runs.entries()) {
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain(cases[index]?.[1]);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.result).toBeNull();
    }
  }, 60_000);

  it("scores one theme, one language, a theme it cannot suggest and texts too short to judge, and says so", async () => {
    const data = {
      language: "mixed",
      themes: [theme("water", ["water"]), theme("unknowable")],
      items: [
        { text: "The water supply fails every dry season.", themes: ["water"], split: "train" },
        { text: "Water from the well is dirty.", themes: ["water"], split: "train" },
        { text: "", themes: ["water"], split: "test" },
        { text: "abc", themes: ["water"], split: "test" },
        { text: "Please fix the water pipes in our street.", themes: ["water"], split: "test" },
      ],
    };
    const oneTheme = { ...data, themes: [theme("water", ["water"])] };
    const [run, single] = await Promise.all([evaluate(data), evaluate(oneTheme)]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('theme "unknowable" has no keywords and no training examples');
    expect(run.stderr).toContain("2 item(s) have fewer than 4 letters");
    expect(run.result).toMatchObject({ items: 3, per_theme: { unknowable: { tp: 0, fp: 0, fn: 0, f1: 0 } } });
    expect(single.code, single.stderr).toBe(0);
    expect(single.stderr).toContain("one theme only");
    expect(single.result).toMatchObject({ items: 3, per_theme: { water: { fn: expect.any(Number) } } });
  }, 60_000);
});
