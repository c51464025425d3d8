import { describe, expect, it } from "vitest";
import { contentDisposition, safeFileName } from "./file-names";

describe("the name a file is kept under", () => {
  it.each([
    ["report.html", "pdf", "report.pdf"],
    ["x.hta", "pdf", "x.pdf"],
    ["invoice.pdf.exe", "pdf", "invoice.pdf"],
    // U+202E makes "Position paper\u202Efdp.exe" read as "Position paperexe.pdf".
    ["Position paper\u202Efdp.exe", "pdf", "Position paperfdp.pdf"],
    ["bad\u0000name\u200B\u2066.docx\u2069", "docx", "badname.docx"],
    ["Kertas Posisi (final).PDF", "pdf", "Kertas Posisi (final).pdf"],
    ["..\\..\\etc/passwd", "odt", "_.._etc_passwd.odt"],
    ["notes.pdf", "docx", "notes.docx"],
    ["", "pdf", "attachment.pdf"],
    [".htaccess", "odt", "attachment.odt"],
    ["a.pdf.pdf.pdf", "pdf", "a.pdf"],
  ] as const)("keeps %j holding a %s as %j", (name, kind, safe) => {
    expect(safeFileName(name, kind)).toBe(safe);
  });

  it("changes nothing the second time, and stays within 200 characters", () => {
    const long = `${"kajian ".repeat(60)}.pdf`;
    const once = safeFileName(long, "pdf");
    expect(once.length).toBeLessThanOrEqual(200);
    expect(once).toMatch(/^kajian kajian .*\.pdf$/);
    for (const name of [once, "invoice.pdf.exe", "Position paper\u202Efdp.exe", "a.exe.pdf"]) {
      expect(safeFileName(safeFileName(name, "pdf"), "pdf")).toBe(safeFileName(name, "pdf"));
    }
  });
});

describe("the download's Content-Disposition", () => {
  it("is always an attachment, with a UTF-8 name and a plain ASCII fallback", () => {
    expect(contentDisposition("Kajian kebijakan (draf) – ASEAN's 2025.pdf")).toBe(
      'attachment; filename="Kajian kebijakan (draf) _ ASEAN\'s 2025.pdf"; ' +
        "filename*=UTF-8''Kajian%20kebijakan%20%28draf%29%20%E2%80%93%20ASEAN%27s%202025.pdf",
    );
  });
});
