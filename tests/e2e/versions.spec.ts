import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import {
  expectAccessible,
  expectNoHorizontalScroll,
  registerThroughForm,
  uniqueSuffix,
  waitForHydration,
} from "./helpers";
import { demo, logInByRequest } from "./review-helpers";
import { continueToPreview, sendForm, words } from "./submission-helpers";

// Issue 14, items 4 and 5: a consultation of its own (the demo's must keep its first version for the
// other specs), imported from the two-language fixture, opened, amended, and published as version 2.
// The demo admin reads Bahasa Indonesia (other specs rely on it, so this one does not switch it):
// the secretariat's wording is from locales/id/{admin,imports,amendments,versions}.json, the
// contributor's from locales/en.
const id = {
  slug: "Nama alamat (slug)",
  prefix: "Awalan nomor referensi",
  titleEn: "Judul dalam bahasa Inggris",
  titleId: "Judul dalam Bahasa Indonesia",
  summaryEn: "Ringkasan singkat dalam bahasa Inggris",
  summaryId: "Ringkasan singkat dalam Bahasa Indonesia",
  descriptionEn: "Deskripsi dalam bahasa Inggris",
  descriptionId: "Deskripsi dalam Bahasa Indonesia",
  opensAt: "Dibuka pada",
  closesAt: "Ditutup pada",
  create: "Buat draf",
  versions: "Versi",
  file: "Dokumen rancangan",
  both: /^Keduanya/,
  upload: "Unggah dan lihat pratinjau",
  confirm: "Konfirmasi dan simpan bagian-bagian",
  sections: "Bagian-bagian rancangan",
  openNow: "Buka sekarang",
  opened: "Terbuka untuk masukan",
  accept: "Terima",
  draft: "Susun versi baru",
  drafted: "Versi baru sudah disusun.",
  applied: "Diterapkan",
  freeze: "Hentikan sementara masukan pada versi 1",
  frozen: "Masukan pada versi 1 dihentikan sementara sampai versi baru diterbitkan.",
  publish: "Terbitkan versi 2",
  changelogMissing: "Tulis dan simpan catatan perubahan dalam kedua bahasa",
  changelogEn: "Apa yang berubah, dalam bahasa Inggris",
  changelogId: "Apa yang berubah, dalam Bahasa Indonesia",
  saveChangelog: "Simpan catatan perubahan",
  changelogSaved: "Catatan perubahan tersimpan.",
  published: "Versi baru sudah diterbitkan.",
};

const here = path.dirname(fileURLToPath(import.meta.url));
const DRAFT = path.join(here, "..", "fixtures", "two-language-draft.md");
const folder = path.join(here, ".artifacts", "versions");
mkdirSync(folder, { recursive: true });

const PASSAGE = "plan in brief.";
const PROPOSED = "plan in brief, for the decade to 2035.";

async function shoot(page: Page, name: string) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: path.join(folder, `${name}-${width}.png`), fullPage: true });
  }
}

/** A new consultation through the admin's forms, its draft imported from the fixture, then opened. */
async function openedConsultation(admin: Page, slug: string, prefix: string) {
  await admin.goto("/admin/consultations/new");
  await waitForHydration(admin);
  await admin.getByLabel(id.slug).fill(slug);
  await admin.getByLabel(id.prefix).fill(prefix);
  await admin.getByLabel(id.titleEn).fill(`Versions e2e ${slug}`);
  await admin.getByLabel(id.titleId).fill(`Versi e2e ${slug}`);
  await admin.getByLabel(id.summaryEn).fill("A consultation made by the versions test.");
  await admin.getByLabel(id.summaryId).fill("Konsultasi yang dibuat oleh uji versi.");
  await admin.getByLabel(id.descriptionEn).fill("Made by a browser test.");
  await admin.getByLabel(id.descriptionId).fill("Dibuat oleh uji peramban.");
  await admin.getByLabel(id.opensAt).fill("2026-01-05T09:00");
  await admin.getByLabel(id.closesAt).fill("2099-12-31T17:00");
  await admin.getByRole("button", { name: id.create }).click();
  await expect(admin.getByRole("link", { name: id.versions, exact: true })).toHaveAttribute(
    "href",
    `/admin/consultations/${slug}/versions`,
  );

  await admin.goto(`/admin/consultations/${slug}/import`);
  await admin.getByLabel(id.file).setInputFiles(DRAFT);
  await admin.getByRole("radio", { name: id.both }).check();
  await admin.getByRole("button", { name: id.upload }).click();
  await admin.getByRole("button", { name: id.confirm }).click();
  await expect(admin.getByRole("heading", { level: 1, name: id.sections })).toBeVisible();

  await admin.goto(`/admin/consultations/${slug}`);
  await admin.getByRole("button", { name: id.openNow }).click();
  await expect(admin.getByText(id.opened, { exact: true })).toBeVisible();
}

