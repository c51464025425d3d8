import { describe, expect, it } from "vitest";
import { countBuckets, extractFeatures, foldReduplication, GRAM, tfidf } from "./features";
import { stemEnglish, stemIndonesian } from "./stemmers";

describe("Indonesian stemming", () => {
  it.each([
    ["menulis", "tulis"],
    ["memukul", "pukul"],
    ["menyapu", "sapu"],
    ["membangun", "bangun"],
    ["pembangunan", "bangun"],
    ["dibangun", "bangun"],
    ["pelayanan", "layan"],
    ["kebersihan", "bersih"],
    ["memperbaiki", "baik"],
    ["perbaikan", "bai"], // no root dictionary: "-kan" is taken for the suffix (decision 024)
    ["jalannya", "jalan"],
    ["sekolahlah", "sekolah"],
    ["berjalan", "jalan"],
    ["mengurus", "urus"],
    ["nilai", "nilai"],
    ["air", "air"],
  ])("%s → %s", (word, stem) => {
    expect(stemIndonesian(word)).toBe(stem);
  });
});

describe("English stemming", () => {
  it.each([
    ["caresses", "caress"],
    ["ponies", "poni"],
    ["running", "run"],
    ["hopping", "hop"],
    ["relational", "relat"],
    ["happiness", "happi"],
    ["roads", "road"],
    ["flooding", "flood"],
    ["generalization", "gener"],
  ])("%s → %s", (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });
});

describe("reduplication", () => {
  it("folds a repeated word, a repeated root and a rhyming pair to the first part", () => {
    expect(foldReduplication("anak-anak")).toEqual(["anak"]);
    expect(foldReduplication("berlari-lari")).toEqual(["berlari"]);
    expect(foldReduplication("sayur-mayur")).toEqual(["sayur"]);
    expect(foldReduplication("covid-19")).toEqual(["covid", "19"]);
  });

  it("gives anak-anak the word features of anak", () => {
    const words = (text: string) => extractFeatures(text, "id").tokens.map((t) => t.stem);
    expect(words("Anak-anak butuh sekolah")).toEqual(words("anak butuh sekolah"));
  });
});

describe("feature extraction", () => {
  it("keeps the words as written beside their stems, without stop words", () => {
    const { tokens } = extractFeatures("The roads are flooding again", "en");
    expect(tokens).toEqual([
      { surface: "roads", stem: "road" },
      { surface: "flooding", stem: "flood" },
    ]);
  });

  it("shares character n-grams between a misspelt and a correct word", () => {
    const grams = (text: string) => {
      const { buckets, kinds } = extractFeatures(text, "id").hits;
      return new Set(buckets.filter((_, i) => kinds[i] === GRAM));
    };
    const right = grams("pelayanan");
    const wrong = [...grams("pelayananan")];
    expect(wrong.filter((g) => right.has(g)).length).toBeGreaterThan(10);
  });

  it("gives the same vector for the same text, every time", () => {
    const vector = () => tfidf(countBuckets(extractFeatures("Jalan-jalan rusak di desa kami", "id")), () => 1);
    const [a, b] = [vector(), vector()];
    expect([...a.indices]).toEqual([...b.indices]);
    expect([...a.values]).toEqual([...b.values]);
    const norm = [...a.values].reduce((s, v) => s + v * v, 0);
    expect(norm).toBeCloseTo(1, 5);
  });
});
