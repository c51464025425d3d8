import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, expectNoHorizontalScroll, SLUG, uniqueSuffix, waitForHydration } from "./helpers";
import { demo, logInByRequest } from "./review-helpers";

// Issue 15, items 3 and 4: the secretariat merges two themes of its own making (the demo's themes
// belong to other specs) and finds the merge in the audit log. The demo admin reads Bahasa
// Indonesia: the wording is from locales/id/taxonomy.json and locales/id/audit.json.
const THEMES = `/admin/consultations/${SLUG}/themes`;
const shots = path.join(path.dirname(fileURLToPath(import.meta.url)), ".artifacts", "screenshots");
mkdirSync(shots, { recursive: true });

async function addTheme(page: Page, key: string, labelEn: string, labelId: string) {
  await page.getByRole("link", { name: "Tambahkan tema" }).click();
  await page.getByLabel("Kunci", { exact: true }).fill(key);
  await page.getByLabel("Label dalam bahasa Inggris").fill(labelEn);
  await page.getByLabel("Label dalam Bahasa Indonesia").fill(labelId);
  await page.getByLabel("Kata kunci dalam bahasa Inggris").fill("fisheries\nsmall-scale fishers");
  await page.getByLabel("Kata kunci dalam Bahasa Indonesia").fill("perikanan, nelayan kecil");
  await page.getByRole("button", { name: "Tambahkan tema ini" }).click();
  await expect(page.getByText(labelEn, { exact: true })).toBeVisible();
}

async function pictures(page: Page, name: string) {
  for (const size of [
    { width: 360, height: 800 },
    { width: 1280, height: 900 },
  ]) {
    await page.setViewportSize(size);
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: path.join(shots, `${name}-${size.width}.png`), fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, `${name}-${size.width}-top.png`) });
  }
}

test("the secretariat merges one theme into another and finds the merge in the audit log", async ({ page }) => {
  const suffix = uniqueSuffix()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
  const [from, into] = [`fish-${suffix}`, `coast-${suffix}`];
  await logInByRequest(page, demo.admin, "/admin");
  await page.goto(THEMES);
  await waitForHydration(page);
  await addTheme(page, from, `Fisheries ${suffix}`, `Perikanan ${suffix}`);
  await addTheme(page, into, `Coastal livelihoods ${suffix}`, `Penghidupan pesisir ${suffix}`);

  // The merge asks for its tick first, and says so by its field; nothing is merged meanwhile.
  const merge = page.getByRole("region", { name: "Gabungkan dua tema" });
  const choose = async () => {
    await merge.getByLabel("Gabungkan tema ini").selectOption({ label: `Perikanan ${suffix} (0)` });
    await merge.getByLabel("ke tema ini").selectOption({ label: `Penghidupan pesisir ${suffix} (0)` });
  };
  await choose();
  await merge.getByRole("button", { name: "Gabungkan tema" }).click();
  await expect(merge.getByText("Centang kotak untuk menegaskan").first()).toBeVisible();
  await choose();
  await merge.getByLabel("Saya memahami bahwa penggabungan tidak dapat dibatalkan.").check();
  await merge.getByRole("button", { name: "Gabungkan tema" }).click();
  await expect(page.getByRole("status")).toContainText(
    `“Perikanan ${suffix}” telah digabungkan ke “Penghidupan pesisir ${suffix}”`,
  );
  await expect(page.getByText(`Digabungkan ke Penghidupan pesisir ${suffix}`)).toBeVisible();
  await expectAccessible(page, "the themes page");
  await pictures(page, "admin-themes");

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/admin/audit");
  await page.getByLabel("Tindakan").fill("theme.merged");
  await page.getByLabel("Sasaran (referensi, slug, kunci, e-mail, atau id)").fill(from);
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page).toHaveURL(/action=theme\.merged/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("theme.merged");
  await expect(rows.nth(1)).toContainText(demo.admin.name);
  await expect(rows.nth(1)).toContainText(into);
});

test("a refused theme keeps what was typed; the audit log finds its creation and downloads it as CSV", async ({
  page,
}) => {
  const key = `tide-${uniqueSuffix()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")}`;
  await logInByRequest(page, demo.admin, "/admin");
  await page.goto(`${THEMES}?add`);
  await waitForHydration(page);
  await page.getByLabel("Kunci", { exact: true }).fill("Not a key!");
  await page.getByLabel("Label dalam bahasa Inggris").fill("Tidal flooding");
  await page.getByRole("button", { name: "Tambahkan tema ini" }).click();
  await expect(page.getByRole("alert")).toContainText("Masukkan label.");
  await expect(page.getByLabel("Label dalam bahasa Inggris")).toHaveValue("Tidal flooding");
  await pictures(page, "admin-theme-editor");
  await page.getByLabel("Kunci", { exact: true }).fill(key);
  await page.getByLabel("Label dalam Bahasa Indonesia").fill("Banjir rob");
  await page.getByRole("button", { name: "Tambahkan tema ini" }).click();
  await expect(page.getByRole("button", { name: "Nonaktifkan Banjir rob" })).toBeVisible();

  await page.goto(`/admin/audit?${new URLSearchParams({ action: "theme", target: key })}`);
  await waitForHydration(page);
  await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText("theme.created");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh peristiwa ini sebagai CSV" }).click();
  expect((await download).suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  await expectAccessible(page, "the audit log");
  await pictures(page, "admin-audit");
});
