import type { Page } from "@playwright/test";
import { minimalPdf } from "../fixtures/documents";
import { PASSWORD, registerThroughForm, sectionPath, waitForHydration } from "./helpers";
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
  sendByRequest,
  sendForm,
  test,
  words,
} from "./submission-helpers";

// Sending input on a section with JavaScript on: the browser checks the form as the author types,
// and the pages are the same Remix forms as without it (no-javascript in send-input-no-javascript.spec.ts).

// Drafts are kept per author (app/submissions/send-page.tsx): masukan:draft:<user id>:<consultation>:<section>.
const DRAFT_KEY = /^masukan:draft:[^:]+:ascc-post-2025:2\.1$/;

/** The draft kept in this browser for section 2.1, whoever wrote it; null when there is none. */
function savedDraft(page: Page): Promise<string | null> {
  return page.evaluate((pattern) => {
    const key = Object.keys(window.localStorage).find((name) => new RegExp(pattern).test(name));
    return key === undefined ? null : window.localStorage.getItem(key);
  }, DRAFT_KEY.source);
}

test("a contributor sends an amendment in Bahasa Indonesia with a PDF and finds it waiting for review", async ({
  page,
  files,
}) => {
  const w = words.id;
  await registerThroughForm(page, "send-id", "id");
  const pdf = await files.write("kertas-posisi.pdf", minimalPdf("Kertas posisi"));
  const input = indonesianAmendment();

  await openSendForm(page, w);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await waitForHydration(page);
  const form = sendForm(page, w);

  // The proposed text only shows for an amendment.
  await form.comment.check();
  await expect(form.proposedText).toBeHidden();
  await fillAmendment(page, w, input, pdf);

  // The counter follows the text as it is typed.
  const counter = page.locator(".counter");
  await expect(counter).toHaveText(w.counter(String(input.body.length)));
  await form.body.pressSequentially("!");
  await expect(counter).toHaveText(w.counter(String(input.body.length + 1)));
  await form.body.press("Backspace");
  await expect(counter).toHaveText(w.counter(String(input.body.length)));

  await form.continue.click();
  await expect(page.getByRole("heading", { level: 1, name: w.previewTitle })).toBeVisible();
  // Nothing is sent yet: the page has only checked and kept the answers.
  await expect(page).toHaveURL(/\/consultations\/ascc-post-2025\/send\?section=2\.1$/);
  const main = page.getByRole("main");
  await expect(main).toContainText(input.body);
  await expect(main).toContainText("kertas-posisi.pdf");

  // The detected language, which the author can correct.
  const language = page.getByRole("group", { name: w.language });
  await expect(language).toContainText(w.detected("Bahasa Indonesia"));
  await expect(language.getByRole("radio", { name: w.indonesian })).toBeChecked();
  await expect(language.getByRole("radio", { name: w.english })).not.toBeChecked();

  // The word diff of the amendment against the quoted passage.
  const diff = page.getByRole("region", { name: w.diffHeading });
  await expect(diff.locator("del").filter({ hasText: input.removed })).toBeVisible();
  await expect(diff.locator("ins").filter({ hasText: input.added })).toBeVisible();

  await main.getByRole("button", { name: w.send, exact: true }).click();
  const reference = await expectConfirmation(page, w);
  await expect(main).toContainText(w.pending);
  await expect(main).toContainText("kertas-posisi.pdf");
  // Sent input leaves no draft behind in the browser.
  await expect.poll(() => savedDraft(page)).toBeNull();

  await expectListedOnce(page, w, reference, w.pending);
});

