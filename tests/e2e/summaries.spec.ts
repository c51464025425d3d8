import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, expectNoHorizontalScroll, waitForHydration } from "./helpers";
import { demo, logInByRequest } from "./review-helpers";

// The working group summarises a theme of the published past consultation; a visitor reads the
// report in Bahasa Indonesia, follows a citation and prints it. Wording from locales/*/summaries.json.

const PAST = "ascc-blueprint-2025-review";
const THEMES = `/review/${PAST}/themes`;
const REPORT = `/consultations/${PAST}/what-we-heard`;

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), ".artifacts", "summaries");
mkdirSync(folder, { recursive: true });

async function shoot(page: Page, name: string) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: path.join(folder, `${name}-${width}.png`), fullPage: true });
  }
}

test("a member edits, cites and publishes a theme summary in both languages; a visitor reads it in Bahasa Indonesia, follows a citation and prints the report", async ({
  page,
  browser,
}) => {
  await logInByRequest(page, demo.moderator, THEMES);
  await page.goto(THEMES);
  await expect(page.getByRole("heading", { level: 1, name: "Themes and summaries" })).toBeVisible();
  const row = page.getByRole("row", { name: /Disaster resilience/ });
  await expect(row).toContainText("Published");
  await row.getByRole("link", { name: "Open the summary of Disaster resilience" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Summary: Disaster resilience" })).toBeVisible();
  await waitForHydration(page);

  // The draft's excerpts are there to quote: the member takes the first one's reference.
  const draft = page.getByRole("region", { name: "What the draft found" });
  const firstExcerpt = draft.getByRole("listitem").first();
  const reference = /\[(ASCC-BP-\d{4}-\d{4})\]/.exec((await firstExcerpt.textContent()) ?? "")?.[1];
  expect(reference).toBeTruthy();

  // A citation of input that does not exist is refused, named, and the typed text stays.
  const english = page.getByLabel("Summary in English", { exact: true });
  const indonesian = page.getByLabel("Summary in Bahasa Indonesia", { exact: true });
  const typedEn = "Communities asked for early warning that reaches every village [ASCC-BP-2020-0001].";
  await english.fill(typedEn);
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByRole("alert").first()).toContainText("Nothing was saved");
  await expect(page.getByText("ASCC-BP-2020-0001 is not a submission of this consultation.")).toBeVisible();
  await expect(english).toHaveValue(typedEn);

  // Fixed, previewed and saved: a new version, and the citation becomes a link.
  const newEn = `Communities asked for early warning that reaches every village, as [${reference}] put it.`;
  const newId = `Masyarakat meminta peringatan dini yang sampai ke setiap desa, seperti disampaikan [${reference}].`;
  await english.fill(newEn);
  await indonesian.fill(newId);
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("link", { name: reference! }).first()).toHaveAttribute(
    "href",
    `/review/${PAST}/${reference}`,
  );
  await expect(english).toHaveValue(newEn);
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByRole("status")).toContainText(/Version \d+ saved\./);
  const saved = Number(/Version (\d+) saved/.exec((await page.getByRole("status").textContent()) ?? "")?.[1]);
  await expect(page.getByRole("region", { name: "Versions" })).toContainText(`Version ${saved} by Nguyen Thi Lan`);

  // Two versions compared word by word.
  await page.getByLabel("From version").selectOption(String(saved - 1));
  await page.getByLabel("To version").selectOption(String(saved));
  await page.getByRole("button", { name: "Show the changes" }).click();
  await expect(page.getByRole("heading", { name: `Changes from version ${saved - 1} to ${saved}` })).toBeVisible();
  await expect(page.locator("ins").filter({ hasText: "Communities" })).toBeVisible();

  await page.getByRole("button", { name: `Publish version ${saved}` }).click();
  await expect(page.getByRole("status")).toContainText(`Version ${saved} published. Readers see it now.`);
  await shoot(page, "editor");

  // A visitor reading in Bahasa Indonesia.
  const visitor = await (await browser.newContext({ locale: "id-ID" })).newPage();
  await visitor.goto(`/consultations/${PAST}`);
  await visitor.getByRole("link", { name: "Baca apa yang kami dengar" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Apa yang kami dengar" })).toBeVisible();
  const theme = visitor.getByRole("region", { name: "Ketahanan bencana" });
  await expect(theme).toContainText(newId);
  await expect(theme.getByRole("table", { name: "Menurut sikap" })).toBeVisible();
  await theme.getByRole("link", { name: reference! }).click();
  await expect(visitor).toHaveURL(new RegExp(`#cite-${reference}$`));
  const cited = visitor.locator(`[id="cite-${reference}"]`);
  await expect(cited).toBeVisible();
  await expect(cited).toContainText(reference!);
  await shoot(visitor, "report-id");

  // On paper: no navigation, and each cited input's address printed in full.
  await visitor.setViewportSize({ width: 794, height: 1123 });
  await visitor.emulateMedia({ media: "print" });
  await expect(visitor.getByRole("banner")).toBeHidden();
  await expect(cited.locator(".print-only")).toBeVisible();
  await expect(cited.locator(".print-only")).toContainText(`/consultations/${PAST}/sections/`);
  await visitor.screenshot({ path: path.join(folder, "report-print.png"), fullPage: true });
  writeFileSync(path.join(folder, "report.pdf"), await visitor.pdf({ format: "A4", printBackground: false }));
  await visitor.context().close();
});

test("the themes overview and the English report at phone and laptop widths", async ({ page }) => {
  await logInByRequest(page, demo.moderator, THEMES);
  await page.goto(THEMES);
  await expect(page.getByRole("row", { name: /Labour and migrant workers/ })).toContainText("Published");
  await expectAccessible(page, "the themes overview");
  await shoot(page, "themes");
  await page.goto(REPORT);
  await expect(page.getByRole("heading", { level: 1, name: "What we heard" })).toBeVisible();
  // The campaign letter is counted by its full size and said to be quoted once.
  await expect(page.getByRole("region", { name: "Labour and migrant workers" })).toContainText(
    /sent 96 times, counted 96 times, quoted at most once/,
  );
  await expectAccessible(page, "the report");
  await shoot(page, "report-en");
  await page.goto(`${THEMES}/monitoring_data`);
  await expect(page.getByRole("heading", { level: 1, name: "Summary: Monitoring and data" })).toBeVisible();
  await expectAccessible(page, "the summary editor");
});

// Monitoring and data on section 3 is this test's own: no other spec reads a section summary.
test("a summary narrowed to a section is listed under its theme, and readers see it under the theme with the section named", async ({
  page,
  browser,
}) => {
  const sectionEditor = `${THEMES}/monitoring_data?section=3`;
  await logInByRequest(page, demo.moderator, THEMES);
  await page.goto(sectionEditor);
  await expect(page.getByRole("heading", { level: 1, name: "Summary: Monitoring and data, section 3" })).toBeVisible();
  const publishedEn = "On section 3, respondents asked for indicators broken down by disability and gender.";
  const publishedId = "Pada bagian 3, responden meminta indikator yang dipilah menurut disabilitas dan gender.";
  await page.getByLabel("Summary in English", { exact: true }).fill(publishedEn);
  await page.getByLabel("Summary in Bahasa Indonesia", { exact: true }).fill(publishedId);
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByRole("status")).toContainText(/Version \d+ saved\./);
  const saved = Number(/Version (\d+) saved/.exec((await page.getByRole("status").textContent()) ?? "")?.[1]);
  await page.getByRole("button", { name: `Publish version ${saved}` }).click();
  await expect(page.getByRole("status")).toContainText(`Version ${saved} published.`);

  // Saved again: readers keep the published text, and the overview and the editor say a newer draft waits.
  await page.getByLabel("Summary in English", { exact: true }).fill(`${publishedEn} A newer draft.`);
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByRole("status")).toContainText(`Version ${saved + 1} saved.`);
  await expect(page.getByText("State: Published; newer draft not yet published")).toBeVisible();

  await page.goto(THEMES);
  const link = page.getByRole("link", { name: "Open the summary of Monitoring and data, section 3" });
  await expect(link).toHaveText("Section 3");
  const row = page.getByRole("row").filter({ has: link });
  await expect(row).toContainText("Published; newer draft not yet published");
  await expect(row).toContainText("in English + Bahasa Indonesia");
  await shoot(page, "themes-section");
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Summary: Monitoring and data, section 3" })).toBeVisible();

  const visitor = await (await browser.newContext({ locale: "id-ID" })).newPage();
  await visitor.goto(REPORT);
  const theme = visitor.getByRole("region", { name: "Pemantauan dan data", exact: true });
  const narrowed = theme.getByRole("region", { name: "Bagian 3 dari draf · Pemantauan dan data" });
  await expect(narrowed.getByRole("heading", { level: 3 })).toContainText("Bagian 3 dari draf");
  await expect(narrowed).toContainText(publishedId);
  await expect(narrowed).not.toContainText("newer draft");
  await expect(narrowed.getByRole("table", { name: "Menurut sikap" })).toBeVisible();
  await expect(
    visitor.getByRole("navigation", { name: "Tema" }).getByRole("link", { name: "Bagian 3 dari draf" }),
  ).toHaveAttribute("href", "#theme-monitoring_data-section-3");
  await expectAccessible(visitor, "the report with a section summary");
  await narrowed.scrollIntoViewIfNeeded();
  await shoot(visitor, "report-section-id");
  await visitor.context().close();
});
