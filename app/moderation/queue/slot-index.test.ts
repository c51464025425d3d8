import { describe, expect, it } from "vitest";
import { SlotIndex } from "./slot-index";

describe("the kept totals' slot index", () => {
  it("finds each of 100,000 keys, numbers up to 45 bits and texts, after growing many times", () => {
    const index = new SlotIndex();
    const keys: (number | string)[] = [];
    for (let n = 0; n < 100_000; n++) {
      // Keys that differ only in their high bits, or only in their low ones, and a few texts.
      const key = n % 10 === 0 ? `${n},1,true` : n % 2 === 0 ? n * 2 ** 24 + 7 : n;
      expect(index.get(key)).toBeUndefined();
      index.add(key, n);
      keys.push(key);
    }
    keys.forEach((key, slot) => {
      expect(index.get(key)).toBe(slot);
    });
    expect(index.get(2 ** 45 - 1)).toBeUndefined();
    expect(index.get("0,1,false")).toBeUndefined();
  });
});
