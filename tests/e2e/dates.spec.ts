import { type Browser, expect, type Page, test } from "@playwright/test";
import { OVERVIEW, waitForHydration } from "./helpers";
import { demo, logInByRequest, QUEUE } from "./review-helpers";

// A reader far from both the server (UTC) and the consultation (Asia/Jakarta): any date shown in
// the reader's or the server's zone instead of the consultation's differs from the page without JavaScript.
const READER_TIME_ZONE = "America/New_York";

/** The text of every match, in the page as the server sent it and as it reads once hydrated. */
async function withAndWithoutJavaScript(browser: Browser, page: Page, path: string, selector: string) {
  const storageState = await page.context().storageState();
  const plain = await browser.newContext({ javaScriptEnabled: false, timezoneId: READER_TIME_ZONE, storageState });
  const served = await plain.newPage();
  await served.goto(path);
  const withoutScript = await served.locator(selector).allInnerTexts();
  await plain.close();

  await page.goto(path);
  await waitForHydration(page);
  return { withoutScript, withScript: await page.locator(selector).allInnerTexts() };
}

test.use({ timezoneId: READER_TIME_ZONE });

test("every date shows in the consultation's time zone, named, the same before and after the page runs its script", async ({
  browser,
  page,
}) => {
  const overview = await withAndWithoutJavaScript(browser, page, OVERVIEW, ".dates");
  expect(overview.withoutScript).toEqual([expect.stringMatching(/GMT\+7/)]);
  expect(overview.withScript).toEqual(overview.withoutScript);

  await logInByRequest(page, demo.moderator);
  const queue = await withAndWithoutJavaScript(browser, page, QUEUE, "table.queue td .muted");
  expect(queue.withoutScript.length).toBeGreaterThan(0);
  expect(queue.withScript).toEqual(queue.withoutScript);

  const reference = (await page.locator("table.queue a.reference").first().textContent())?.trim();
  expect(reference).toBeTruthy();
  const submission = await withAndWithoutJavaScript(browser, page, `${QUEUE}/${reference}`, "ol.history li");
  expect(submission.withoutScript[0]).toMatch(/GMT\+7/);
  expect(submission.withScript).toEqual(submission.withoutScript);
});
