import { describe, expect, it } from "vitest";
import { detectAttachmentKind } from "./file-type";
import { minimalDocx, minimalOdt, minimalPdf } from "../../tests/fixtures/documents";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("attachment type by content", () => {
  it("recognises PDF, DOCX and ODT", () => {
    expect(detectAttachmentKind(minimalPdf())).toBe("pdf");
    expect(detectAttachmentKind(minimalDocx())).toBe("docx");
    expect(detectAttachmentKind(minimalOdt())).toBe("odt");
  });

  it("refuses files that only claim to be documents", () => {
    expect(detectAttachmentKind(bytes("MZ\x90\x00 this is a Windows program"))).toBeNull();
    expect(detectAttachmentKind(bytes("<html><script>alert(1)</script></html>"))).toBeNull();
    expect(detectAttachmentKind(bytes("PDF-1.7 but missing the percent sign"))).toBeNull();
    expect(detectAttachmentKind(bytes("PK\x03\x04 a zip of photos.jpg"))).toBeNull();
    expect(detectAttachmentKind(new Uint8Array())).toBeNull();
  });
});
