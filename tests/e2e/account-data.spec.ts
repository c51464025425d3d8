import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import {
  expectAccessible,
  expectNoHorizontalScroll,
  logIn,
  registerThroughForm,
  sectionPath,
  uniqueSuffix,
} from "./helpers";
import { demo, logInByRequest, QUEUE } from "./review-helpers";
import { sendByRequest } from "./submission-helpers";

// Issue 15, item 6: a contributor downloads their data and deletes their account; what they
// sent for publication stays on the section's page, without their name. Section 2.7 is this file's own.
const SECTION = "2.7";
const screenshots = path.join(path.dirname(fileURLToPath(import.meta.url)), ".artifacts", "screenshots");

type Download = {
  format: string;
  version: number;
  account: { name: string; email: string; role: string };
  submissions: { reference: string; consent: string; status: string; body: string }[];
};

test("a contributor downloads their data, deletes their account, and their approved input stays public without their name", async ({
  browser,
  baseURL,
}) => {
  const contributor = await browser.newContext();
  const page = await contributor.newPage();
  const account = await registerThroughForm(page, "leaving");
  const anonymousBody = `Anonymous input that should outlive its author, ${uniqueSuffix()}.`;
  const namedBody = `Named input that loses its author's name, ${uniqueSuffix()}.`;
  const anonymous = await sendByRequest(page, baseURL!, { section: SECTION, body: anonymousBody });
  const named = await sendByRequest(page, baseURL!, { section: SECTION, body: namedBody, consent: "public_named" });

  const moderators = await browser.newContext();
  const moderator = await moderators.newPage();
  await logInByRequest(moderator, demo.moderator);
  for (const { reference } of [anonymous, named]) {
    const approved = await moderator.request.post(`${QUEUE}/${reference}`, {
      form: { intent: "approve" },
      headers: { Origin: new URL(baseURL!).origin },
    });
    expect(approved.status()).toBe(200);
  }
  const visitors = await browser.newContext({ javaScriptEnabled: false });
  const visitor = await visitors.newPage();
  await visitor.goto(sectionPath(SECTION));
  await expect(visitor.locator(".input-card").filter({ hasText: namedBody })).toContainText(account.name);

  // The download: a JSON file with the account and both pieces of input.
  await page.goto("/account");
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download my data" }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^masukan-my-data-\d{4}-\d\d-\d\d\.json$/);
  const data = JSON.parse(readFileSync((await file.path())!, "utf8")) as Download;
  expect(data).toMatchObject({ format: "masukan-account-data", version: 1 });
  expect(data.account).toMatchObject({ name: account.name, email: account.email, role: "contributor" });
  expect(data.submissions.map((submission) => [submission.reference, submission.consent, submission.status])).toEqual([
    [anonymous.reference, "public_anonymous", "approved"],
    [named.reference, "public_named", "approved"],
  ]);

  // Deleting: the confirmation asks for the password and a ticked box.
  await page.getByRole("link", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delete your account" })).toBeVisible();
  await expect(page.getByText("1 of them was to be published with your name.")).toBeVisible();
  await page.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(page.getByRole("alert").getByText("Enter your current password")).toBeVisible();
  await page.getByLabel("Your password").fill(account.password);
  await page.getByLabel(/^I understand that my account is deleted for good/).check();
  await page.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(page).toHaveURL(/\/\?notice=accountDeleted$/);
  await expect(page.getByRole("status")).toHaveText(
    "Your account has been deleted. The input you sent stays without your name.",
  );
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();

  // Both pieces of input are still public, neither with the name.
  await visitor.goto(sectionPath(SECTION));
  for (const body of [anonymousBody, namedBody]) {
    const card = visitor.locator(".input-card").filter({ hasText: body });
    await expect(card).toBeVisible();
    await expect(card).not.toContainText(account.name);
  }

  // The old e-mail and password no longer open anything.
  await page.goto("/login");
  await logIn(page, account);
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  for (const context of [contributor, moderators, visitors]) await context.close();
});

for (const width of [360, 1280]) {
  test(`the account page and the deletion page fit ${width} px, the deletion page without accessibility faults`, async ({
    browser,
  }) => {
    mkdirSync(screenshots, { recursive: true });
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await registerThroughForm(page, `account-${width}`);
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 2, name: "Delete your account" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: path.join(screenshots, `account-${width}.png`), fullPage: true });
    await page.getByRole("link", { name: "Delete my account" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Delete your account" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, `/account/delete at ${width} px`);
    await page.screenshot({ path: path.join(screenshots, `account-delete-${width}.png`), fullPage: true });
    await context.close();
  });
}
