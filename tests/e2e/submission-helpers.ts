import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type APIResponse, test as base, expect, type Page, type Response } from "@playwright/test";
import { minimalPdf } from "../fixtures/documents";
import { registerThroughForm, SLUG, sectionPath, uniqueSuffix, urlEndingWith, waitForHydration } from "./helpers";

export const SEND_PATH = `/consultations/${SLUG}/send?section=2.1`;
/** The send form's address, for toHaveURL; the form and its preview share it. */
export const SEND_URL = urlEndingWith(SEND_PATH);
/** The login page a signed-out visitor is sent to from the send form, for toHaveURL. */
export const LOGIN_FOR_SEND_URL = urlEndingWith(`/login?redirectTo=${encodeURIComponent(SEND_PATH)}`);
export const REFERENCE = /^ASCC-\d{4}-\d{4}$/;

/**
 * Playwright's test with a `files` fixture: real files in a temporary folder of their own,
 * removed after the test, to hand to a file input.
 */
export type Files = { write(name: string, bytes: Uint8Array | string): Promise<string> };
export const test = base.extend<{ files: Files }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object.
  files: async ({}, use) => {
    const folder = await mkdtemp(path.join(tmpdir(), "masukan-e2e-files-"));
    await use({
      async write(name, bytes) {
        const file = path.join(folder, name);
        await writeFile(file, bytes);
        return file;
      },
    });
    await rm(folder, { recursive: true, force: true });
  },
});
export { expect };

// Wording from locales/{en,id}/submissions.json and common.json, kept here so a change breaks one place.
export const words = {
  en: {
    start: "Send input on this section",
    formTitle: "Send your input",
    kind: "What are you sending?",
    comment: "A comment",
    amendment: "A proposed amendment",
    supportWithChanges: "Support with changes",
    quotedPassage: "The passage you are commenting on (optional)",
    body: "Your input",
    proposedText: "Your proposed text",
    anonymous: "Yes, anonymously",
    individual: "Myself, as an individual expert",
    attachment: "Position paper (optional)",
    continue: "Continue",
    counter: (count: string) => `${count} characters of 10,000`,
    previewTitle: "Check your input before sending",
    diffHeading: "Your changes, word by word",
    language: "Language of your input",
    detected: (language: string) => `We think it is written in ${language}. Change this if we are wrong.`,
    indonesian: "Bahasa Indonesia",
    english: "English",
    send: "Send input",
    change: "Change my answers",
    save: "Save changes",
    sentTitle: "Your input has been sent",
    myInput: "My input",
    pending: "Waiting for review",
    withdrawn: "Withdrawn",
    errorSummary: "There is a problem",
    attachmentType: "The file must be a PDF, DOCX or ODT document",
    attachmentTooLarge: "The file is larger than 10 MB. Choose a smaller file",
    chooseFileAgain: "Choose the file again.",
    bodyTooShort: "Write at least 20 characters",
    stanceRequired: "Choose what you think",
    consentRequired: "Choose whether we may publish your input",
    restored: "We restored the text you were writing on this device.",
    noAttachment: "None",
  },
  id: {
    start: "Kirim masukan untuk bagian ini",
    formTitle: "Kirim masukan Anda",
    kind: "Apa yang Anda kirim?",
    comment: "Tanggapan",
    amendment: "Usulan perubahan",
    supportWithChanges: "Mendukung dengan perubahan",
    quotedPassage: "Kutipan yang Anda tanggapi (opsional)",
    body: "Masukan Anda",
    proposedText: "Usulan rumusan Anda",
    anonymous: "Ya, tanpa nama",
    individual: "Diri sendiri, sebagai pakar perorangan",
    attachment: "Kertas posisi (opsional)",
    continue: "Lanjutkan",
    counter: (count: string) => `${count} dari 10.000 karakter`,
    previewTitle: "Periksa masukan Anda sebelum dikirim",
    diffHeading: "Perubahan Anda, kata demi kata",
    language: "Bahasa masukan Anda",
    detected: (language: string) => `Kami menduga masukan ini ditulis dalam ${language}. Ubah jika dugaan kami keliru.`,
    indonesian: "Bahasa Indonesia",
    english: "Bahasa Inggris",
    send: "Kirim masukan",
    change: "Ubah jawaban saya",
    save: "Simpan perubahan",
    sentTitle: "Masukan Anda telah terkirim",
    myInput: "Masukan saya",
    pending: "Menunggu peninjauan",
    withdrawn: "Ditarik",
    errorSummary: "Ada yang perlu diperbaiki",
    attachmentType: "Berkas harus berupa dokumen PDF, DOCX, atau ODT",
    attachmentTooLarge: "Berkas lebih besar dari 10 MB. Pilih berkas yang lebih kecil",
    chooseFileAgain: "Pilih berkasnya sekali lagi.",
    bodyTooShort: "Tulis minimal 20 karakter",
    stanceRequired: "Pilih pendapat Anda",
    consentRequired: "Pilih apakah masukan Anda boleh kami terbitkan",
    restored: "Kami memulihkan teks yang sedang Anda tulis di perangkat ini.",
    noAttachment: "Tidak ada",
  },
} as const;
export type Words = (typeof words)[keyof typeof words];

