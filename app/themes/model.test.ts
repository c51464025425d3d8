import { describe, expect, it } from "vitest";
import { bestThreshold, fitPlatt, microThresholds, sigmoid } from "./linear";
import { suggestThemes, trainThemeModel } from "./model";
import { parseModel, serialiseModel } from "./stored-model";

const themes = [
  { key: "water", keywords: ["water", "air bersih"] },
  { key: "roads", keywords: ["road", "jalan"] },
  { key: "schools", keywords: [] },
];

function examples(perTheme: number) {
  const water = ["pipes leak and the well ran dry", "sumur kering dan pipa bocor", "the tap water is brown"];
  const roads = [
    "potholes on the bridge road",
    "jalan berlubang dan jembatan rusak",
    "the road floods near the market",
  ];
  const schools = [
    "teachers are missing at the school",
    "guru sering tidak datang ke sekolah",
    "classrooms need books",
  ];
  const make = (texts: string[], theme: string) =>
    Array.from({ length: perTheme }, (_, i) => ({ text: `${texts[i % texts.length]} ${i}`, themes: [theme] }));
  return [...make(water, "water"), ...make(roads, "roads"), ...make(schools, "schools")];
}

describe("threshold tuning", () => {
  it("takes the cut with the best F1, midway between the scores either side", () => {
    const scores = [0.9, 0.8, 0.7, 0.4, 0.3, 0.2];
    const truth = [true, true, false, true, false, false];
    // Taking the top 4 gives F1 = 2·3/(4+3) = 0.857, better than the top 2 (0.8) or top 1 (0.5).
    expect(bestThreshold(scores, truth)).toBeCloseTo(0.35, 10);
  });

  it("takes or leaves equal scores together, so the order of the items does not matter", () => {
    expect(bestThreshold([0.5, 0.5, 0.1], [true, false, false])).toBeCloseTo(0.3, 10);
    expect(bestThreshold([0.5, 0.5, 0.1], [false, true, false])).toBeCloseTo(0.3, 10);
  });

  it("never suggests a theme that has no positive example", () => {
    expect(bestThreshold([0.9, 0.1], [false, false])).toBe(1);
  });

  it("cuts a hard theme where all the suggestions together are best, not where its own F1 is", () => {
    const easy = { scores: [0.9, 0.8, 0.7, 0.6, 0.1, 0.1], truth: [true, true, true, true, false, false] };
    const hard = { scores: [0.9, 0.5, 0.4, 0.3, 0.2, 0.1], truth: [true, false, false, true, false, true] };
    // On its own the hard theme is best taking all six (F1 6/9 against 2/4 for the top one); with
    // the easy theme's four right suggestions, taking only its top one gives micro-F1 10/12 = 0.83
    // against 14/17 = 0.82 for all six.
    expect(bestThreshold(hard.scores, hard.truth)).toBeCloseTo(0.05, 10);
    const [easyCut, hardCut] = microThresholds([easy.scores, hard.scores], [easy.truth, hard.truth], [0.5, 0.5]);
    expect(easyCut).toBe(0.5);
    expect(hardCut).toBeCloseTo(0.7, 10);
  });

  it("leaves a theme without a positive example at the cut it started from", () => {
    expect(microThresholds([[0.9, 0.2]], [[false, false]], [1])).toEqual([1]);
  });
});

describe("calibration", () => {
  it("fits Platt scaling so that a score's confidence is how often such scores were right", () => {
    // Score 2 is right 8 times in 10, score −2 twice in 10.
    const scores = [...Array(10).fill(2), ...Array(10).fill(-2)];
    const truth = [...Array(10).keys()].flatMap((i) => [i < 8]).concat([...Array(10).keys()].map((i) => i < 2));
    const { a, b } = fitPlatt(scores, truth);
    expect(sigmoid(a * 2 + b)).toBeCloseTo(0.79, 1);
    expect(sigmoid(a * -2 + b)).toBeCloseTo(0.21, 1);
  });

  it("never turns the ranking upside down when held-out scores run against the truth", () => {
    expect(fitPlatt([2, 1, -1, -2], [false, false, true, true])).toEqual({ a: 1, b: 0 });
  });
});

describe("the theme model", () => {
  it("is the same, byte for byte, when trained twice on the same data, and suggests the same", () => {
    const first = trainThemeModel(themes, examples(12));
    const second = trainThemeModel(themes, examples(12));
    expect(serialiseModel(first)).toBe(serialiseModel(second));
    const text = "Guru di sekolah kami kurang, dan buku juga.";
    expect(suggestThemes(first, text)).toEqual(suggestThemes(second, text));
  });

  it("survives being stored: a parsed model gives the same suggestions", () => {
    const model = trainThemeModel(themes, examples(12));
    const stored = parseModel(serialiseModel(model));
    if (!stored) throw new Error("the model did not parse");
    const text = "The road to the market floods every year";
    expect(suggestThemes(stored, text)).toEqual(suggestThemes(model, text));
  });

  it("lets keywords carry a theme without examples, and learns a theme without keywords from its examples", () => {
    const untrained = trainThemeModel(themes, []);
    expect(suggestThemes(untrained, "Air bersih tidak sampai ke desa kami").suggestions.map((s) => s.key)).toEqual([
      "water",
    ]);
    expect(suggestThemes(untrained, "Teachers at the school are missing").suggestions).toEqual([]);
    // Keywords alone are evidence, not certainty: more matches, more confidence, never 100 %.
    const once = suggestThemes(untrained, "The water is dirty").suggestions[0]?.confidence ?? 0;
    const thrice =
      suggestThemes(untrained, "The water is dirty, the water smells: air bersih").suggestions[0]?.confidence ?? 0;
    expect(once).toBeGreaterThanOrEqual(0.5);
    expect(thrice).toBeGreaterThan(once);
    expect(thrice).toBeLessThan(1);

    const trained = trainThemeModel(themes, examples(30));
    const judged = suggestThemes(trained, "Teachers at the school are missing again", "en");
    expect(judged.suggestions[0]?.key).toBe("schools");
    expect(judged.suggestions[0]?.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("says why, with the text's own words as written", () => {
    const trained = trainThemeModel(themes, examples(30));
    const [first] = suggestThemes(trained, "Sumur-sumur kering, pipanya bocor lagi", "id").suggestions;
    expect(first?.key).toBe("water");
    expect(first?.why.length).toBeGreaterThan(0);
    for (const word of first?.why ?? []) expect(["sumur", "kering", "pipanya", "bocor", "lagi"]).toContain(word);
  });

  it("gives no suggestion, with the reason, for empty, very short or third-language text", () => {
    const trained = trainThemeModel(themes, examples(30));
    expect(suggestThemes(trained, "").withheld).toBe("too_short");
    expect(suggestThemes(trained, "air").withheld).toBe("too_short");
    expect(suggestThemes(trained, "Nước sạch không đến được làng của chúng tôi").withheld).toBe("other_language");
    expect(suggestThemes(trained, "Quel est le problème", "other").withheld).toBe("other_language");
  });

  it("trains for a consultation without themes, and suggests nothing", () => {
    const model = trainThemeModel([], [{ text: "Roads flood every year near the market", themes: [] }]);
    expect(suggestThemes(model, "Roads flood every year near the market")).toEqual({ suggestions: [], withheld: null });
  });
});
