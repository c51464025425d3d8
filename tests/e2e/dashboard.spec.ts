import { readFileSync } from "node:fs";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expectAccessible, expectNoHorizontalScroll, registerThroughForm } from "./helpers";
import { demo, logInByRequest, QUEUE, uniqueWord } from "./review-helpers";
import { expect, sendByRequest, test } from "./submission-helpers";

// Issue 12, items 6 and 7: the dashboard follows the queue's filters, every chart has its numbers
// in a table (readable without JavaScript), and the export of the filters downloads as CSV.

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), ".artifacts", "screenshots");
mkdirSync(folder, { recursive: true });
const DASHBOARD = `${QUEUE}/dashboard`;

test("the dashboard opens from the queue with its filters, and each chart's numbers are in a table without JavaScript", async ({
  browser,
  baseURL,
}) => {
  const contributor = await browser.newContext();
  const word = uniqueWord();
  await registerThroughForm(await contributor.newPage(), "dashboard");
  await sendByRequest(contributor.pages()[0]!, baseURL!, {
    stance: "oppose",
    body: `The indicators for this goal leave out rural women, please add them (${word}).`,
  });
  await contributor.close();

  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await logInByRequest(page, demo.moderator);
  await page.goto(`${QUEUE}?status=all&stance=oppose`);
  await page.getByRole("link", { name: "Dashboard of these filters" }).click();
  await expect(page).toHaveURL(new RegExp(`${DASHBOARD}\\?status=all&stance=oppose$`));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  const charts = page.locator("figure.chart");
  await expect(charts).toHaveCount(9);
  for (const chart of await charts.all()) {
    const title = (await chart.locator("figcaption").textContent()) ?? "";
    await expect(chart.getByRole("img", { name: title, exact: true })).toBeVisible();
    await expect(chart.locator("svg > desc")).not.toBeEmpty();
  }

  // The stance chart counts every stance under the other filters; the filter itself stays in the bar.
  const stance = charts.filter({ has: page.locator("figcaption", { hasText: "Input by stance" }) });
  await stance.getByText("Show the numbers").click();
  const oppose = stance.getByRole("row", { name: /^Oppose/ });
  await expect(oppose).toBeVisible();
  const opposed = Number((await oppose.getByRole("cell").first().textContent())?.replace(/\D/g, ""));
  expect(opposed).toBeGreaterThanOrEqual(1);
  const status = charts.filter({ has: page.locator("figcaption", { hasText: "Input by review status" }) });
  await status.getByText("Show the numbers").click();
  const pending = Number(
    (
      await status
        .getByRole("row", { name: /^Waiting for review/ })
        .getByRole("cell")
        .first()
        .textContent()
    )?.replace(/\D/g, ""),
  );
  expect(pending).toBeGreaterThanOrEqual(1);
  expect(pending).toBeLessThanOrEqual(opposed);
  await expect(page.getByLabel("Stance", { exact: true })).toHaveValue("oppose");
  // Input on the whole draft and experts without a country have bars too: each chart adds up to what the filters match.
  const numbersSum = async (title: string) =>
    (
      await charts
        .filter({ has: page.locator("figcaption", { hasText: title }) })
        .locator("tbody td:first-of-type")
        .allTextContents()
    ).reduce((sum, text) => sum + Number(text.replace(/\D/g, "")), 0);
  const matched = await numbersSum("Input by review status");
  expect(await numbersSum("Input by section")).toBe(matched);
  expect(await numbersSum("Input by country")).toBe(matched);
  await page.screenshot({ path: path.join(folder, "dashboard-1280.png"), fullPage: true });

  // Counting by week stays so while the filters change.
  await page.getByRole("link", { name: "By week" }).click();
  await expect(page).toHaveURL(new RegExp(`${DASHBOARD}\\?status=all&stance=oppose&by=week$`));
  await page.getByText(/^Filters \(/).click();
  await page.getByLabel("Stance", { exact: true }).selectOption("");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]by=week(&|$)/);
  await expect(page.getByText("By week", { exact: true })).toHaveAttribute("aria-current", "true");
  await page.goto(`${DASHBOARD}?status=all&stance=oppose`);

  // The way back keeps the filters too.
  await page.getByRole("link", { name: "Review queue with these filters" }).click();
  await expect(page).toHaveURL(new RegExp(`${QUEUE}\\?status=all&stance=oppose$`));
  await context.close();
});

test("a moderator downloads the filters' export as CSV; only an admin is offered e-mail addresses", async ({
  browser,
  baseURL,
}) => {
  const contributor = await browser.newContext();
  const word = uniqueWord();
  await registerThroughForm(await contributor.newPage(), "export");
  const sent = await sendByRequest(contributor.pages()[0]!, baseURL!, {
    stance: "neutral",
    language: "id",
    body: `=Perlu data terpilah menurut disabilitas dan wilayah perdesaan (${word}).`,
  });
  await contributor.close();

  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await logInByRequest(page, demo.moderator, DASHBOARD);
  await page.goto(`${DASHBOARD}?q=${word}`);
  await expectNoHorizontalScroll(page);
  // axe needs JavaScript in the page, so the dashboard is checked here rather than in the test without it.
  await expectAccessible(page, "the dashboard at 360 px");
  await page.screenshot({ path: path.join(folder, "dashboard-360.png"), fullPage: true });
  await expect(page.getByLabel("Include the authors' e-mail addresses")).toHaveCount(0);
  const exportForm = page.getByRole("form", { name: "Export what these filters match" });
  await exportForm.getByLabel("CSV (opens in Excel and LibreOffice)").check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    exportForm.getByRole("button", { name: "Download" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("ascc-post-2025-input.csv");
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  const lines = text.split("\r\n");
  expect(lines[0]).toMatch(/^"reference","sent_at",/);
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain(`"${sent.reference}"`);
  expect(lines[1]).toContain(`"'=Perlu data terpilah`);
  await context.close();

  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await logInByRequest(adminPage, demo.admin, DASHBOARD);
  await adminPage.goto(DASHBOARD);
  await expect(adminPage.getByLabel("Sertakan alamat e-mail para penulis")).toBeVisible();
  await admin.close();
});

test("a visitor reads the open data page in Bahasa Indonesia and downloads the published input", async ({
  browser,
}) => {
  for (const [width, height] of [
    [360, 800],
    [1280, 900],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height }, locale: "id-ID" });
    const page = await context.newPage();
    await page.goto("/consultations/ascc-post-2025");
    await page.getByRole("link", { name: "Data terbuka: unduh masukan yang dipublikasikan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Data terbuka" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Creative Commons Atribusi 4.0 Internasional" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "organisation_type" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, `the open data page at ${width} px`);
    await page.screenshot({ path: path.join(folder, `open-data-${width}.png`), fullPage: true });
    if (width === 1280) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: /dalam CSV/ }).click(),
      ]);
      const text = readFileSync((await download.path())!).toString("utf8");
      expect(text.split("\r\n")[0]).toContain('"reference"');
      expect(text).not.toMatch(/@demo\.masukan\.test/);
    }
    await context.close();
  }
});