/** An amendment in Bahasa Indonesia to one sentence of section 2.1, different on every call. */
export function indonesianAmendment() {
  const tag = uniqueSuffix();
  return {
    quotedPassage: "Menurunkan kemiskinan multidimensi dan ketimpangan.",
    body: `Kami mengusulkan agar sasaran ini menyebut penghapusan kemiskinan ekstrem secara tegas, karena data nasional menunjukkan bahwa keluarga termiskin di wilayah perdesaan belum terjangkau program perlindungan sosial. Catatan ${tag}.`,
    proposedText: "Menghapus kemiskinan ekstrem dan menurunkan ketimpangan multidimensi.",
    // Words the word diff must show as removed and added.
    removed: "Menurunkan",
    added: "ekstrem",
  };
}

/** A comment in English, different on every call. */
export function englishComment(label = "comment") {
  return `Please add measurable targets for rural areas to this goal, with a baseline year and data broken down by sex (${label} ${uniqueSuffix()}).`;
}

/** The send form's fields, found by their visible labels in the page's language. */
export function sendForm(page: Page, w: Words) {
  return {
    amendment: page.getByRole("radio", { name: w.amendment }),
    comment: page.getByRole("radio", { name: w.comment }),
    stance: (name: string) => page.getByRole("radio", { name, exact: true }),
    quotedPassage: page.getByLabel(w.quotedPassage, { exact: true }),
    body: page.getByLabel(w.body, { exact: true }),
    proposedText: page.getByLabel(w.proposedText, { exact: true }),
    consent: (name: string) => page.getByRole("radio", { name }),
    individual: page.getByRole("radio", { name: w.individual }),
    attachment: page.getByLabel(w.attachment, { exact: true }),
    attachmentError: page.locator("#field-attachment-error"),
    continue: page.getByRole("main").getByRole("button", { name: w.continue }),
  };
}

/**
 * Opens the send form for section 2.1 by its address and returns its fields. With JavaScript on
 * (the default) it waits until the page has hydrated; pass `{ javaScript: false }` in a spec that
 * turns it off.
 */
export async function gotoSendForm(page: Page, w: Words, { javaScript = true } = {}) {
  await page.goto(SEND_PATH);
  if (javaScript) await waitForHydration(page);
  return sendForm(page, w);
}

/** Opens section 2.1 and presses its "Send input" button (signed out, it leads to the login page). */
export async function followSendLink(page: Page, w: Words) {
  await page.goto(sectionPath("2.1"));
  await page.getByRole("main").getByRole("link", { name: w.start }).click();
}

/** Fills the form for a comment: the stance, the text and the consent (anonymous unless told). */
export async function fillComment(
  page: Page,
  w: Words,
  { stance, body, consent = w.anonymous }: { stance: string; body: string; consent?: string },
) {
  const form = sendForm(page, w);
  await form.comment.check();
  await form.stance(stance).check();
  await form.body.fill(body);
  await form.consent(consent).check();
}

/** Fills the form for an amendment with the given text; with `pdf`, attaches that file. */
export async function fillAmendment(page: Page, w: Words, input: ReturnType<typeof indonesianAmendment>, pdf?: string) {
  const form = sendForm(page, w);
  await form.amendment.check();
  await form.stance(w.supportWithChanges).check();
  await form.quotedPassage.fill(input.quotedPassage);
  await form.body.fill(input.body);
  await expect(form.proposedText).toBeVisible();
  await form.proposedText.fill(input.proposedText);
  await form.consent(w.anonymous).check();
  // A new account belongs to no organisation: it writes as an individual, chosen for it already.
  await expect(form.individual).toBeChecked();
  if (pdf) await form.attachment.setInputFiles(pdf);
}

/** Presses "Continue" and waits for the preview ("Check your input before sending"). */
export async function continueToPreview(page: Page, w: Words) {
  await sendForm(page, w).continue.click();
  await expect(page.getByRole("heading", { level: 1, name: w.previewTitle })).toBeVisible();
}

/** Presses "Continue" and returns the server's answer to the form's post (for a form it refuses). */
export async function continueToServer(page: Page, w: Words): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.endsWith("/send")),
    sendForm(page, w).continue.click(),
  ]);
  return response;
}

/**
 * The preview of an `indonesianAmendment()` with an attachment: the text and the file's name, the
 * language detected as Bahasa Indonesia, and the word diff against the quoted passage.
 */
export async function expectAmendmentPreview(
  page: Page,
  w: Words,
  input: ReturnType<typeof indonesianAmendment>,
  attachmentName: string,
) {
  const main = page.getByRole("main");
  await expect(main).toContainText(input.body);
  await expect(main).toContainText(attachmentName);
  const language = page.getByRole("group", { name: w.language });
  await expect(language).toContainText(w.detected("Bahasa Indonesia"));
  await expect(language.getByRole("radio", { name: w.indonesian })).toBeChecked();
  const diff = page.getByRole("region", { name: w.diffHeading });
  await expect(diff.locator("del").filter({ hasText: input.removed })).toBeVisible();
  await expect(diff.locator("ins").filter({ hasText: input.added })).toBeVisible();
}

