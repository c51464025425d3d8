import { describe, expect, it } from "vitest";
import { escapeHtml } from "./content";
import { renderMail } from "./templates.server";
import { decisionMail } from "./templates/decision.server";
import { digestMail } from "./templates/digest.server";
import { passwordResetMail } from "./templates/password-reset.server";
import { receiptMail } from "./templates/receipt.server";

const consultationTitle = { en: "ASCC plan", id: "Rencana ASCC" };

describe("mail templates", () => {
  it("writes a receipt in each language, as text and HTML, with the reference's slot and the link to My input", () => {
    const params = {
      name: "Siti",
      consultationTitle,
      section: { number: "2.1", heading: { en: "Youth", id: "Pemuda" } },
    };
    const en = renderMail(receiptMail, params, "en");
    const id = renderMail(receiptMail, params, "id");
    expect(en.subject).toBe("We received your input (%%reference%%)");
    expect(id.subject).toBe("Masukan Anda telah kami terima (%%reference%%)");
    expect(en.text).toContain('"ASCC plan"');
    expect(en.text).toContain("Section 2.1: Youth");
    expect(id.text).toContain('"Rencana ASCC"');
    expect(id.text).toContain("Bagian 2.1: Pemuda");
    expect(en.text).toContain("http://localhost:3000/my-input/%%reference%%");
    expect(en.html).toContain('<html lang="en">');
    expect(id.html).toContain('<html lang="id">');
    expect(id.html).toContain('href="http://localhost:3000/my-input/%%reference%%"');
  });

  it("gives a rejection's reason and the moderator's note, escaped in the HTML", () => {
    const params = {
      consultationTitle,
      decision: { intent: "reject" as const, reason: "off_topic" as const, note: "See <section 3> & the annex" },
    };
    const en = renderMail(decisionMail, params, "en");
    const id = renderMail(decisionMail, params, "id");
    expect(en.subject).toBe("Your input %%reference%% was not published");
    expect(en.text).toContain("It was not published because it is not about this consultation.");
    expect(id.text).toContain("Masukan ini tidak diterbitkan karena isinya tidak berkaitan dengan konsultasi ini.");
    expect(en.text).toContain("Note from the working group: See <section 3> & the annex");
    expect(en.html).toContain(escapeHtml("See <section 3> & the annex"));
    expect(en.html).not.toContain("<section 3>");
  });

  it("tells an approval without a reason", () => {
    const en = renderMail(decisionMail, { consultationTitle, decision: { intent: "approve" } }, "en");
    expect(en.subject).toBe("Your input %%reference%% is published");
    expect(en.text).toContain("and published it.");
    expect(en.text).not.toContain("not published because");
  });

  it("sends a reset link that says how long it works, in both languages", () => {
    const params = { name: "Budi", token: "abc", validMinutes: 60 };
    expect(renderMail(passwordResetMail, params, "en").text).toContain("works once and for 60 minutes");
    expect(renderMail(passwordResetMail, params, "id").text).toContain("berlaku selama 60 menit");
    expect(renderMail(passwordResetMail, params, "id").text).toContain("http://localhost:3000/reset-password/abc");
  });

  it("lays the digest out by consultation and section, with links into the review", () => {
    const consultations = [
      {
        slug: "ascc",
        title: consultationTitle,
        count: 12,
        sections: [
          { section: null, count: 1, items: [{ reference: "A-1", createdAt: new Date(), excerpt: "Whole" }] },
          {
            section: { number: "2.1", position: 1, heading: { en: "Youth", id: "Pemuda" } },
            count: 11,
            items: [{ reference: "A-2", createdAt: new Date(), excerpt: "On youth" }],
          },
        ],
      },
    ];
    const day = new Date("2026-12-02T00:00:00Z");
    const en = renderMail(digestMail, { day, timeZone: "Asia/Jakarta", consultations }, "en");
    const id = renderMail(digestMail, { day, timeZone: "Asia/Jakarta", consultations }, "id");
    expect(en.subject).toBe("New input on 2 December 2026: 12 submissions");
    expect(id.subject).toBe("Masukan baru pada 2 Desember 2026: 12 masukan");
    expect(en.text).toContain("sent on 2 December 2026 (Western Indonesia Time)");
    expect(id.text).toContain("dikirim pada 2 Desember 2026 (Waktu Indonesia Barat)");
    expect(en.text).toContain("ASCC plan · On the whole draft (1)");
    expect(en.text).toContain("ASCC plan · Section 2.1: Youth (11)");
    expect(id.text).toContain("Rencana ASCC · Bagian 2.1: Pemuda (11)");
    expect(en.text).toContain("and 10 more in the review queue");
    expect(en.html).toContain('href="http://localhost:3000/review/ascc/A-2"');
  });
});