test("the author can correct the detected language on the preview before sending", async ({ page }) => {
  const w = words.en;
  await registerThroughForm(page, "send-lang");
  await page.goto(SEND_PATH);
  await waitForHydration(page);
  const form = sendForm(page, w);
  const body = englishComment("language");
  await form.comment.check();
  await form.stance("Oppose").check();
  await form.body.fill(body);
  await form.consent("No, only the working group may read it").check();
  await form.continue.click();

  const language = page.getByRole("group", { name: w.language });
  await expect(language).toContainText(w.detected("English"));
  await expect(language.getByRole("radio", { name: w.english })).toBeChecked();
  // No word diff for a comment.
  await expect(page.getByRole("region", { name: w.diffHeading })).toHaveCount(0);
  await language.getByRole("radio", { name: "Another language" }).check();
  await page.getByRole("main").getByRole("button", { name: w.send, exact: true }).click();
  const reference = await expectConfirmation(page, w);
  // The text is marked up in the language chosen, so "another language" sets none.
  await expect(page.getByRole("main").getByText(body)).not.toHaveAttribute("lang", /.+/);
  await expect(page.getByRole("main")).toContainText(reference);
});

test("a file over 10 MB is refused in the browser before anything is sent, and the text stays", async ({
  page,
  files,
}) => {
  const w = words.en;
  await registerThroughForm(page, "big-file");
  const big = await files.write(
    "big-paper.pdf",
    Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(11 * 1024 * 1024, 0x20)]),
  );
  await page.goto(SEND_PATH);
  await waitForHydration(page);
  const form = sendForm(page, w);
  const body = englishComment("big file");
  await form.body.fill(body);

  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await form.attachment.setInputFiles(big);
  await expect(form.attachmentError).toContainText(w.attachmentTooLarge);
  await expect(form.attachment).toHaveAttribute("aria-invalid", "true");
  await expect(form.attachment).toHaveAttribute("aria-describedby", /field-attachment-error/);
  await expect(page.getByRole("alert").getByRole("link", { name: w.attachmentTooLarge })).toHaveAttribute(
    "href",
    "#field-attachment",
  );
  // The file is dropped from the field, so it cannot be sent by mistake.
  expect(await form.attachment.evaluate((input: HTMLInputElement) => input.files?.length ?? 0)).toBe(0);
  await expect(form.body).toHaveValue(body);
  expect(posts, "nothing should be sent to the server").toEqual([]);
});

test("a file that only claims to be a PDF is refused by the server, and the text stays", async ({ page, files }) => {
  const w = words.en;
  await registerThroughForm(page, "fake-pdf-js");
  const fake = await files.write("paper.pdf", "This is plain text, not a PDF document.\n");
  await page.goto(SEND_PATH);
  await waitForHydration(page);
  const form = sendForm(page, w);
  const body = englishComment("fake pdf");
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
  await expect(form.attachmentError).toContainText(`${w.attachmentType} ${w.chooseFileAgain}`);
  await expect(page.getByRole("alert").getByRole("link", { name: w.attachmentType })).toBeVisible();
  await expect(form.body).toHaveValue(body);
  await expect(form.stance(w.supportWithChanges)).toBeChecked();
  await expect(form.consent(w.anonymous)).toBeChecked();
});

test("the form shows what is missing when it is sent empty", async ({ page }) => {
  const w = words.en;
  await registerThroughForm(page, "send-empty");
  await page.goto(SEND_PATH);
  await waitForHydration(page);
  await sendForm(page, w).continue.click();
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("heading", { name: w.errorSummary })).toBeVisible();
  await expect(summary.getByRole("link", { name: w.stanceRequired })).toHaveAttribute("href", "#field-stance");
  await expect(summary.getByRole("link", { name: w.bodyTooShort })).toHaveAttribute("href", "#field-body");
  await expect(summary.getByRole("link", { name: w.consentRequired })).toHaveAttribute("href", "#field-consent");
  await expect(page.getByLabel(w.body, { exact: true })).toHaveAttribute("aria-invalid", "true");
  // Checked in the browser: still on the form, and the summary has the focus.
  await expect(page.getByRole("heading", { level: 1, name: w.formTitle })).toBeVisible();
  await expect(summary).toBeFocused();
});

