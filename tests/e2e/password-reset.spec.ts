import { expect, test } from "@playwright/test";
import { expectAccessible, expectNoHorizontalScroll, logIn, registerThroughForm, waitForHydration } from "./helpers";
import { linkIn, mailTo } from "./mail-helpers";
import { demo, logInByRequest } from "./review-helpers";

const NEW_PASSWORD = "a new passphrase after the reset";

test("a person who forgot their password gets a link by e-mail, sets a new password and logs in with it", async ({
  page,
  browser,
}) => {
  const account = await registerThroughForm(page, "reset");

  const visitor = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await visitor.goto("/login");
  await visitor.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
  await waitForHydration(visitor);
  await visitor.getByLabel("E-mail address").fill(account.email);
  await visitor.getByRole("button", { name: "Send me a link" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Check your e-mail" })).toBeVisible();

  // The link arrives by e-mail through the run's SMTP server; the admin's outbox lists it as sent.
  const mail = await mailTo(account.email, /Reset your Masukan password/);
  const link = linkIn(mail, "/reset-password/");
  const admin = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await logInByRequest(admin, demo.admin, "/admin/outbox");
  await admin.goto("/admin/outbox");
  await expect(admin.getByRole("row").filter({ hasText: account.email })).toBeVisible();

  await visitor.goto(link);
  await expect(visitor.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await waitForHydration(visitor);
  await visitor.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await visitor.getByLabel("New password again").fill(NEW_PASSWORD);
  await visitor.getByRole("button", { name: "Set the new password" }).click();
  await expect(visitor).toHaveURL(/\/login\?notice=passwordReset$/);
  await expect(visitor.getByRole("status")).toContainText("Your new password is set");

  await logIn(visitor, { email: account.email, password: NEW_PASSWORD });
  await expect(visitor.getByRole("banner").getByText(`Signed in as ${account.name}`)).toBeVisible();

  // The session from before the reset has ended, and the link works only once.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?/);
  await visitor.goto(link);
  await expect(visitor.getByRole("heading", { level: 1, name: "This link cannot be used" })).toBeVisible();
  await expect(visitor.getByRole("alert")).toContainText("already been used");
});

// One test per width, as the other accessibility specs do.
for (const width of [360, 1280]) {
  test(`the forgotten-password pages, the account's e-mail settings and the dev outbox pass axe at ${width} px`, async ({
    page,
    browser,
  }) => {
    // Five axe runs take about 20 s on two busy cores: room for a slower CI machine.
    test.slow();
    await registerThroughForm(page, "mail-a11y");
    const admin = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await logInByRequest(admin, demo.admin, "/admin/outbox");
    const visitor = await (await browser.newContext({ locale: "en-GB" })).newPage();
    for (const tab of [page, admin, visitor]) await tab.setViewportSize({ width, height: 900 });
    await visitor.goto("/forgot-password");
    await expectAccessible(visitor, `forgot password (${width}px)`);
    await expectNoHorizontalScroll(visitor);
    await visitor.goto("/reset-password/not-a-real-token");
    await expect(visitor.getByRole("alert")).toContainText("This link is not right");
    await expectAccessible(visitor, `unusable reset link (${width}px)`);
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 2, name: "E-mails" })).toBeVisible();
    await expectAccessible(page, `account with e-mail settings (${width}px)`);
    await expectNoHorizontalScroll(page);
    await admin.goto("/admin/outbox");
    await expectAccessible(admin, `dev outbox (${width}px)`);
    await admin.locator("table a").first().click();
    await expect(admin.locator("pre").first()).toBeVisible();
    await expectAccessible(admin, `dev outbox message (${width}px)`);
    await expectNoHorizontalScroll(admin);
  });
}