test("an accepted amendment goes into version 2, and stays on version 1 with a link to where its text is now", async ({
  browser,
  baseURL,
}) => {
  // Four people, two documents and some twenty pages: three times the usual budget (30 s).
  test.slow();
  const suffix = uniqueSuffix();
  const slug = `e2e-versions-${suffix}`;
  // Reference prefixes are capital letters, one per consultation: the suffix's digits become letters too.
  const prefix = `V${suffix
    .replace(/\d/g, (digit) => "GHIJKLMNOP"[Number(digit)] ?? "Q")
    .toUpperCase()
    .slice(0, 9)}`;
  const section = `/consultations/${slug}/sections/1`;
  const secretariat = await browser.newContext();
  const admin = await secretariat.newPage();
  await logInByRequest(admin, demo.admin, "/admin");
  await openedConsultation(admin, slug, prefix);

  // A contributor proposes an amendment to section 1.
  const w = words.en;
  const contributors = await browser.newContext();
  const author = await contributors.newPage();
  await registerThroughForm(author, "versions", "en");
  await author.goto(`/consultations/${slug}/send?section=1`);
  await waitForHydration(author);
  const form = sendForm(author, w);
  await form.amendment.check();
  await form.stance(w.supportWithChanges).check();
  await form.quotedPassage.fill(PASSAGE);
  await form.body.fill("The plan should say which decade it covers.");
  await form.proposedText.fill(PROPOSED);
  await form.consent(w.anonymous).check();
  await continueToPreview(author, w);
  // Not sendFromPreview: it expects the demo's ASCC references, and this consultation numbers its own.
  await author.getByRole("main").getByRole("button", { name: w.send, exact: true }).click();
  await expect(author).toHaveURL(new RegExp(`/my-input/${prefix}-\\d{4}-\\d{4}\\?sent=1$`));
  const reference = new URL(author.url()).pathname.split("/").pop() ?? "";

  // The working group approves it; the secretariat accepts it.
  const moderators = await browser.newContext();
  const moderator = await moderators.newPage();
  await logInByRequest(moderator, demo.moderator, "/review");
  const approved = await moderator.request.post(`/review/${slug}/${reference}`, {
    form: { intent: "approve" },
    headers: { Origin: new URL(baseURL!).origin },
  });
  expect(approved.status()).toBe(200);
  await admin.goto(`/admin/consultations/${slug}/amendments`);
  const card = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name: new RegExp(reference) }) });
  await card.getByRole("button", { name: id.accept, exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: reference })).toBeVisible();

  // Version 2 is drafted with the amendment applied; input on version 1 is paused meanwhile.
  await admin.goto(`/admin/consultations/${slug}/versions`);
  await admin.getByRole("button", { name: id.draft }).click();
  await expect(admin.getByRole("status").filter({ hasText: id.drafted })).toBeVisible();
  const outcome = admin
    .getByRole("listitem")
    .filter({ has: admin.getByRole("heading", { name: new RegExp(reference) }) });
  await expect(outcome).toContainText(id.applied);
  await admin.getByRole("button", { name: id.freeze }).click();
  await expect(admin.getByText(id.frozen)).toBeVisible();
  await author.goto(`/consultations/${slug}/send?section=1`);
  await expect(author.getByRole("note")).toContainText("Input is paused while the secretariat prepares");

  // Publishing needs the changelog; then version 2 is what readers see.
  await admin.getByRole("button", { name: id.publish }).click();
  await expect(admin.getByRole("alert")).toContainText(id.changelogMissing);
  await admin.getByLabel(id.changelogEn).fill("Section 1 names the decade the plan covers.");
  await admin.getByLabel(id.changelogId).fill("Bagian 1 menyebut dekade yang dicakup rencana.");
  await admin.getByRole("button", { name: id.saveChangelog }).click();
  await expect(admin.getByRole("status").filter({ hasText: id.changelogSaved })).toBeVisible();
  await expectAccessible(admin, "the versions page while drafting");
  await shoot(admin, "admin-drafting");
  await admin.getByRole("button", { name: id.publish }).click();
  await expect(admin.getByRole("status").filter({ hasText: id.published })).toBeVisible();

  // The author's amendment still shows on version 1, and says where that text is now.
  await author.goto(`/my-input/${reference}`);
  await expect(author.getByRole("main")).toContainText("version 1, section 1");
  await author.getByRole("link", { name: /^version 1, section 1/ }).click();
  await expect(author.getByRole("main")).toContainText("You are reading version 1");
  await expect(author.getByRole("main")).toContainText("The plan should say which decade it covers.");
  await expect(author.locator("#section-text")).not.toContainText("for the decade to 2035");
  await shoot(author, "section-version-1");
  await author.getByRole("note").getByRole("link", { name: /^1 / }).click();
  await expect(author).toHaveURL(new RegExp(`${section}$`));
  await expect(author.locator("#section-text")).toContainText(PROPOSED);
  await expect(author.getByRole("heading", { name: "What changed in version 2" })).toBeVisible();

  // Compared with version 1, word by word.
  await author.getByRole("link", { name: "Compare with the previous version" }).click();
  const compare = author.getByRole("region", { name: "Changes since version 1" });
  await expect(compare.locator("ins").first()).toContainText("for the decade to 2035");
  await expectAccessible(author, "a section compared with the previous version");
  await shoot(author, "section-compare");

  // The consultation's page lists the published versions and reads the older one on request.
  await author.goto(`/consultations/${slug}?version=1`);
  await expect(author.getByRole("navigation", { name: "Versions" }).getByRole("link")).toHaveText([
    "Version 1",
    "Version 2",
  ]);
  await expect(author.getByRole("main")).toContainText("You are reading version 1");
  await expectAccessible(author, "the consultation's page on an older version");
  await shoot(author, "overview-version-1");

  // Input is taken again, on version 2.
  await author.goto(`/consultations/${slug}/send?section=1`);
  await expect(author.getByText("Input is paused while the secretariat prepares")).toHaveCount(0);

  for (const context of [secretariat, contributors, moderators]) await context.close();
});
