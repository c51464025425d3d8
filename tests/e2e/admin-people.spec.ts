import { expect, test } from "@playwright/test";
import { chooseLanguage, expectAccessible, PASSWORD, uniqueEmail, waitForHydration } from "./helpers";
import { linkIn, mailTo } from "./mail-helpers";
import { demo, logInByRequest } from "./review-helpers";

test("an admin invites a moderator, who sets a password from the link and opens the review queue", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("invited");
  await logInByRequest(page, demo.admin, "/admin");
  await page.goto("/admin/people");
  await chooseLanguage(page, "en");
  await expectAccessible(page, "the people page");
  await page.getByRole("link", { name: "Invite someone" }).click();
  await waitForHydration(page);

  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Role").selectOption("moderator");
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText(`The invitation e-mail to ${email} is on its way.`)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Waiting");
  await expectAccessible(page, "the invitations page");
  // The invitation arrives by e-mail, in the invited person's language, through the run's SMTP server.
  const mail = await mailTo(email, /invited to Masukan/);
  expect(mail.to).toEqual([email]);
  expect(mail.html).toContain("/invitation/");
  const link = linkIn(mail, "/invitation/");
  expect(link).toMatch(/^\/invitation\/[A-Za-z0-9_-]{43}$/);
  await page.goto("/admin/organisations");
  await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
  await expectAccessible(page, "the organisations page");

  const invitedContext = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "en" } });
  const invited = await invitedContext.newPage();
  await invited.goto(link);
  await expect(invited.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();
  await expect(invited.getByText(email)).toBeVisible();
  await expectAccessible(invited, "the invitation page");
  await waitForHydration(invited);
  await invited.getByLabel("Your name").fill("Invited Moderator");
  await invited.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await invited.getByLabel("New password again").fill(PASSWORD);
  await invited.getByRole("button", { name: "Create my account" }).click();

  await expect(invited.getByRole("heading", { level: 1, name: "Review input" })).toBeVisible();
  await invited
    .getByRole("link", { name: /ASCC Post-2025/ })
    .first()
    .click();
  await expect(invited.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();

  // The link worked once: opened again, it says so.
  const again = await invited.goto(link);
  expect(again?.status()).toBe(410);
  await expect(invited.getByText("This invitation has already been used")).toBeVisible();
  await invitedContext.close();
});
