import { expect, test } from "@playwright/test";
import { chooseLanguage, PASSWORD, registerThroughForm, sectionPath, text, urlEndingWith } from "./helpers";

// Everything here must work as plain HTML: links, GET and POST forms, server-side checks.
test.use({ javaScriptEnabled: false });

test("a section can be read, and on a narrow screen the text switch changes language", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(sectionPath("2.1"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`2.1 ${text.section21.en}`);
  await expect(page.getByText(text.section21Body.en)).toBeVisible();
  // One language at a time on a phone.
  await expect(page.getByText(text.section21Body.id)).toBeHidden();

  const textSwitch = page.getByRole("navigation", { name: "Text of this section in:" });
  await expect(textSwitch).toBeVisible();
  await expect(textSwitch.getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "true");

  await textSwitch.getByRole("link", { name: "Bahasa Indonesia" }).click();
  await expect(page).toHaveURL(/\?text=id$/);
  await expect(page.getByText(text.section21Body.id)).toBeVisible();
  await expect(page.getByText(text.section21Body.en)).toBeHidden();
  await expect(textSwitch.getByRole("link", { name: "Bahasa Indonesia" })).toHaveAttribute("aria-current", "true");
  // Only the text changes; the site stays in English.
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await textSwitch.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\?text=en$/);
  await expect(page.getByText(text.section21Body.en)).toBeVisible();
  await expect(page.getByText(text.section21Body.id)).toBeHidden();
});

test("the register form is checked on the server and shows its errors", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Full name").fill("Budi Santoso");
  await page.getByLabel("E-mail address").fill("budi-at-example");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("radio", { name: "Myself, as an individual expert" }).check();
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/register"),
    page.getByRole("button", { name: "Create account" }).click(),
  ]);
  expect(response.status()).toBe(400);

  const summary = page.getByRole("alert");
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  const emailMessage = "Enter an e-mail address in the correct format, like name@example.org";
  const passwordMessage = "Your password must be at least 12 characters long";
  await expect(summary.getByRole("link", { name: emailMessage })).toHaveAttribute("href", "#field-email");
  await expect(summary.getByRole("link", { name: passwordMessage })).toHaveAttribute("href", "#field-password");

  // Each error sits next to its field and is tied to it for screen readers.
  const email = page.getByLabel("E-mail address");
  await expect(page.locator("#field-email-error")).toContainText(emailMessage);
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAttribute("aria-describedby", /field-email-error/);
  const password = page.getByLabel("Password", { exact: true });
  await expect(page.locator("#field-password-error")).toContainText(passwordMessage);
  await expect(password).toHaveAttribute("aria-invalid", "true");
  // Fields without a problem have no error.
  await expect(page.locator("#field-name-error")).toHaveCount(0);
  // The password is never sent back into the page.
  await expect(password).toHaveValue("");
});

test("what was typed into the register form is still there after a server-side error", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Full name").fill("Budi Santoso");
  await page.getByLabel("E-mail address").fill("budi-at-example");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("radio", { name: "Myself, as an individual expert" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert")).toBeVisible();

  await expect(page.getByLabel("Full name")).toHaveValue("Budi Santoso", { timeout: 2_000 });
  await expect(page.getByLabel("E-mail address")).toHaveValue("budi-at-example");
  await expect(page.getByRole("radio", { name: "Myself, as an individual expert" })).toBeChecked();
});

test("logging in and out works without JavaScript", async ({ page }) => {
  const account = await registerThroughForm(page, "nojs-login");
  await page.context().clearCookies();

  await page.goto("/");
  const header = page.getByRole("banner");
  await header.getByRole("link", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Log in" }).click();
  await expect(header.getByText(`Signed in as ${account.name}`)).toBeVisible();

  await header.getByRole("button", { name: "Log out" }).click();
  await expect(header.getByRole("link", { name: "Log in" })).toBeVisible();
  await expect(header.getByText(/Signed in as/)).toHaveCount(0);
});

test("after logging in without JavaScript the reader returns to the page they came from", async ({ page }) => {
  const account = await registerThroughForm(page, "nojs-return");
  await page.context().clearCookies();
  await page.goto(sectionPath("2.1"));
  await page.getByRole("banner").getByRole("link", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/login\?redirectTo=/);
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("banner").getByText(`Signed in as ${account.name}`)).toBeVisible();
  await expect(page).toHaveURL(urlEndingWith(sectionPath("2.1")), { timeout: 2_000 });
});

test("a wrong password is answered with a form-level error, without JavaScript", async ({ page }) => {
  const account = await registerThroughForm(page, "nojs-wrong");
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password").fill("not the right passphrase");
  await page.getByRole("main").getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert")).toContainText("The e-mail address or password is not right");
  await expect(page.getByRole("banner").getByText(/Signed in as/)).toHaveCount(0);
});

test("repeated wrong passwords get a 429 page that keeps the e-mail and says when to try again, without JavaScript", async ({
  page,
}) => {
  const account = await registerThroughForm(page, "nojs-delay");
  await page.context().clearCookies();
  await page.goto("/login");
  // Five mistakes are free; then each attempt waits 1 s, 2 s, 4 s …, so a refusal comes within a few tries.
  let status = 0;
  for (let attempt = 0; attempt < 10 && status !== 429; attempt++) {
    await page.getByLabel("E-mail address").fill(account.email);
    await page.getByLabel("Password").fill("not the right passphrase");
    const answer = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("main").getByRole("button", { name: "Log in" }).click();
    const response = await answer;
    status = response.status();
    if (status === 429) expect(Number(await response.headerValue("Retry-After"))).toBeGreaterThan(0);
  }
  expect(status).toBe(429);
  await expect(page.getByRole("alert")).toContainText(/Too many attempts to log in\. Try again in \d+ seconds?/);
  await expect(page.getByLabel("E-mail address")).toHaveValue(account.email);
  await expect(page.getByLabel("Password")).toHaveValue("");
});

test("the language switch works without JavaScript", async ({ page }) => {
  await page.goto(sectionPath("2.1"));
  await chooseLanguage(page, "id");
  await expect(page).toHaveURL(urlEndingWith(sectionPath("2.1")));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`2.1 ${text.section21.id}`);
});
