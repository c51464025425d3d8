import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv";

describe("CSV cells", () => {
  it("keeps a text that a spreadsheet would run as a formula as text, by a leading apostrophe", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"])
      expect(csvCell(`${start}SUM(A1:A9)`)).toBe(`"'${start}SUM(A1:A9)"`);
    expect(csvCell("  =HYPERLINK(1)")).toBe(`"'  =HYPERLINK(1)"`);
    expect(csvCell("\nnext")).toBe(`"'\nnext"`);
    expect(csvCell("a = b, and -1")).toBe('"a = b, and -1"');
  });

  it("quotes text, doubles its quotes, keeps line breaks and Bahasa letters; numbers and empty cells as they are", () => {
    expect(csvLine(['Kata "inklusif"', "baris satu\nbaris dua", 278, null, ["a:manual", "b:suggested"]])).toBe(
      '"Kata ""inklusif""","baris satu\nbaris dua",278,,"a:manual; b:suggested"\r\n',
    );
  });
});
