import { minimalPdf } from "../fixtures/documents";
import { logIn, registerThroughForm } from "./helpers";
import {
  continueToPreview,
  continueToServer,
  englishComment,
  expect,
  expectAmendmentPreview,
  expectListedOnce,
  fillAmendment,
  fillComment,
  followSendLink,
  gotoSendForm,
  LOGIN_FOR_SEND_URL,
  myInputCards,
  postSendForm,
  SEND_URL,
  sendForm,
  sendFromPreview,
  startIndonesianAmendment,
  test,
  words,
} from "./submission-helpers";

const withoutJavaScript = { javaScript: false };

// Sending input must work as plain HTML: every step is a form post answered by the server.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a contributor sends an amendment in Bahasa Indonesia with a PDF and finds it waiting for review", async ({
    page,
    files,
  }) => {
    const { w, input, pdf, attachmentName } = await startIndonesianAmendment(page, files, "nojs-send-id");
    // Without JavaScript the proposed text is always there (it cannot follow the choice), and there is no counter.
    await expect(sendForm(page, w).proposedText).toBeVisible();
    await expect(page.locator(".counter")).toHaveCount(0);
    await fillAmendment(page, w, input, pdf);
    await continueToPreview(page, w);
    await expectAmendmentPreview(page, w, input, attachmentName);

    const reference = await sendFromPreview(page, w);
    const main = page.getByRole("main");
    await expect(main).toContainText(w.pending);
    await expect(main).toContainText(attachmentName);
    await expectListedOnce(page, w, reference, w.pending);
  });

  test("a file that only claims to be a PDF is refused next to the field, and the text stays", async ({
    page,
    files,
  }) => {
    const w = words.en;
    await registerThroughForm(page, "nojs-fake-pdf");
    const fake = await files.write("paper.pdf", "This is plain text, not a PDF document.\n");
    const form = await gotoSendForm(page, w, withoutJavaScript);
    const body = englishComment("nojs fake pdf");
    await fillComment(page, w, { stance: w.supportWithChanges, body });
    await form.attachment.setInputFiles(fake);
    const response = await continueToServer(page, w);
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

  test("a good PDF sent with a form that has an error is not kept, and the page says to choose it again", async ({
    page,
    files,
  }) => {
    const w = words.en;
    await registerThroughForm(page, "nojs-file-not-kept");
    const pdf = await files.write("report.html", minimalPdf());
    const form = await gotoSendForm(page, w, withoutJavaScript);
    await fillComment(page, w, { stance: w.supportWithChanges, body: "Too short." });
    await form.attachment.setInputFiles(pdf);
    const response = await continueToServer(page, w);
    expect(response.status()).toBe(400);

    // Named for what it holds: the file is a PDF, whatever its name said.
    await expect(page.locator("#field-attachment-notice")).toHaveText(
      "We did not keep report.pdf. We keep a file only when the rest of the form is correct. Choose the file again.",
    );
    await expect(form.attachment).toHaveAttribute("aria-describedby", /field-attachment-notice/);
    await expect(page.locator("#field-body-error")).toContainText(w.bodyTooShort);
    await expect(form.body).toHaveValue("Too short.");
  });

  test("a file over 10 MB is refused by the server, and the text stays", async ({ page, files }) => {
    const w = words.en;
    await registerThroughForm(page, "nojs-big-file");
    const big = await files.write(
      "big-paper.pdf",
      Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(11 * 1024 * 1024, 0x20)]),
    );
    const form = await gotoSendForm(page, w, withoutJavaScript);
    const body = englishComment("nojs big file");
    await fillComment(page, w, { stance: "Oppose", body });
    await form.attachment.setInputFiles(big);
    const response = await continueToServer(page, w);
    expect(response.status()).toBe(400);
    await expect(form.attachmentError).toContainText(`${w.attachmentTooLarge} ${w.chooseFileAgain}`);
    await expect(form.body).toHaveValue(body);
    await expect(form.stance("Oppose")).toBeChecked();
  });

  test("a visitor who is not signed in logs in and comes back to the form for the section", async ({ page }) => {
    const w = words.en;
    const account = await registerThroughForm(page, "nojs-send-login");
    await page.context().clearCookies();
    await followSendLink(page, w);
    await expect(page).toHaveURL(LOGIN_FOR_SEND_URL);
    await logIn(page, account);
    await expect(page).toHaveURL(SEND_URL);
    await expect(page.getByRole("heading", { level: 1, name: w.formTitle })).toBeVisible();
  });

  test("pressing Send input twice, or sending the same preview again, stores one submission", async ({
    page,
    baseURL,
  }) => {
    const w = words.en;
    await registerThroughForm(page, "nojs-double");
    await gotoSendForm(page, w, withoutJavaScript);
    await fillComment(page, w, { stance: "Support", body: englishComment("nojs double click") });
    await continueToPreview(page, w);

    // What the preview form holds, to send it once more afterwards (as "back, then send again" would).
    const previewForm = page.getByRole("main").locator("form");
    const fields: Record<string, string> = { intent: "send" };
    for (const input of await previewForm.locator('input[type="hidden"], input[type="radio"]:checked').all()) {
      fields[(await input.getAttribute("name"))!] = (await input.getAttribute("value")) ?? "";
    }
    expect(fields.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(fields.language).toBe("en");

    // Nothing disables the button without JavaScript.
    const reference = await sendFromPreview(page, w, { doubleClick: true });

    const again = await postSendForm(page, baseURL!, fields);
    expect(again.status()).toBe(200);
    expect(new URL(again.url()).pathname).toBe(`/my-input/${reference}`);

    await page.goto("/my-input");
    await expect(myInputCards(page)).toHaveCount(1);
    await expect(myInputCards(page)).toContainText(reference);
  });
});
