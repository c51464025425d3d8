import { expect, type Page, test } from "@playwright/test";
import { OVERVIEW, sectionPath } from "./helpers";
import { demo, logInByRequest, QUEUE } from "./review-helpers";

// Issue 16, item 7: header, main and footer start at one left edge on every page, whatever its width.

async function leftEdges(page: Page) {
  const left = (selector: string) =>
    page
      .locator(selector)
      .first()
      // Where its text starts: the box's edge plus its own padding.
      .evaluate((element) =>
        Math.round(element.getBoundingClientRect().left + Number.parseFloat(getComputedStyle(element).paddingLeft)),
      );
  return { header: await left(".brand"), main: await left("main h1"), footer: await left(".site-footer p") };
}

async function expectAligned(page: Page, where: string) {
  const edges = await leftEdges(page);
  expect(edges.main, `${where}: main starts where the header does`).toBe(edges.header);
  expect(edges.footer, `${where}: footer starts where the header does`).toBe(edges.header);
  return edges.header;
}

for (const width of [390, 1280, 1600]) {
  test(`header, main and footer share one left edge at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const edges = new Set<number>();
    for (const path of ["/", OVERVIEW, sectionPath("2.1"), "/login", "/register", "/no-such-page"]) {
      await page.goto(path);
      edges.add(await expectAligned(page, path));
    }
    await logInByRequest(page, demo.moderator);
    edges.add(await expectAligned(page, QUEUE));
    expect(edges.size, "every page starts at the same edge").toBe(1);
  });
}
