import { expect, test } from "@playwright/test";
import { registerThroughForm, sectionPath, uniqueSuffix } from "./helpers";
import { demo, logInByRequest, QUEUE } from "./review-helpers";
import { sendByRequest } from "./submission-helpers";

// Issue 16, item 9: a section page shows its input as counts by stance at the top and excerpts
// with "Read more", and leads straight to the draft's text. Section 2.8 is this file's own.
const SECTION = "2.8";

test("a long response shows as an excerpt that opens without JavaScript; the counts by stance lead the page", async ({
  browser,
  baseURL,
}) => {
  const contributor = await browser.newContext();
  const author = await contributor.newPage();
  await registerThroughForm(author, "section-input");
  const ending = `closing words ${uniqueSuffix()}`;
  const body = `${"Rural districts need their own targets and data broken down by sex and disability. ".repeat(8)}${ending}`;
  const { reference } = await sendByRequest(author, baseURL!, {
    section: SECTION,
    stance: "oppose",
    body,
    consent: "public_anonymous",
  });

  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const page = await visitor.newPage();
  const opposed = page.locator(".input-summary").getByText(/^Oppose: \d+$/);
  await page.goto(sectionPath(SECTION));
  // No counts while the section has no published input.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const before = (await opposed.count()) ? Number((await opposed.textContent())?.replace(/\D/g, "")) : 0;

  const moderators = await browser.newContext();
  const moderator = await moderators.newPage();
  await logInByRequest(moderator, demo.moderator);
  const approved = await moderator.request.post(`${QUEUE}/${reference}`, {
    form: { intent: "approve" },
    headers: { Origin: new URL(baseURL!).origin },
  });
  expect(approved.status()).toBe(200);

  await page.goto(sectionPath(SECTION));
  await expect(opposed).toHaveText(`Oppose: ${before + 1}`);
  const summary = page.getByRole("navigation", { name: "This section's text and input" });
  await expect(summary.getByRole("link", { name: /^Published input \(\d+\)$/ })).toHaveAttribute(
    "href",
    "#published-heading",
  );

  // The response's excerpt shows; its end waits behind "Read more", which opens it without JavaScript.
  const card = page.locator(".input-card").filter({ hasText: ending });
  await expect(card.getByText(ending)).toBeHidden();
  await card.getByText("Read more").click();
  await expect(card.getByText(ending)).toBeVisible();
  await expect(card.getByText("Show less")).toBeVisible();
  // Nothing of the text is lost between the excerpt and the rest.
  const shown = (await card.locator(".response-text .user-text").allTextContents()).join(" ").replace("…", "");
  expect(shown.replace(/\s+/g, " ").trim()).toBe(body.replace(/\s+/g, " ").trim());

  // Someone who came to read the draft goes straight to it.
  await summary.getByRole("link", { name: "Skip to the text" }).click();
  await expect(page).toHaveURL(/#section-text$/);
  await expect(page.locator("#section-text")).toBeInViewport();

  for (const context of [contributor, visitor, moderators]) await context.close();
});

test("the summary at the top reads in Bahasa Indonesia", async ({ browser }) => {
  const context = await browser.newContext({ locale: "id-ID" });
  const page = await context.newPage();
  // The demo publishes input on 2.1.
  await page.goto(sectionPath("2.1"));
  const summary = page.getByRole("navigation", { name: "Teks dan masukan bagian ini" });
  await expect(summary.getByRole("link", { name: "Langsung ke teks" })).toBeVisible();
  await expect(summary.getByText(/^Menolak: \d+$/)).toBeVisible();
  await context.close();
});

// Issue 16, item 10: on a phone the site's language and the language of the section's text are two
// different choices, and they must not look like one control shown twice.
for (const [locale, siteLabel, textLabel] of [
  ["en-GB", "Choose a language", "Text of this section in:"],
  ["id-ID", "Pilih bahasa", "Teks bagian ini dalam:"],
] as const) {
  test(`at 390 px the text's language switch is labelled and looks unlike the site's (${locale})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(sectionPath("2.1"));
    const site = page.getByRole("form", { name: siteLabel });
    const text = page.getByRole("navigation", { name: textLabel });
    await expect(text.getByText(textLabel)).toBeVisible();
    const chosenSite = site.locator('button[aria-pressed="true"]');
    const chosenText = text.locator('a[aria-current="true"]');
    await expect(chosenSite).toBeVisible();
    await expect(chosenText).toBeVisible();
    const background = (element: typeof chosenSite) =>
      element.evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(await background(chosenText)).not.toBe(await background(chosenSite));
    await context.close();
  });
}
