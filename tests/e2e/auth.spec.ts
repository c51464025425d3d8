import { expect, test } from "@playwright/test";
import {
  PASSWORD,
  registerThroughForm,
  sectionPath,
  uniqueEmail,
  uniqueSuffix,
  urlEndingWith,
  waitForHydration,
} from "./helpers";

test("a contributor registers with a new organisation, logs out and logs in again", async ({ page }) => {
  const suffix = uniqueSuffix();
  const name = `Dewi Kartika ${suffix}`;
  const email = uniqueEmail("register");
  const organisation = `E2E Policy Institute ${suffix}`;

  await page.goto("/register");
  await expect(page.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();
  await waitForHydration(page);

  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("radio", { name: "An organisation that is not on the list yet" }).check();
  // Once a choice is made, only the matching organisation block is shown.
  await expect(page.getByLabel("Your organisation")).toBeHidden();
  await page.getByLabel("Name of the organisation").fill(organisation);
  await page.getByLabel("Type of organisation").selectOption({ label: "Think tank" });
  await page.getByLabel("Country").selectOption({ label: "Indonesia" });
  await page.getByLabel("Website (optional)").fill("https://example.org/institute");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/$/);
  const header = page.getByRole("banner");
  await expect(header.getByText(`Signed in as ${name}`)).toBeVisible();

  await header.getByRole("button", { name: "Log out" }).click();
  await expect(header.getByRole("link", { name: "Log in" })).toBeVisible();
  await expect(header.getByText(/Signed in as/)).toHaveCount(0);

  await header.getByRole("link", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  await waitForHydration(page);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Log in" }).click();

  await expect(header.getByText(`Signed in as ${name}`)).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});

test("typing an invalid e-mail address shows the error next to the field before sending", async ({ page }) => {
  await page.goto("/register");
  await waitForHydration(page);
  const email = page.getByLabel("E-mail address");
  await email.fill("not-an-address");

  const message = "Enter an e-mail address in the correct format, like name@example.org";
  const fieldError = page.locator("#field-email-error");
  await expect(fieldError).toBeVisible();
  await expect(fieldError).toContainText(message);
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAttribute("aria-describedby", /field-email-error/);
  // Nothing was sent: no summary yet, still on the form.
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page).toHaveURL(/\/register$/);

  // Correcting it clears the error as the user types.
  await email.fill("dewi@example.org");
  await expect(fieldError).toHaveCount(0);
  await expect(email).not.toHaveAttribute("aria-invalid", "true");
});

test("after logging in the reader returns to the page they came from", async ({ page }) => {
  const account = await registerThroughForm(page, "return");
  await page.context().clearCookies();
  await page.goto(sectionPath("2.1"));
  await page.getByRole("banner").getByRole("link", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/login\?redirectTo=/);
  await waitForHydration(page);
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("banner").getByText(`Signed in as ${account.name}`)).toBeVisible();
  await expect(page).toHaveURL(urlEndingWith(sectionPath("2.1")));
});

test("after a failed submit, focus moves to the error summary", async ({ page }) => {
  await page.goto("/register");
  await waitForHydration(page);
  await page.getByLabel("Full name").fill("Budi Santoso");
  await page.getByRole("button", { name: "Create account" }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toBeVisible();
  // Let every queued focus change happen first, then look once (a retrying check could catch
  // the summary during the moment it briefly had focus).
  const focused = await page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        setTimeout(() => requestAnimationFrame(() => resolve(document.activeElement?.className ?? "")), 0),
      ),
  );
  expect(focused).toBe("error-summary");
});