test("a visitor who is not signed in is asked to log in and comes back to the form for the section", async ({
  page,
}) => {
  const w = words.en;
  const account = await registerThroughForm(page, "send-login");
  await page.context().clearCookies();

  await page.goto(sectionPath("2.1"));
  await page.getByRole("main").getByRole("link", { name: w.start }).click();
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fconsultations%2Fascc-post-2025%2Fsend%3Fsection%3D2\.1$/);
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  await waitForHydration(page);
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Log in" }).click();

  await expect(page).toHaveURL(/\/consultations\/ascc-post-2025\/send\?section=2\.1$/);
  await expect(page.getByRole("heading", { level: 1, name: w.formTitle })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("On section 2.1: Strategic Goal 1: Inclusive human development");
  await expect(page.getByRole("banner").getByText(`Signed in as ${account.name}`)).toBeVisible();
});

test("text being written is kept in the browser and restored when the form is opened again", async ({ page }) => {
  const w = words.en;
  await registerThroughForm(page, "draft-reload");
  await page.goto(SEND_PATH);
  await waitForHydration(page);
  const form = sendForm(page, w);
  const body = englishComment("draft");
  await form.amendment.check();
  await form.body.fill(body);
  await form.proposedText.fill("Eradicate extreme poverty and reduce multidimensional inequality.");
  await expect.poll(async () => (await savedDraft(page)) ?? "").toContain(body);
  await expect(page.getByText(w.restored)).toHaveCount(0);

  await page.reload();
  await waitForHydration(page);
  await expect(page.getByRole("status").filter({ hasText: w.restored })).toBeVisible();
  await expect(form.body).toHaveValue(body);
  await expect(form.amendment).toBeChecked();
  await expect(form.proposedText).toHaveValue("Eradicate extreme poverty and reduce multidimensional inequality.");

  // Also after going elsewhere and coming back by the section's button.
  await page.goto(sectionPath("2.1"));
  await page.getByRole("main").getByRole("link", { name: w.start }).click();
  await waitForHydration(page);
  await expect(page.getByRole("status").filter({ hasText: w.restored })).toBeVisible();
  await expect(form.body).toHaveValue(body);
});

test("the draft survives an expired session: after logging in again the text is back", async ({ page }) => {
  const w = words.en;
  const account = await registerThroughForm(page, "draft-expired");
  await page.goto(SEND_PATH);
  await waitForHydration(page);
  const body = englishComment("expired session");
  await sendForm(page, w).body.fill(body);
  await expect.poll(async () => (await savedDraft(page)) ?? "").toContain(body);

  // The session ends (cookies gone); local storage stays, as it does in a real browser.
  await page.context().clearCookies();
  await page.reload();
  await expect(page).toHaveURL(/\/login\?redirectTo=/);
  await waitForHydration(page);
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/consultations\/ascc-post-2025\/send\?section=2\.1$/);
  await waitForHydration(page);
  await expect(page.getByRole("status").filter({ hasText: w.restored })).toBeVisible();
  await expect(sendForm(page, w).body).toHaveValue(body);
});

test("a draft stays with its author: the next person on a shared computer does not get it", async ({ page }) => {
  const w = words.en;
  await registerThroughForm(page, "draft-owner");
  await page.goto(SEND_PATH);
  await waitForHydration(page);
  const body = englishComment("private draft");
  await sendForm(page, w).body.fill(body);
  await expect.poll(async () => (await savedDraft(page)) ?? "").toContain(body);
  await page.getByRole("banner").getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Log in" })).toBeVisible();

  await registerThroughForm(page, "draft-next");
  await page.goto(SEND_PATH);
  await waitForHydration(page);
  await expect(sendForm(page, w).body).toHaveValue("", { timeout: 2_000 });
  await expect(page.getByText(w.restored)).toHaveCount(0);
});

