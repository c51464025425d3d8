import { expect, test } from "@playwright/test";
import { chooseLanguage, OVERVIEW, sectionPath, text } from "./helpers";

const missing = [
  { what: "an unknown consultation", path: "/consultations/no-such-consultation" },
  { what: "an unknown section", path: sectionPath("99.9") },
  { what: "an address no route claims", path: "/no/such/page" },
];

for (const { what, path } of missing) {
  test(`${what} answers 404 with the not-found page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.notFound.en);
    await expect(page.getByRole("link", { name: "Go to the list of consultations" })).toHaveAttribute("href", "/");
  });
}

test("the not-found page is translated in Bahasa Indonesia mode", async ({ page }) => {
  await page.goto(OVERVIEW);
  await chooseLanguage(page, "id");

  for (const path of ["/consultations/no-such-consultation", sectionPath("99.9")]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.notFound.id);
    await expect(page.getByRole("link", { name: "Buka daftar konsultasi" })).toBeVisible();
  }
});

test("following the link from the not-found page leads back to the consultations", async ({ page }) => {
  await page.goto("/consultations/no-such-consultation");
  await page.getByRole("link", { name: "Go to the list of consultations" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Consultations" })).toBeVisible();
});

test("error pages have a translated title", async ({ page }) => {
  await page.goto("/consultations/no-such-consultation");
  await expect(page).toHaveTitle(`${text.notFound.en} · Masukan`, { timeout: 2_000 });
  await chooseLanguage(page, "id");
  await expect(page).toHaveTitle(`${text.notFound.id} · Masukan`);
});
