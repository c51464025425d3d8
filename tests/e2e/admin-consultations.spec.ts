import { expect, test } from "@playwright/test";
import { chooseLanguage, text, uniqueSuffix, waitForHydration } from "./helpers";
import { demo, logInByRequest } from "./review-helpers";

test("an admin creates a draft that visitors cannot see until the admin opens it", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const slug = `e2e-admin-${suffix}`;
  const title = `Admin e2e consultation ${suffix}`;
  await logInByRequest(page, demo.admin, "/admin");
  await page.goto("/admin");
  await chooseLanguage(page, "en");
  await page.getByRole("link", { name: "Create a consultation" }).click();
  await waitForHydration(page);

  await page.getByLabel("Address name (slug)").fill(slug);
  await page.getByLabel("Reference prefix").fill("EADM");
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Title in Bahasa Indonesia").fill(`Konsultasi e2e admin ${suffix}`);
  await page.getByLabel("Short summary in English").fill("A consultation made by the admin test.");
  await page.getByLabel("Short summary in Bahasa Indonesia").fill("Konsultasi yang dibuat oleh uji admin.");
  await page.getByLabel("Description in English").fill("Made by a browser test.");
  await page.getByLabel("Description in Bahasa Indonesia").fill("Dibuat oleh uji peramban.");
  await page.getByLabel("Opens on").fill("2026-01-05T09:00");
  // Before the opening: refused next to the closing date, nothing typed lost.
  await page.getByLabel("Closes on").fill("2026-01-01T09:00");
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(page.getByText("The closing date must be after the opening date").first()).toBeVisible();
  await expect(page.getByLabel("Title in English")).toHaveValue(title);
  await page.getByLabel("Closes on").fill("2099-12-31T17:00");
  await page.getByRole("button", { name: "Create the draft" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sections" })).toHaveAttribute(
    "href",
    `/admin/consultations/${slug}/sections`,
  );

  const visitorContext = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "en" } });
  const visitor = await visitorContext.newPage();
  await visitor.goto("/");
  await expect(visitor.getByText(title)).toHaveCount(0);
  const hidden = await visitor.goto(`/consultations/${slug}`);
  expect(hidden?.status()).toBe(404);
  await expect(visitor.getByRole("heading", { name: text.notFound.en })).toBeVisible();

  await page.getByRole("button", { name: "Open now" }).click();
  await expect(page.getByText("Open for input", { exact: true })).toBeVisible();

  await visitor.goto(`/consultations/${slug}`);
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await visitor.goto("/");
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  await visitorContext.close();

  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, path] of [
      ["list", "/admin"],
      ["edit", `/admin/consultations/${slug}`],
      ["new", "/admin/consultations/new"],
    ] as const) {
      await page.goto(path);
      await page.screenshot({ path: `/tmp/adm-shots/${name}-${width}.png`, fullPage: true });
    }
  }
});