test("pending input can be changed, keeping the earlier version, and then withdrawn", async ({ page, baseURL }) => {
  const w = words.en;
  await registerThroughForm(page, "edit-withdraw");
  const { reference, fields } = await sendByRequest(page, baseURL!);
  const changed = englishComment("changed");

  await page.goto(`/my-input/${reference}`);
  await expect(page.getByRole("heading", { level: 1, name: `Input ${reference}` })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Change", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/my-input/${reference}/edit$`));
  await expect(page.getByRole("heading", { level: 1, name: "Change your input" })).toBeVisible();
  await waitForHydration(page);
  const body = page.getByLabel(w.body, { exact: true });
  await expect(body).toHaveValue(fields.body!);
  await expect(page.getByRole("radio", { name: w.english })).toBeChecked();
  await body.fill(changed);
  await page.getByRole("main").getByRole("button", { name: "Save changes" }).click();

  await expect(page).toHaveURL(new RegExp(`/my-input/${reference}$`));
  const main = page.getByRole("main");
  await expect(main.getByText(changed)).toBeVisible();
  const history = page.getByRole("region", { name: "Earlier versions" });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await expect(history.getByRole("listitem")).toContainText(fields.body!);
  await expect(history).not.toContainText(changed);

  await main.getByRole("link", { name: "Withdraw", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/my-input/${reference}/withdraw$`));
  await expect(page.getByRole("heading", { level: 1, name: "Withdraw your input" })).toBeVisible();
  await expect(main).toContainText(`Do you want to withdraw input ${reference}?`);
  await main.getByRole("button", { name: "Yes, withdraw it" }).click();

  await expect(page).toHaveURL(new RegExp(`/my-input/${reference}$`));
  await expect(main.locator(".badge--status-withdrawn")).toHaveText(w.withdrawn);
  await expect(main).toContainText("It can no longer be changed");
  await expect(main.getByRole("link", { name: "Change", exact: true })).toHaveCount(0);
  await expect(main.getByRole("link", { name: "Withdraw", exact: true })).toHaveCount(0);
  await expectListedOnce(page, w, reference, w.withdrawn);
});

test("sending the same preview twice stores one submission", async ({ page, baseURL }) => {
  const w = words.en;
  await registerThroughForm(page, "double-request");
  await page.goto(SEND_PATH);
  await waitForHydration(page);
  const form = sendForm(page, w);
  await form.comment.check();
  await form.stance("Neutral").check();
  await form.body.fill(englishComment("twice"));
  await form.consent(w.anonymous).check();
  await form.continue.click();
  await expect(page.getByRole("heading", { level: 1, name: w.previewTitle })).toBeVisible();

  // The preview's own form, sent twice at once as a resending browser or a double click would.
  const previewForm = page.locator("form.stack");
  const fields = await previewForm.evaluate((element: HTMLFormElement) => {
    const data: Record<string, string> = {};
    for (const [name, value] of new FormData(element)) if (typeof value === "string") data[name] = value;
    return data;
  });
  expect(fields.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  const send = () =>
    page.request.post(SEND_PATH, {
      multipart: { ...fields, intent: "send" },
      headers: { Origin: new URL(baseURL!).origin },
    });
  const responses = await Promise.all([send(), send()]);
  for (const response of responses) expect(response.status()).toBe(200);
  const [first, second] = responses.map((response) => new URL(response.url()).pathname);
  expect(first).toMatch(/^\/my-input\/ASCC-\d{4}-\d{4}$/);
  expect(second).toBe(first);

  // Then the button itself, pressed twice quickly.
  await page.getByRole("main").getByRole("button", { name: w.send, exact: true }).dblclick();
  const reference = await expectConfirmation(page, w);
  expect(`/my-input/${reference}`).toBe(first);

  await page.goto("/my-input");
  await expect(myInputCards(page)).toHaveCount(1);
  await expect(myInputCards(page)).toContainText(reference);
});
