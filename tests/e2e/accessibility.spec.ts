import { expect, test } from "@playwright/test";
import { expectAccessible, OVERVIEW, registerThroughForm, sectionPath, waitForHydration } from "./helpers";

// axe-core on every public page, in both languages and at phone and laptop widths.
// Only serious and critical findings fail a test.
// The language comes from the browser's Accept-Language here (the header switch has its own tests).

const widths = [
  { label: "360px", viewport: { width: 360, height: 800 } },
  { label: "1280px", viewport: { width: 1280, height: 900 } },
];

for (const language of ["en", "id"] as const) {
  for (const { label, viewport } of widths) {
    test.describe(`${language}, ${label}`, () => {
      test.use({ viewport, locale: language === "id" ? "id-ID" : "en-GB" });

      test.afterEach(async ({ page }) => {
        // Every page checked was in the language meant.
        await expect(page.locator("html")).toHaveAttribute("lang", language);
      });

      test("home", async ({ page }) => {
        await page.goto("/");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectAccessible(page, `home (${language}, ${label})`);
      });

      test("consultation overview", async ({ page }) => {
        await page.goto(OVERVIEW);
        await expect(page.locator(".toc li").first()).toBeVisible();
        await expectAccessible(page, `consultation overview (${language}, ${label})`);
      });

      test("section page with published input", async ({ page }) => {
        await page.goto(sectionPath("2.1"));
        await expect(page.locator(".parallel__column.is-shown .prose").first()).toBeVisible();
        // The demo data publishes input on 2.1: its counts by stance (at the top) and the cards are on the page.
        await expect(page.locator(".input-summary .stance-counts")).toBeVisible();
        const published = page.getByRole("region", { name: /^(Published input|Masukan yang diterbitkan) \(\d+\)$/ });
        await expect(published.getByRole("listitem").first()).toBeVisible();
        await expectAccessible(page, `section 2.1 (${language}, ${label})`);
      });

      test("section page without an Indonesian text", async ({ page }) => {
        await page.goto(sectionPath("4"));
        await expect(page.locator(".parallel__column.is-shown").first()).toBeVisible();
        await expectAccessible(page, `section 4 (${language}, ${label})`);
      });

      test("register, empty and with errors", async ({ page }) => {
        await page.goto("/register");
        await waitForHydration(page);
        await expectAccessible(page, `register (${language}, ${label})`);
        await page.locator("form.stack").getByRole("button").click();
        await expect(page.getByRole("alert")).toBeVisible();
        await expectAccessible(page, `register with errors (${language}, ${label})`);
      });

      test("log in", async ({ page }) => {
        await page.goto("/login");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectAccessible(page, `log in (${language}, ${label})`);
      });

      test("log-out confirmation, signed in", async ({ page }) => {
        const account = await registerThroughForm(page, "a11y", language);
        await page.goto("/logout");
        await expect(page.getByRole("banner")).toContainText(account.name);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectAccessible(page, `log-out confirmation (${language}, ${label})`);
      });

      test("not found", async ({ page }) => {
        const response = await page.goto("/consultations/no-such-consultation");
        expect(response?.status()).toBe(404);
        await expectAccessible(page, `404 page (${language}, ${label})`);
      });
    });
  }
}
