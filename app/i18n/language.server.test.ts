import { describe, expect, it } from "vitest";
import { fromAcceptLanguage } from "./language.server";

describe("Accept-Language", () => {
  it.each([
    ["id-ID,id;q=0.9,en-US;q=0.8", "id"],
    ["en-GB,en;q=0.9,id;q=0.5", "en"],
    ["fr-FR,fr;q=0.9,id;q=0.7,en;q=0.6", "id"],
    ["ms-MY,ms;q=0.9", "id"],
    ["th-TH,th;q=0.9", "en"],
    ["en;q=0.2,id;q=0.8", "id"],
    ["id;q=0,en", "en"],
    ["", "en"],
  ])("%s → %s", (header, expected) => {
    expect(fromAcceptLanguage(header)).toBe(expected);
  });
});
