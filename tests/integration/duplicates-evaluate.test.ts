import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli";

const evaluate = (data: unknown) => runCli("app/duplicates/evaluate.cli.ts", data);

const letter =
  "Kami, warga desa, meminta pemerintah memasukkan penyediaan air bersih ke dalam prioritas rencana aksi karena setiap kemarau sumur kami kering.";

describe("npm run duplicates:evaluate", () => {
  it("scores the app's grouping pair by pair, the same on every run", async () => {
    const data = {
      items: [
        { id: 1, text: `${letter} Hormat kami, Siti.`, group: "letter" },
        { id: 2, text: `${letter} Hormat kami, Budi.`, group: "letter" },
        { id: 3, text: `Yth. kelompok kerja, ${letter}`, group: "letter" },
        // Short texts on one topic, in both languages, are not copies of each other.
        { id: 4, text: "Air bersih untuk desa kami.", group: "a" },
        { id: 5, text: "Kami butuh air bersih.", group: "b" },
        { id: 6, text: "Clean water for our village.", group: "c" },
        { id: 7, text: "We need clean water.", group: "d" },
      ],
    };
    const [first, second] = await Promise.all([evaluate(data), evaluate(data)]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.result).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
      true_pairs: 3,
      found_pairs: 3,
      true_groups: 1,
      found_groups: 1,
      items: 7,
    });
    expect(first.stdout).toContain("groups of two or more: 1 found, 1 true");
    expect(second.result).toEqual(first.result);
  }, 60_000);

  it("refuses a data file not in the format with one line naming what is wrong, and status 2", async () => {
    const cases: [data: unknown, said: string][] = [
      ["[1, 2", "is not JSON"],
      [{ items: [] }, "at least one item is needed"],
      [{ items: [{ id: 1, text: "a b c" }] }, "items.0.group"],
      [{ rows: [] }, "items:"],
      [
        {
          items: [
            { id: 1, text: "a", group: "x" },
            { id: 1, text: "b", group: "y" },
          ],
        },
        'id "1" appears twice',
      ],
    ];
    const runs = await Promise.all(cases.map(([data]) => evaluate(data)));
    for (const [index, run] of runs.entries()) {
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain(cases[index]?.[1]);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
    }
  }, 60_000);

  it("says that texts without words are grouped together, and scores them so", async () => {
    const run = await evaluate({
      items: [
        { id: "a", text: "", group: "a" },
        { id: "b", text: "?!", group: "b" },
        { id: "c", text: "abc", group: "c" },
      ],
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("2 item(s) have no words");
    expect(run.result).toMatchObject({ found_pairs: 1, right_pairs: 0, precision: 0 });
  }, 60_000);
});
