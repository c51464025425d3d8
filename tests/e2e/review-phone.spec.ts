import { expectNoHorizontalScroll, registerThroughForm } from "./helpers";
import { demo, logInByRequest, QUEUE, queue, reviewWords, uniqueWord } from "./review-helpers";
import { expect, sendByRequest, test } from "./submission-helpers";

// The review queue on a phone: below laptop width each row of the table is laid out as a card
// (docs/decisions/008-queue-on-phones.md), and it must stay a table to assistive technology.

const w = reviewWords.en;
const caption = "Input matching the filters"; // locales/en/review.json, queue.caption
const narrow = { width: 360, height: 800 };

test("at 360 px each queue row is a card that fits the screen, and the queue is still a table with its rows to assistive technology", async ({
  page,
  baseURL,
}) => {
  await registerThroughForm(page, "review-phone");
  const word = uniqueWord();
  // A form letter sent twice (one row with its group) and a comment with a long unbroken address.
  const letter = `We, the members of the network for coastal livelihoods, ask the ASCC to name fisherfolk organisations among the partners of every programme on food security and climate adaptation in this plan (${word}).`;
  const grouped = await sendByRequest(page, baseURL!, { body: `${letter}\n\nSigned, Dewi Lestari` });
  await sendByRequest(page, baseURL!, { body: `${letter}\n\nSigned, Jose Santos` });
  const single = await sendByRequest(page, baseURL!, {
    body: `The indicators should follow the regional dataset at https://example.org/asean/statistics/social-protection/coverage-by-country-and-programme-2025 (${word}).`,
  });
  await page.context().clearCookies();

  await logInByRequest(page, demo.moderator);
  await page.setViewportSize(narrow);
  await page.goto(`${QUEUE}?q=${word}&groups=collapse`);
  const q = queue(page, w);
  await expect(q.rows).toHaveCount(2);

  // Nothing scrolls sideways: not the page, not the table inside it.
  await expectNoHorizontalScroll(page);
  const table = page.getByRole("table", { name: caption });
  const wrapper = await table.evaluate((element) => ({
    scrollWidth: element.parentElement!.scrollWidth,
    clientWidth: element.parentElement!.clientWidth,
  }));
  expect(wrapper.scrollWidth, "the table's wrapper does not scroll sideways").toBeLessThanOrEqual(wrapper.clientWidth);

  // Each card: checkbox, reference and status on top, then the excerpt across the card, then the rest.
  for (const reference of [grouped.reference, single.reference]) {
    const row = q.row(reference);
    const cells = row.getByRole("cell");
    const parts = {
      checkbox: row.getByRole("checkbox", { name: w.select(reference) }),
      reference: row.getByRole("link", { name: reference, exact: true }),
      status: row.getByText(w.pending, { exact: true }),
      excerpt: row.locator(".excerpt"),
      from: cells.nth(3),
      themes: cells.nth(4),
    };
    const boxes: Record<string, { x: number; y: number; width: number; height: number }> = {};
    for (const [name, locator] of Object.entries(parts)) {
      await expect(locator, `${name} of ${reference}`).toBeVisible();
      const box = await locator.boundingBox();
      expect(box, `${name} of ${reference} has a box`).not.toBeNull();
      expect(box!.x, `${name} of ${reference} starts on the screen`).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `${name} of ${reference} ends on the screen`).toBeLessThanOrEqual(narrow.width);
      boxes[name] = box!;
    }
    const {
      checkbox,
      reference: link,
      status,
      excerpt,
      from,
      themes,
    } = boxes as Record<keyof typeof parts, { x: number; y: number; width: number; height: number }>;
    expect(Math.abs(checkbox.y - link.y), "the checkbox sits beside the reference").toBeLessThan(16);
    expect(checkbox.x + checkbox.width, "the checkbox is left of the reference").toBeLessThanOrEqual(link.x);
    expect(status.y + status.height, "the status is above the excerpt").toBeLessThanOrEqual(excerpt.y);
    expect(excerpt.width, "the excerpt has the card's width, not a cramped column").toBeGreaterThan(
      narrow.width * 0.75,
    );
    expect(excerpt.y + excerpt.height, "who sent it comes after the excerpt").toBeLessThanOrEqual(from.y);
    expect(from.y + from.height, "the themes come last").toBeLessThanOrEqual(themes.y);
  }
  await expect(q.row(grouped.reference).getByRole("link", { name: w.groupSize(2) })).toBeVisible();

  // Still a table: in the roles Playwright reads from the markup, and in Chromium's own accessibility tree.
  await expect(table.getByRole("columnheader")).toHaveCount(5);
  await expect(table.getByRole("row")).toHaveCount(3);
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const roles: Record<string, number> = {};
  for (const node of nodes) {
    const role = String(node.role?.value ?? "");
    if (!node.ignored && ["table", "row", "columnheader", "cell"].includes(role)) roles[role] = (roles[role] ?? 0) + 1;
  }
  expect(roles, "Chromium exposes one table, its header row and two rows of five cells").toEqual({
    table: 1,
    row: 3,
    columnheader: 5,
    cell: 10,
  });
  const checkboxNames = nodes
    .filter((node) => !node.ignored && node.role?.value === "checkbox")
    .map((node) => node.name?.value);
  expect(checkboxNames).toEqual(expect.arrayContaining([w.select(grouped.reference), w.select(single.reference)]));

  // The card's checkbox selects the row for the bulk form.
  await q
    .row(single.reference)
    .getByRole("checkbox", { name: w.select(single.reference) })
    .check();
  await q.bulk.getByRole("button", { name: w.approve, exact: true }).click();
  await expect(q.notice).toHaveText(w.done(1, "approved"));
  await expectNoHorizontalScroll(page);

  // At laptop width the same rows are the table with its headings again.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(table.getByRole("columnheader", { name: "Reference" })).toBeVisible();
  await expect(q.row(grouped.reference)).toHaveCSS("display", "table-row");
});
