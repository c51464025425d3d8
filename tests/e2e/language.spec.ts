import { expect, test } from "@playwright/test";
import { chooseLanguage, OVERVIEW, sectionPath, text, urlEndingWith } from "./helpers";

test("the header switch turns the site into Bahasa Indonesia, and the choice survives a reload", async ({
  page,
  context,
}) => {
  await page.goto(OVERVIEW);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.consultationTitle.en);

  await chooseLanguage(page, "id");
  await expect(page).toHaveURL(urlEndingWith(OVERVIEW));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.consultationTitle.id);
  await expect(page.getByRole("heading", { level: 2, name: "Bagian-bagian rancangan" })).toBeVisible();

  await page.getByRole("link", { name: `2.1 ${text.section21.id}` }).click();
  await expect(page).toHaveURL(urlEndingWith(sectionPath("2.1")));
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`2.1 ${text.section21.id}`);
  await expect(page.getByText(text.section21Body.id)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Bahasa dan akun" })).toBeVisible();

  const cookies = await context.cookies();
  expect(cookies.map((cookie) => cookie.name)).toContain("masukan_lang");

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`2.1 ${text.section21.id}`);
  await expect(page.getByRole("button", { name: "Bahasa Indonesia", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // And back again.
  await chooseLanguage(page, "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`2.1 ${text.section21.en}`);
});

test("a section without Bahasa Indonesia text says so in Bahasa Indonesia mode", async ({ page }) => {
  await page.goto(sectionPath("4"));
  await chooseLanguage(page, "id");

  // The English heading stands in, marked as English and labelled as untranslated.
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText("Annex: Glossary of terms and abbreviations");
  await expect(heading).toContainText("(hanya dalam bahasa Inggris)");
  await expect(heading.locator('[lang="en"]')).toHaveText("Annex: Glossary of terms and abbreviations");

  const notice = page.locator(".missing-translation");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(text.missingIndonesian);
  await expect(notice).toHaveAttribute("lang", "id");
  // The English text is still there to read.
  await expect(page.locator('section[lang="en"]')).toContainText("This glossary explains the terms");
});

test("on a narrow screen in Bahasa Indonesia mode the missing text notice is what shows first", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/");
  await chooseLanguage(page, "id");
  await page.goto(sectionPath("4"));
  await expect(page.getByText(text.missingIndonesian)).toBeVisible();
  await expect(page.getByText("This glossary explains the terms")).toBeHidden();
  await page.getByRole("navigation", { name: "Teks bagian ini dalam:" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\?text=en$/);
  await expect(page.getByText("This glossary explains the terms")).toBeVisible();
  await expect(page.getByText(text.missingIndonesian)).toBeHidden();
});

test.describe("a browser that asks for Indonesian", () => {
  test.use({ locale: "id-ID" });

  test("gets Bahasa Indonesia until the reader chooses otherwise", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Konsultasi");

    await chooseLanguage(page, "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultations");
    await page.goto(OVERVIEW);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.consultationTitle.en);
  });
});
