import { describe, expect, it } from "vitest";
import { bands, signature, similarity } from "./minhash";

const letter =
  "We, the undersigned members of the Mekong Youth Network, call on the working group to guarantee youth representation in every ASCC sectoral body and to fund national youth councils.";

describe("near-duplicate signatures", () => {
  it("rates a form letter with a changed signature line as nearly the same", () => {
    const a = signature(`${letter} Signed, Dara from Phnom Penh.`);
    const b = signature(`${letter} Signed, Sopheap from Battambang.`);
    expect(similarity(a, b)).toBeGreaterThan(0.7);
    expect(bands(a).some((band, i) => band === bands(b)[i])).toBe(true);
  });

  it("rates different texts on the same topic as different", () => {
    const a = signature(letter);
    const b = signature(
      "Youth councils exist in several member states already; the plan should build on them rather than create new bodies.",
    );
    expect(similarity(a, b)).toBeLessThan(0.2);
  });

  it("is the same for the same text whatever its case and punctuation", () => {
    expect(signature("Same words, same order!")).toEqual(signature("same   words same ORDER"));
  });
});