/** Presses "Send input" on the preview (twice quickly with `doubleClick`); returns the confirmed reference. */
export async function sendFromPreview(page: Page, w: Words, { doubleClick = false } = {}): Promise<string> {
  const button = page.getByRole("main").getByRole("button", { name: w.send, exact: true });
  await (doubleClick ? button.dblclick() : button.click());
  return expectConfirmation(page, w);
}

/**
 * The start of sending an Indonesian amendment with a position paper: registers a contributor who
 * reads Bahasa Indonesia and opens the send form from section 2.1, in Indonesian. Returns the
 * wording, the amendment, and the PDF to attach (and its name).
 */
export async function startIndonesianAmendment(page: Page, files: Files, label: string) {
  const w = words.id;
  await registerThroughForm(page, label, "id");
  const attachmentName = "kertas-posisi.pdf";
  const pdf = await files.write(attachmentName, minimalPdf("Kertas posisi"));
  const input = indonesianAmendment();
  await openSendForm(page, w);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  return { w, input, pdf, attachmentName };
}

/** The reference shown on the confirmation page the sender lands on. */
export async function expectConfirmation(page: Page, w: Words): Promise<string> {
  await expect(page).toHaveURL(/\/my-input\/ASCC-\d{4}-\d{4}\?sent=1$/);
  const panel = page.getByRole("status").filter({ has: page.getByRole("heading", { level: 1, name: w.sentTitle }) });
  await expect(panel).toBeVisible();
  const reference = ((await panel.locator(".panel__reference").textContent()) ?? "").trim();
  expect(reference).toMatch(REFERENCE);
  expect(new URL(page.url()).pathname).toBe(`/my-input/${reference}`);
  return reference;
}

/** The cards on "My input" (one per submission). */
export function myInputCards(page: Page) {
  return page.getByRole("main").getByRole("listitem");
}

/** "My input" lists this reference once, with this status. */
export async function expectListedOnce(page: Page, w: Words, reference: string, status: string) {
  await page.getByRole("banner").getByRole("link", { name: w.myInput, exact: true }).click();
  await expect(page).toHaveURL(/\/my-input$/);
  await expect(page.getByRole("heading", { level: 1, name: w.myInput })).toBeVisible();
  const card = myInputCards(page).filter({ has: page.getByRole("link", { name: reference, exact: true }) });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(status);
  return card;
}

/**
 * Sends input straight to the form's action, as the preview page's form does, and returns the
 * reference. The request carries the session cookie of the page's context.
 */
export async function sendByRequest(
  page: Page,
  baseURL: string,
  fields: Partial<Record<string, string>> = {},
): Promise<{ reference: string; fields: Record<string, string> }> {
  const form: Record<string, string> = {
    intent: "send",
    idempotencyKey: randomUUID(),
    kind: "comment",
    stance: "support_with_changes",
    quotedPassage: "",
    body: englishComment(),
    proposedText: "",
    consent: "public_anonymous",
    onBehalfOf: "individual",
    language: "en",
    section: "2.1",
    attachmentId: "",
    ...fields,
  } as Record<string, string>;
  const response = await postSendForm(page, baseURL, form);
  expect(response.status(), "sending input should end on its page").toBe(200);
  const match = /\/my-input\/(ASCC-\d{4}-\d{4})\?sent=1$/.exec(response.url());
  expect(match, `sending input should redirect to its page, not ${response.url()}`).not.toBeNull();
  return { reference: match![1]!, fields: form };
}

/**
 * Posts these fields to the send form's action as the browser's form would, with the session
 * cookie of the page's context and the site's own Origin; the redirect is followed.
 */
export function postSendForm(page: Page, baseURL: string, fields: Record<string, string>): Promise<APIResponse> {
  // The form is the one of the section it names: the address and the form must agree.
  const address = `/consultations/${SLUG}/send?section=${encodeURIComponent(fields.section ?? "2.1")}`;
  return page.request.post(address, { multipart: fields, headers: { Origin: new URL(baseURL).origin } });
}

/** Opens section 2.1 and follows its "Send input" button to the form. */
export async function openSendForm(page: Page, w: Words) {
  await followSendLink(page, w);
  await expect(page).toHaveURL(SEND_URL);
  await expect(page.getByRole("heading", { level: 1, name: w.formTitle })).toBeVisible();
}

/**
 * Waits until the server has filed every submission sent so far with its near-duplicates: the
 * filing runs in the background, moments after a send (decision 017).
 */
export async function nearDuplicatesFiled(page: Page, baseURL: string) {
  await expect
    .poll(async () => {
      const health = await (await page.request.get(new URL("/healthz", baseURL).href)).json();
      return health.nearDuplicateFilings?.waiting;
    })
    .toBe(0);
}
