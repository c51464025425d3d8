import { minimalPdf } from "../fixtures/documents";
import { PASSWORD, registerThroughForm, sectionPath } from "./helpers";
import {
  englishComment,
  expect,
  expectConfirmation,
  expectListedOnce,
  fillAmendment,
  indonesianAmendment,
  myInputCards,
  openSendForm,
  SEND_PATH,
  sendForm,
  test,
  words,
} from "./submission-helpers";

// Sending input must work as plain HTML: every step is a form post answered by the server.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a contributor sends an amendment in Bahasa Indonesia with a PDF and finds it waiting for review", async ({
    page,
    files,
  }) => {
    const w = words.id;
    await registerThroughForm(page, "nojs-send-id", "id");
    const pdf = await files.write("kertas-posisi.pdf", minimalPdf("Kertas posisi"));
    const input = indonesianAmendment();

    await openSendForm(page, w);
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    // Without JavaScript the proposed text is always there (it cannot follow the choice), and there is no counter.
    await expect(sendForm(page, w).proposedText).toBeVisible();
    await expect(page.locator(".counter")).toHaveCount(0);
    await fillAmendment(page, w, input, pdf);
    await sendForm(page, w).continue.click();

    await expect(page.getByRole("heading", { level: 1, name: w.previewTitle })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main).toContainText(input.body);
    await expect(main).toContainText("kertas-posisi.pdf");
    const language = page.getByRole("group", { name: w.language });
    await expect(language).toContainText(w.detected("Bahasa Indonesia"));
    await expect(language.getByRole("radio", { name: w.indonesian })).toBeChecked();
    const diff = page.getByRole("region", { name: w.diffHeading });
    await expect(diff.locator("del").filter({ hasText: input.removed })).toBeVisible();
    await expect(diff.locator("ins").filter({ hasText: input.added })).toBeVisible();

    await main.getByRole("button", { name: w.send, exact: true }).click();
    const reference = await expectConfirmation(page, w);
    await expect(main).toContainText(w.pending);
    await expect(main).toContainText("kertas-posisi.pdf");
    await expectListedOnce(page, w, reference, w.pending);
  });

  test("a file that only claims to be a PDF is refused next to the field, and the text stays", async ({
    page,
    files,
  }) => {
    const w = words.en;
    await registerThroughForm(page, "nojs-fake-pdf");
    const fake = await files.write("paper.pdf", "This is plain text, not a PDF document.\n");
    await page.goto(SEND_PATH);
    const form = sendForm(page, w);
    const body = englishComment("nojs fake pdf");
    await form.comment.check();
    await form.stance(w.supportWithChanges).check();
    await form.body.fill(body);
    await form.consent(w.anonymous).check();
    await form.attachment.setInputFiles(fake);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.endsWith("/send")),
      form.continue.click(),
    ]);
    expect(response.status()).toBe(400);

    await expect(page.getByRole("heading", { level: 1, name: w.formTitle })).toBeVisible();
    await expect(form.attachmentError).toContainText(`${w.attachmentType} ${w.chooseFileAgain}`);
    await expect(form.attachment).toHaveAttribute("aria-invalid", "true");
    await expect(form.attachment).toHaveAttribute("aria-describedby", /field-attachment-error/);
    const summary = page.getByRole("alert");
    await expect(summary.getByRole("heading", { name: w.errorSummary })).toBeVisible();
    await expect(summary.getByRole("link", { name: w.attachmentType })).toHaveAttribute("href", "#field-attachment");
    // Everything typed is still there; only the file has to be chosen again.
    await expect(form.body).toHaveValue(body);
    await expect(form.comment).toBeChecked();
    await expect(form.stance(w.supportWithChanges)).toBeChecked();
    await expect(form.consent(w.anonymous)).toBeChecked();
    await expect(page.locator("#field-body-error")).toHaveCount(0);
  });

  test("a file over 10 MB is refused by the server, and the text stays", async ({ page, files }) => {
    const w = words.en;
    await registerThroughForm(page, "nojs-big-file");
    const big = await files.write(
      "big-paper.pdf",
      Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(11 * 1024 * 1024, 0x20)]),
    );
    await page.goto(SEND_PATH);
    const form = sendForm(page, w);
    const body = englishComment("nojs big file");
    await form.comment.check();
    await form.stance("Oppose").check();
    await form.body.fill(body);
    await form.consent(w.anonymous).check();
    await form.attachment.setInputFiles(big);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.endsWith("/send")),
      form.continue.click(),
    ]);
    expect(response.status()).toBe(400);
    await expect(form.attachmentError).toContainText(`${w.attachmentTooLarge} ${w.chooseFileAgain}`);
    await expect(form.body).toHaveValue(body);
    await expect(form.stance("Oppose")).toBeChecked();
  });

  test("a visitor who is not signed in logs in and comes back to the form for the section", async ({ page }) => {
    const w = words.en;
    const account = await registerThroughForm(page, "nojs-send-login");
    await page.context().clearCookies();
    await page.goto(sectionPath("2.1"));
    await page.getByRole("main").getByRole("link", { name: w.start }).click();
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fconsultations%2Fascc-post-2025%2Fsend%3Fsection%3D2\.1$/);
    await page.getByLabel("E-mail address").fill(account.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("main").getByRole("button", { name: "Log in" }).click();
    await expect(page).toHaveURL(/\/consultations\/ascc-post-2025\/send\?section=2\.1$/);
    await expect(page.getByRole("heading", { level: 1, name: w.formTitle })).toBeVisible();
  });

  test("pressing Send input twice, or sending the same preview again, stores one submission", async ({
    page,
    baseURL,
  }) => {
    const w = words.en;
    await registerThroughForm(page, "nojs-double");
    await page.goto(SEND_PATH);
    const form = sendForm(page, w);
    await form.comment.check();
    await form.stance("Support").check();
    await form.body.fill(englishComment("nojs double click"));
    await form.consent(w.anonymous).check();
    await form.continue.click();
    await expect(page.getByRole("heading", { level: 1, name: w.previewTitle })).toBeVisible();

    // What the preview form holds, to send it once more afterwards (as "back, then send again" would).
    const previewForm = page.getByRole("main").locator("form");
    const fields: Record<string, string> = { intent: "send" };
    for (const input of await previewForm.locator('input[type="hidden"], input[type="radio"]:checked').all()) {
      fields[(await input.getAttribute("name"))!] = (await input.getAttribute("value")) ?? "";
    }
    expect(fields.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(fields.language).toBe("en");

    // Nothing disables the button without JavaScript.
    await page.getByRole("main").getByRole("button", { name: w.send, exact: true }).dblclick();
    const reference = await expectConfirmation(page, w);

    const again = await page.request.post(SEND_PATH, {
      multipart: fields,
      headers: { Origin: new URL(baseURL!).origin },
    });
    expect(again.status()).toBe(200);
    expect(new URL(again.url()).pathname).toBe(`/my-input/${reference}`);

    await page.goto("/my-input");
    await expect(myInputCards(page)).toHaveCount(1);
    await expect(myInputCards(page)).toContainText(reference);
  });
});
