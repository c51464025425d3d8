import { expect, test } from "@playwright/test";
import {
  expectAccessible,
  expectNoHorizontalScroll,
  registerThroughForm,
  SLUG,
  uniqueSuffix,
  waitForHydration,
} from "./helpers";
import { demo, logInByRequest, QUEUE } from "./review-helpers";
import { continueToPreview, sendForm, sendFromPreview, words } from "./submission-helpers";

// Issue 14, item 3: the secretariat answers approved amendments. Section 2.6 is this file's own.
const SECTION = "2.6";
const SEND = `/consultations/${SLUG}/send?section=${SECTION}`;
const AMENDMENTS = `/admin/consultations/${SLUG}/amendments`;

// Wording from locales/{en,id}/amendments.json; the demo admin reads Bahasa Indonesia.
const answerWords = {
  accept: "Terima",
  reject: "Tolak",
  reason: "Alasan",
  reasonRequired: "Tuliskan alasan yang akan dibaca penulis",
  saved: (reference: string) => `Jawaban Anda untuk ${reference} tersimpan. Penulisnya melihatnya di Masukan saya.`,
  switchOff: (section: string) => new RegExp(`^Matikan usulan perubahan untuk ${section.replace(".", "\\.")} `),
  switchOn: (section: string) => new RegExp(`^Nyalakan usulan perubahan untuk ${section.replace(".", "\\.")} `),
  acceptedForAuthor: "Accepted by the secretariat.",
};

test("an approved amendment is answered by the secretariat without JavaScript, and its author reads the answer under My input", async ({
  browser,
  baseURL,
}) => {
  const w = words.en;
  const contributors = await browser.newContext();
  const author = await contributors.newPage();
  await registerThroughForm(author, "amendment-answer", "en");
  await author.goto(SEND);
  await waitForHydration(author);
  const form = sendForm(author, w);
  await form.amendment.check();
  await form.stance(w.supportWithChanges).check();
  await form.quotedPassage.fill("Promote awareness of ASEAN and a sense of shared identity.");
  await form.body.fill(
    `Young people learn about ASEAN mostly online, so the objective should name them (${uniqueSuffix()}).`,
  );
  await form.proposedText.fill(
    "Promote awareness of ASEAN and a sense of shared identity, especially among young people.",
  );
  await form.consent(w.anonymous).check();
  await continueToPreview(author, w);
  const reference = await sendFromPreview(author, w);

  const moderators = await browser.newContext();
  const moderator = await moderators.newPage();
  await logInByRequest(moderator, demo.moderator);
  const approved = await moderator.request.post(`${QUEUE}/${reference}`, {
    form: { intent: "approve" },
    headers: { Origin: new URL(baseURL!).origin },
  });
  expect(approved.status()).toBe(200);

  const secretariat = await browser.newContext({ javaScriptEnabled: false });
  const admin = await secretariat.newPage();
  await logInByRequest(admin, demo.admin, AMENDMENTS);
  await admin.goto(`${AMENDMENTS}?section=${SECTION}`);
  await expect(admin.locator("html")).toHaveAttribute("lang", "id");
  const card = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name: new RegExp(reference) }) });
  await expect(card.locator("ins")).toContainText("especially among young people");

  // Rejecting needs a reason: the error shows next to the box, and nothing is answered yet.
  await card.getByRole("button", { name: answerWords.reject, exact: true }).click();
  const again = admin
    .getByRole("listitem")
    .filter({ has: admin.getByRole("heading", { name: new RegExp(reference) }) });
  await expect(again.locator(".field-error")).toContainText(answerWords.reasonRequired);
  await again.getByLabel(answerWords.reason).fill("Masuk ke Sasaran 6.1.");
  await again.getByRole("button", { name: answerWords.accept, exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: reference })).toHaveText(answerWords.saved(reference));

  // Amendments switched off for the section: the send form offers a comment only, the answer stays.
  await admin.getByText("Per bagian").click();
  await admin.getByRole("button", { name: answerWords.switchOff(SECTION) }).click();
  await author.goto(SEND);
  await expect(sendForm(author, w).comment).toBeVisible();
  await expect(sendForm(author, w).amendment).toHaveCount(0);

  await author.goto("/my-input");
  const mine = author.getByRole("listitem").filter({ hasText: reference });
  await expect(mine).toContainText(`${answerWords.acceptedForAuthor} Masuk ke Sasaran 6.1.`);

  await admin.getByText("Per bagian").click();
  await admin.getByRole("button", { name: answerWords.switchOn(SECTION) }).click();
  await author.goto(SEND);
  await expect(sendForm(author, w).amendment).toBeVisible();

  for (const context of [contributors, moderators, secretariat]) await context.close();
});

test("the amendments page fits a phone and passes the accessibility checks", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await logInByRequest(page, demo.admin, AMENDMENTS);
  await page.goto(`${AMENDMENTS}?state=all`);
  await expect(page.getByRole("heading", { level: 1, name: "Usulan perubahan" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, "the amendments page");
  await context.close();
});
