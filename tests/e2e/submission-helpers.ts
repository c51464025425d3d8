import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";
import { SLUG, sectionPath, uniqueSuffix } from "./helpers";

export const SEND_PATH = `/consultations/${SLUG}/send?section=2.1`;
export const REFERENCE = /^ASCC-\d{4}-\d{4}$/;

/**
 * Playwright's test with a `files` fixture: real files in a temporary folder of their own,
 * removed after the test, to hand to a file input.
 */
export const test = base.extend<{ files: { write(name: string, bytes: Uint8Array | string): Promise<string> } }>({
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
  const response = await page.request.post(SEND_PATH, {
    multipart: form,
    headers: { Origin: new URL(baseURL).origin },
  });
  expect(response.status(), "sending input should end on its page").toBe(200);
  const match = /\/my-input\/(ASCC-\d{4}-\d{4})\?sent=1$/.exec(response.url());
  expect(match, `sending input should redirect to its page, not ${response.url()}`).not.toBeNull();
  return { reference: match![1]!, fields: form };
}

/** Opens section 2.1 and follows its "Send input" button to the form. */
export async function openSendForm(page: Page, w: Words) {
  await page.goto(sectionPath("2.1"));
  await page.getByRole("main").getByRole("link", { name: w.start }).click();
  await expect(page).toHaveURL(/\/consultations\/ascc-post-2025\/send\?section=2\.1$/);
  await expect(page.getByRole("heading", { level: 1, name: w.formTitle })).toBeVisible();
}
