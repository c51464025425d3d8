import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { chooseLanguage, expectAccessible, expectNoHorizontalScroll, SLUG } from "./helpers";
import { demo, logInByRequest } from "./review-helpers";

// The secretariat's import and section pages on the demo consultation, which is open: its text is
// fixed, so both pages say changes go through a new version and offer no change. (Importing into a
// draft needs a draft consultation, which the demo has none of yet: tests/integration/import.test.ts
// covers the import and the editor.) Wording from locales/*/imports.json.

const IMPORT = `/admin/consultations/${SLUG}/import`;
const SECTIONS = `/admin/consultations/${SLUG}/sections`;
const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), ".artifacts", "admin-import");
mkdirSync(folder, { recursive: true });

async function shoot(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: path.join(folder, `${name}-${width}.png`), fullPage: true });
  }
}

test("an admin sees an opened consultation's sections read-only, in English and in Bahasa Indonesia", async ({
  page,
}) => {
  await logInByRequest(page, demo.admin, SECTIONS);
  await page.goto(SECTIONS);
  await chooseLanguage(page, "en");
  await expect(page.getByRole("heading", { level: 1, name: "Sections of the draft" })).toBeVisible();
  await expect(page.getByText("Changes go through a new version of the document.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "2.1" }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: /Remove/ })).toHaveCount(0);
  await expectAccessible(page, "the sections page of an opened consultation");
  await shoot(page, "sections-read-only");

  await page.goto(IMPORT);
  await expect(page.getByRole("heading", { level: 1, name: "Import a draft document" })).toBeVisible();
  await expect(page.getByLabel("Draft document")).toHaveCount(0);
  await expectAccessible(page, "the import page of an opened consultation");

  await chooseLanguage(page, "id");
  await page.goto(IMPORT);
  await expect(page.getByRole("heading", { level: 1, name: "Impor dokumen rancangan" })).toBeVisible();
  await expect(page.getByText("Perubahan dilakukan melalui versi dokumen yang baru.")).toBeVisible();
  await shoot(page, "import-read-only-id");
});

test("a moderator is refused the secretariat's pages", async ({ page }) => {
  await logInByRequest(page, demo.moderator, "/review");
  await page.goto("/review");
  await chooseLanguage(page, "en");
  const response = await page.goto(IMPORT);
  expect(response?.status()).toBe(403);
});
