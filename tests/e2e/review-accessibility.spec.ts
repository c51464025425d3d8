import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { expectAccessible, expectNoHorizontalScroll, registerThroughForm, waitForHydration } from "./helpers";
import {
  type DemoAccount,
  demo,
  logInByRequest,
  notice,
  QUEUE,
  queue,
  reviewWords,
  uniqueWord,
} from "./review-helpers";
import { expect, sendByRequest, test } from "./submission-helpers";

// axe-core on the review queue (with rows, and with the bulk confirmation showing) and on one
// submission's page, with full-page pictures of each for people to look at
// (tests/e2e/.artifacts/screenshots/review-*.png). Languages and widths are crossed to keep the run
// short: English on the queue at 1280 px and the submission at 360 px, Bahasa Indonesia the other
// way round. The language is the account's own: the moderator prefers English, the admin (who also
// moderates) Bahasa Indonesia, so no test changes a shared account's preference.

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), ".artifacts", "screenshots");
mkdirSync(folder, { recursive: true });

const wide = { width: 1280, height: 900 };
const narrow = { width: 360, height: 800 };

// Each case sends texts of its own, so the two never become near-duplicates of each other.
const cases: {
  account: DemoAccount;
  queueSize: typeof wide;
  submissionSize: typeof wide;
  youth: string;
  comment: string;
}[] = [
  {
    account: demo.moderator,
    queueSize: wide,
    submissionSize: narrow,
    youth:
      "Sasaran ini perlu menyebut generasi muda secara tegas. Organisasi kepemudaan di banyak negara anggota sudah menjalankan program bagi pemuda di perdesaan dan siap menjadi mitra pelaksana",
    comment:
      "Please say how the regional targets will be shared out between Member States with very different starting points",
  },
  {
    account: demo.admin,
    queueSize: narrow,
    submissionSize: wide,
    youth:
      "Kami berharap pemuda dari kawasan perbatasan ikut menyusun program ini, karena generasi muda di sana paling merasakan dampak kemiskinan dan jarang diundang ke forum resmi",
    comment:
      "The plan names no budget for the consultations it promises; a line in the annex with the expected cost per year would help",
  },
];

/**
 * Nothing on the page is wider than the screen. The queue at 360 px in Bahasa Indonesia has a test
 * of its own below.
 */
async function expectFits(page: Page, size: typeof wide) {
  const language = await page.locator("html").getAttribute("lang");
  const onQueue = new URL(page.url()).pathname === QUEUE;
  if (onQueue && language === "id" && size.width === narrow.width) return;
  await expectNoHorizontalScroll(page);
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(folder, `${name}.png`), fullPage: true, animations: "disabled" });
}

for (const { account, queueSize, submissionSize, youth, comment } of cases) {
  const language = account.language;
  const w = reviewWords[language];

  test(`review pages in ${language}: the queue at ${queueSize.width} px and an input at ${submissionSize.width} px have no serious accessibility violations`, async ({
    page,
    baseURL,
  }) => {
    // An amendment about youth (a word diff, a suggested theme) and a comment, found by one word.
    await registerThroughForm(page, `review-axe-${language}`, "id");
    const word = uniqueWord();
    const amendment = await sendByRequest(page, baseURL!, {
      kind: "amendment",
      language: "id",
      quotedPassage: "Menurunkan kemiskinan multidimensi dan ketimpangan.",
      body: `${youth} (${word}).`,
      proposedText:
        "Menurunkan kemiskinan multidimensi dan ketimpangan, dengan perhatian khusus pada generasi muda di perdesaan.",
    });
    await sendByRequest(page, baseURL!, {
      body: `${comment} (${word}).`,
    });
    await page.context().clearCookies();

    await logInByRequest(page, account);
    const where = (what: string, size: typeof wide) => `${what} (${language}, ${size.width} px)`;

    // The queue as it opens: everything waiting for review.
    await page.setViewportSize(queueSize);
    await page.goto(QUEUE);
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expect(page.getByRole("heading", { level: 1, name: w.queueTitle })).toBeVisible();
    const q = queue(page, w);
    await expect(q.row(amendment.reference)).toBeVisible();
    await expectAccessible(page, where("the review queue", queueSize));
    await expectFits(page, queueSize);
    await shoot(page, `review-queue-${queueSize.width}-${language}`);

    // The confirmation before acting on everything the filters match (not confirmed here).
    await page.goto(`${QUEUE}?q=${word}`);
    await expect(q.rows).toHaveCount(2);
    await waitForHydration(page);
    await q.showBulk();
    await q.bulk.getByRole("radio", { name: w.allMatching }).check();
    await q.bulk.getByRole("button", { name: w.approve, exact: true }).click();
    await expect(q.confirmation).toHaveAccessibleName(w.confirm(2, language === "id" ? "disetujui" : "approved"));
    await expectAccessible(page, where("the review queue with the confirmation", queueSize));
    await expectFits(page, queueSize);
    await shoot(page, `review-queue-confirm-${queueSize.width}-${language}`);

    // The amendment's page: text, word diff, history, decision, themes and suggestions, notes.
    await page.setViewportSize(submissionSize);
    await q.row(amendment.reference).getByRole("link", { name: amendment.reference, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: w.submissionTitle(amendment.reference) })).toBeVisible();
    await expect(
      page.getByRole("region", { name: w.themes }).getByRole("button", { name: w.accept }).first(),
    ).toBeVisible();
    await expect(page.locator("ins").first()).toBeVisible();
    await page.getByLabel(w.addNote).fill(`Hubungi jaringan pemuda untuk data program perdesaan (${word}).`);
    await page.getByRole("button", { name: w.saveNote }).click();
    await expect(notice(page)).toHaveText(w.noteSaved);
    await expect(page.getByRole("region", { name: w.notes }).getByRole("listitem")).toHaveCount(1);
    await expectAccessible(page, where("an input's review page", submissionSize));
    await expectFits(page, submissionSize);
    await shoot(page, `review-submission-${submissionSize.width}-${language}`);
  });
}

test("the queue fits a 360 px screen in Bahasa Indonesia", async ({ page }) => {
  await logInByRequest(page, demo.admin);
  await page.setViewportSize(narrow);
  await page.goto(QUEUE);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await queue(page, reviewWords.id).showBulk();
  const themes = page
    .getByRole("group", { name: reviewWords.id.actOn })
    .getByLabel(reviewWords.id.theme, { exact: true });
  await expect(themes).toBeVisible();
  const box = await themes.boundingBox();
  expect(box!.x + box!.width, "the bulk bar's theme list ends inside the screen").toBeLessThanOrEqual(narrow.width);
  await expectNoHorizontalScroll(page);
});
