import { expect, test } from "@playwright/test";
import { registerThroughForm } from "./helpers";
import { demo, logInByRequest, QUEUE, queue, reviewWords, uniqueWord } from "./review-helpers";
import { sendByRequest } from "./submission-helpers";

// Issue 16, item 11: on a phone the queue's filters fold behind "Filters (N active)", the active
// ones stay in view as chips that each drop one filter, and the bulk bar waits until a row is selected.

const w = reviewWords.en;
const phone = { width: 390, height: 844 };

test("without JavaScript the folded filters name how many are active, and a chip drops just its filter", async ({
  browser,
  baseURL,
}) => {
  const contributor = await browser.newContext();
  const word = uniqueWord();
  await registerThroughForm(await contributor.newPage(), "queue-chips");
  await sendByRequest(await contributor.pages()[0]!, baseURL!, {
    stance: "oppose",
    body: `Rural clinics need their own budget line in this goal, with yearly reports (${word}).`,
  });
  await contributor.close();

  const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
  const page = await context.newPage();
  await logInByRequest(page, demo.moderator);
  await page.goto(`${QUEUE}?stance=oppose&language=en&q=${word}`);
  const q = queue(page, w);
  const summary = page.locator(".filters-panel > summary");
  await expect(summary).toHaveText("Filters (3 active)");
  await expect(q.filters).toBeHidden();
  await expect(q.bulk).toBeHidden();
  // The first input is on the first screen, under the folded filters and bulk bar.
  await expect(q.rows).toHaveCount(1);
  const row = await q.rows.first().boundingBox();
  expect(row!.y, "the first row starts on the first screen").toBeLessThan(phone.height);

  const chips = page.getByRole("list", { name: "Active filters" });
  await expect(chips.getByRole("link")).toHaveText([
    "Remove the filter Language: English×",
    "Remove the filter Stance: Oppose×",
    `Remove the filter Search the text: “${word}”×`,
  ]);
  await chips.getByRole("link", { name: "Remove the filter Stance: Oppose" }).click();
  await expect(page).toHaveURL(new RegExp(`${QUEUE}\\?language=en&q=${word}$`));
  await expect(summary).toHaveText("Filters (2 active)");
  await expect(chips.getByRole("link")).toHaveCount(2);

  // The summary opens the filters without JavaScript, with the remaining ones chosen.
  await summary.click();
  await expect(q.filter("Stance")).toHaveValue("");
  await expect(q.filter("Language")).toHaveValue("en");
  await expect(q.filter(w.search)).toHaveValue(word);
  await context.close();
});

test("the bulk bar opens by itself when a row is selected and waits at the bottom of a phone's screen", async ({
  browser,
  baseURL,
}) => {
  const contributor = await browser.newContext();
  const word = uniqueWord();
  const author = await contributor.newPage();
  await registerThroughForm(author, "queue-bulk");
  const { reference } = await sendByRequest(author, baseURL!, {
    body: `Please count informal workers in the social protection targets (${word}).`,
  });
  await contributor.close();

  const context = await browser.newContext({ viewport: phone, locale: "id-ID" });
  const page = await context.newPage();
  await logInByRequest(page, demo.admin);
  await page.goto(`${QUEUE}?q=${word}`);
  const id = reviewWords.id;
  const q = queue(page, id);
  await expect(page.locator(".filters-panel > summary")).toHaveText("Filter (1 aktif)");
  await expect(q.bulk).toBeHidden();
  await page.getByRole("checkbox", { name: id.select(reference) }).check();
  await expect(q.bulk).toBeVisible();
  await expect(page.locator(".bulk-panel > summary")).toHaveText("Tindakan untuk beberapa sekaligus (1 dipilih)");
  const bar = await page.locator(".bulk-panel").boundingBox();
  expect(Math.round(bar!.y + bar!.height), "the open bar sits on the bottom of the screen").toBe(phone.height);
  await context.close();
});
