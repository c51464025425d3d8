import type { Page } from "@playwright/test";
import { logIn, registerThroughForm, waitForHydration } from "./helpers";
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
  sendByRequest,
  sendForm,
  sendFromPreview,
  startIndonesianAmendment,
  test,
  type Words,
  words,
} from "./submission-helpers";

// Sending input on a section with JavaScript on: the browser checks the form as the author types,
// and the pages are the same Remix forms as without it (no-javascript in send-input-no-javascript.spec.ts).

// Drafts are kept per author (app/submissions/drafts.ts): masukan:draft:<user id>:<consultation>:<section>.
const DRAFT_KEY = /^masukan:draft:[^:]+:ascc-post-2025:2\.1$/;

/** The draft kept in this browser for section 2.1, whoever wrote it; null when there is none. */
function savedDraft(page: Page): Promise<string | null> {
  return page.evaluate((pattern) => {
    const key = Object.keys(window.localStorage).find((name) => new RegExp(pattern).test(name));
    return key === undefined ? null : window.localStorage.getItem(key);
  }, DRAFT_KEY.source);
}

/** Waits until the browser has kept a draft holding this text. */
async function expectDraftSaved(page: Page, body: string) {
  await expect.poll(async () => (await savedDraft(page)) ?? "").toContain(body);
}

/** Once the page has hydrated, the form says it restored the draft, and the text is back. */
async function expectDraftRestored(page: Page, w: Words, body: string) {
  await waitForHydration(page);
  await expect(page.getByRole("status").filter({ hasText: w.restored })).toBeVisible();
  await expect(sendForm(page, w).body).toHaveValue(body);
}

test("a contributor sends an amendment in Bahasa Indonesia with a PDF and finds it waiting for review", async ({
  page,
  files,
}) => {
  const { w, input, pdf, attachmentName } = await startIndonesianAmendment(page, files, "send-id");
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

  await continueToPreview(page, w);
  // Nothing is sent yet: the page has only checked and kept the answers.
  await expect(page).toHaveURL(SEND_URL);
  // The text, the file, the detected language (which the author can correct) and the word diff of
  // the amendment against the quoted passage.
  await expectAmendmentPreview(page, w, input, attachmentName);
  const language = page.getByRole("group", { name: w.language });
  await expect(language.getByRole("radio", { name: w.english })).not.toBeChecked();

  const reference = await sendFromPreview(page, w);
  const main = page.getByRole("main");
  await expect(main).toContainText(w.pending);
  await expect(main).toContainText(attachmentName);
  // Sent input leaves no draft behind in the browser.
  await expect.poll(() => savedDraft(page)).toBeNull();

  await expectListedOnce(page, w, reference, w.pending);
});

test("the author can correct the detected language on the preview before sending", async ({ page }) => {
  const w = words.en;
  await registerThroughForm(page, "send-lang");
  const form = await gotoSendForm(page, w);
  const body = englishComment("language");
  await fillComment(page, w, { stance: "Oppose", body, consent: "No, only the working group may read it" });
  await form.continue.click();

  const language = page.getByRole("group", { name: w.language });
  await expect(language).toContainText(w.detected("English"));
  await expect(language.getByRole("radio", { name: w.english })).toBeChecked();
  // No word diff for a comment.
  await expect(page.getByRole("region", { name: w.diffHeading })).toHaveCount(0);
  await language.getByRole("radio", { name: "Another language" }).check();
  const reference = await sendFromPreview(page, w);
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
  const form = await gotoSendForm(page, w);
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
  const form = await gotoSendForm(page, w);
  const body = englishComment("fake pdf");
  await fillComment(page, w, { stance: w.supportWithChanges, body });
  await form.attachment.setInputFiles(fake);
  const response = await continueToServer(page, w);
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
  await (await gotoSendForm(page, w)).continue.click();
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

  await followSendLink(page, w);
  await expect(page).toHaveURL(LOGIN_FOR_SEND_URL);
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  await waitForHydration(page);
  await logIn(page, account);

  await expect(page).toHaveURL(SEND_URL);
  await expect(page.getByRole("heading", { level: 1, name: w.formTitle })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("On section 2.1: Strategic Goal 1: Inclusive human development");
  await expect(page.getByRole("banner").getByText(`Signed in as ${account.name}`)).toBeVisible();
});

test("text being written is kept in the browser and restored when the form is opened again", async ({ page }) => {
  const w = words.en;
  await registerThroughForm(page, "draft-reload");
  const form = await gotoSendForm(page, w);
  const body = englishComment("draft");
  await form.amendment.check();
  await form.body.fill(body);
  await form.proposedText.fill("Eradicate extreme poverty and reduce multidimensional inequality.");
  await expectDraftSaved(page, body);
  await expect(page.getByText(w.restored)).toHaveCount(0);

  await page.reload();
  await expectDraftRestored(page, w, body);
  await expect(form.amendment).toBeChecked();
  await expect(form.proposedText).toHaveValue("Eradicate extreme poverty and reduce multidimensional inequality.");

  // Also after going elsewhere and coming back by the section's button.
  await followSendLink(page, w);
  await expectDraftRestored(page, w, body);
});

test("the draft survives an expired session: after logging in again the text is back", async ({ page }) => {
  const w = words.en;
  const account = await registerThroughForm(page, "draft-expired");
  const form = await gotoSendForm(page, w);
  const body = englishComment("expired session");
  await form.body.fill(body);
  await expectDraftSaved(page, body);

  // The session ends (cookies gone); local storage stays, as it does in a real browser.
  await page.context().clearCookies();
  await page.reload();
  await expect(page).toHaveURL(/\/login\?redirectTo=/);
  await waitForHydration(page);
  await logIn(page, account);
  await expect(page).toHaveURL(SEND_URL);
  await expectDraftRestored(page, w, body);
});

test("a draft stays with its author: the next person on a shared computer does not get it", async ({ page }) => {
  const w = words.en;
  await registerThroughForm(page, "draft-owner");
  const body = englishComment("private draft");
  await (await gotoSendForm(page, w)).body.fill(body);
  await expectDraftSaved(page, body);
  await page.getByRole("banner").getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Log in" })).toBeVisible();

  await registerThroughForm(page, "draft-next");
  await expect((await gotoSendForm(page, w)).body).toHaveValue("", { timeout: 2_000 });
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
  await gotoSendForm(page, w);
  await fillComment(page, w, { stance: "Neutral", body: englishComment("twice") });
  await continueToPreview(page, w);

  // The preview's own form, sent twice at once as a resending browser or a double click would.
  const previewForm = page.locator("form.stack");
  const fields = await previewForm.evaluate((element: HTMLFormElement) => {
    const data: Record<string, string> = {};
    for (const [name, value] of new FormData(element)) if (typeof value === "string") data[name] = value;
    return data;
  });
  expect(fields.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  const send = () => postSendForm(page, baseURL!, { ...fields, intent: "send" });
  const responses = await Promise.all([send(), send()]);
  for (const response of responses) expect(response.status()).toBe(200);
  const [first, second] = responses.map((response) => new URL(response.url()).pathname);
  expect(first).toMatch(/^\/my-input\/ASCC-\d{4}-\d{4}$/);
  expect(second).toBe(first);

  // Then the button itself, pressed twice quickly.
  const reference = await sendFromPreview(page, w, { doubleClick: true });
  expect(`/my-input/${reference}`).toBe(first);

  await page.goto("/my-input");
  await expect(myInputCards(page)).toHaveCount(1);
  await expect(myInputCards(page)).toContainText(reference);
});
