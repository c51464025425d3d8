import { describe, expect, it } from "vitest";
import { detectSubmissionLanguage } from "./language.server";

// These check the wiring on plain cases; how often the rule is right on real text is measured in
// docs/decisions/005-language-detection.md (it misses about 4 % of Indonesian, mostly as Malay).
describe("language of a submission", () => {
  it.each([
    ["Kami mendukung sasaran ini, tetapi indikatornya perlu dipilah menurut jenis kelamin.", "id"],
    ["Jejaring One Health perlu melibatkan puskesmas di tingkat kabupaten.", "id"],
    ["The focus on people with disabilities is welcome in this section.", "en"],
    ["Please publish the indicators as open data.", "en"],
    ["Chúng tôi ủng hộ mục tiêu này nhưng cần thêm chỉ số về giới.", "other"],
    ["Sinusuportahan namin ang layuning ito ngunit kailangan ng mas malinaw na mga hakbang.", "other"],
  ])("%s → %s", async (text, expected) => {
    expect(await detectSubmissionLanguage(text, "en")).toBe(expected);
  });

  it("falls back to the reader's language when there is too little to judge", async () => {
    expect(await detectSubmissionLanguage("OK 👍 https://example.org/12345", "id")).toBe("id");
    expect(await detectSubmissionLanguage("Setuju sekali.", "en")).toBe("en");
  });
});
