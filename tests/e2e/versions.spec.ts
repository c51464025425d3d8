import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import {
  chooseLanguage,
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
// Wording from locales/en/{versions,imports,amendments,admin}.json.

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
async function openedConsultation(admin: Page, slug: string) {
  await admin.goto("/admin/consultations/new");
  await waitForHydration(admin);
  await admin.getByLabel("Address name (slug)").fill(slug);
  await admin.getByLabel("Reference prefix").fill("EVER");
  await admin.getByLabel("Title in English").fill(`Versions e2e ${slug}`);
  await admin.getByLabel("Title in Bahasa Indonesia").fill(`Versi e2e ${slug}`);
  await admin.getByLabel("Short summary in English").fill("A consultation made by the versions test.");
  await admin.getByLabel("Short summary in Bahasa Indonesia").fill("Konsultasi yang dibuat oleh uji versi.");
  await admin.getByLabel("Description in English").fill("Made by a browser test.");
  await admin.getByLabel("Description in Bahasa Indonesia").fill("Dibuat oleh uji peramban.");
  await admin.getByLabel("Opens on").fill("2026-01-05T09:00");
  await admin.getByLabel("Closes on").fill("2099-12-31T17:00");
  await admin.getByRole("button", { name: "Create the draft" }).click();
  await expect(admin.getByRole("link", { name: "Versions" })).toHaveAttribute(
    "href",
    `/admin/consultations/${slug}/versions`,
  );

  await admin.goto(`/admin/consultations/${slug}/import`);
  await admin.getByLabel("Draft document").setInputFiles(DRAFT);
  await admin.getByRole("radio", { name: /^Both/ }).check();
  await admin.getByRole("button", { name: "Upload and preview" }).click();
  await admin.getByRole("button", { name: "Confirm and save the sections" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Sections of the draft" })).toBeVisible();

  await admin.goto(`/admin/consultations/${slug}`);
  await admin.getByRole("button", { name: "Open now" }).click();
  await expect(admin.getByText("Open for input", { exact: true })).toBeVisible();
}

test("an accepted amendment goes into version 2, and stays on version 1 with a link to where its text is now", async ({
  browser,
  baseURL,
}) => {
  const slug = `e2e-versions-${uniqueSuffix()}`;
  const section = `/consultations/${slug}/sections/1`;
  const secretariat = await browser.newContext();
  const admin = await secretariat.newPage();
  await logInByRequest(admin, demo.admin, "/admin");
  await admin.goto("/admin");
  await chooseLanguage(admin, "en");
  await openedConsultation(admin, slug);

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
  await expect(author).toHaveURL(/\/my-input\/EVER-\d{4}-\d{4}\?sent=1$/);
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
  await card.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: reference })).toBeVisible();

  // Version 2 is drafted with the amendment applied; input on version 1 is paused meanwhile.
  await admin.goto(`/admin/consultations/${slug}/versions`);
  await admin.getByRole("button", { name: "Draft a new version" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "The new version is drafted." })).toBeVisible();
  const outcome = admin
    .getByRole("listitem")
    .filter({ has: admin.getByRole("heading", { name: new RegExp(reference) }) });
  await expect(outcome).toContainText("Applied");
  await admin.getByRole("button", { name: "Pause input on version 1" }).click();
  await expect(admin.getByText("Input on version 1 is paused until the new version is published.")).toBeVisible();
  await author.goto(`/consultations/${slug}/send?section=1`);
  await expect(author.getByRole("note")).toContainText("Input is paused while the secretariat prepares");

  // Publishing needs the changelog; then version 2 is what readers see.
  await admin.getByRole("button", { name: "Publish version 2" }).click();
  await expect(admin.getByRole("alert")).toContainText("Write and save the changelog in both languages");
  await admin.getByLabel("What changed, in English").fill("Section 1 names the decade the plan covers.");
  await admin.getByLabel("What changed, in Bahasa Indonesia").fill("Bagian 1 menyebut dekade yang dicakup rencana.");
  await admin.getByRole("button", { name: "Save the changelog" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "The changelog is saved." })).toBeVisible();
  await expectAccessible(admin, "the versions page while drafting");
  await shoot(admin, "admin-drafting");
  await admin.getByRole("button", { name: "Publish version 2" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "The new version is published." })).toBeVisible();

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

  // Input is taken again, on version 2.
  await author.goto(`/consultations/${slug}/send?section=1`);
  await expect(author.getByText("Input is paused while the secretariat prepares")).toHaveCount(0);

  for (const context of [secretariat, contributors, moderators]) await context.close();
});
