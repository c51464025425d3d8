import { describe, expect, it } from "vitest";
import { chooseDraft, type DraftInput, excerptOf, keyPhrases } from "./draft";

const item = (reference: string, body: string, extra: Partial<DraftInput> = {}): DraftInput => ({
  reference,
  body,
  language: "en",
  stance: "support",
  organisationType: "think_tank",
  consent: "public_named",
  groupId: null,
  ...extra,
});

const campaignLetter =
  "We call on ASEAN to guarantee universal social protection for informal workers in every member state.";

// A theme's input: a large campaign, mixed languages, an opposing view held by one organisation,
// and a private submission whose words are the most typical of all.
const fixture: DraftInput[] = [
  ...Array.from({ length: 300 }, (_, i) =>
    item(`ASCC-2026-${String(1000 + i).padStart(4, "0")}`, campaignLetter, {
      groupId: "campaign",
      organisationType: "civil_society",
      stance: "support_with_changes",
    }),
  ),
  item("ASCC-2026-0001", "Social protection for informal workers needs stable funding from national budgets."),
  item(
    "ASCC-2026-0002",
    "Informal workers lack social protection when they fall ill. Coverage should follow the worker.",
  ),
  item(
    "ASCC-2026-0003",
    "Perlindungan sosial bagi pekerja informal harus mencakup pekerja rumah tangga dan pekerja migran.",
    { language: "id", organisationType: "research_institution" },
  ),
  item("ASCC-2026-0004", "Perlindungan sosial pekerja informal perlu didanai dari anggaran daerah.", {
    language: "id",
    organisationType: "government_agency",
    stance: "neutral",
  }),
  item(
    "ASCC-2026-0005",
    "A regional social protection floor would override national labour law. We oppose this target.",
    { stance: "oppose", organisationType: "private_sector" },
  ),
  item("ASCC-2026-0006", "Social protection for informal workers, social protection for informal workers.", {
    consent: "private",
  }),
];

describe("chooseDraft", () => {
  const draft = chooseDraft(fixture);
  const quoted = draft.excerpts.map((excerpt) => excerpt.reference);

  it("gives the same draft for the same input, in any order", () => {
    expect(chooseDraft([...fixture].reverse())).toEqual(draft);
  });

  it("quotes a campaign once, with its full size", () => {
    const campaign = draft.excerpts.filter((excerpt) => excerpt.groupSize > 1);
    expect(campaign).toHaveLength(1);
    expect(campaign[0]?.groupSize).toBe(300);
  });

  it("quotes every stance, including the one held by a single organisation", () => {
    expect(new Set(draft.excerpts.map((excerpt) => excerpt.stance))).toEqual(
      new Set(["support", "support_with_changes", "neutral", "oppose"]),
    );
    expect(quoted).toContain("ASCC-2026-0005");
  });

  it("quotes across organisation types and languages", () => {
    expect(new Set(draft.excerpts.map((excerpt) => excerpt.organisationType)).size).toBeGreaterThanOrEqual(5);
    expect(draft.excerpts.some((excerpt) => excerpt.language === "id")).toBe(true);
  });

  it("never quotes private input, though it is the most typical", () => {
    expect(quoted).not.toContain("ASCC-2026-0006");
  });

  it("quotes verbatim", () => {
    for (const excerpt of draft.excerpts) {
      const source = fixture.find((candidate) => candidate.reference === excerpt.reference);
      expect(source?.body.startsWith(excerpt.text)).toBe(true);
    }
  });

  it("takes at most eight excerpts", () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      item(`ASCC-2026-${String(2000 + i)}`, `Point number ${i} about youth employment and vocational training ${i}.`),
    );
    expect(chooseDraft(many).excerpts).toHaveLength(8);
  });

  it("finds key phrases per language as they were written, a campaign counting once", () => {
    expect(draft.keyPhrases.en.slice(0, 2).sort()).toEqual(["informal workers", "social protection"]);
    expect(draft.keyPhrases.id.slice(0, 2).sort()).toEqual(["Perlindungan sosial", "pekerja informal"]);
    // The campaign's own words, sent 300 times, weigh as one voice among seven.
    expect(draft.keyPhrases.en.slice(0, 4)).not.toContain("universal");
  });
});

describe("keyPhrases", () => {
  it("keeps the surface form, not a stem", () => {
    expect(keyPhrases(["Pemberdayaan perempuan desa.", "pemberdayaan perempuan di kota.", "Kebijakan kota."])).toEqual([
      "Pemberdayaan perempuan",
      "kota",
      "desa",
      "Kebijakan",
    ]);
  });
});

describe("excerptOf", () => {
  it("keeps whole sentences up to about 300 characters", () => {
    const first = `${"Lorem ipsum dolor sit amet ".repeat(8).trim()}.`;
    expect(excerptOf(`${first} ${first} ${first}`)).toBe(first);
  });

  it("cuts a single long sentence at a word's end", () => {
    const excerpt = excerptOf("word ".repeat(200));
    expect(excerpt.endsWith("word …")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(302);
  });
});
