import { minimalPdf } from "../fixtures/documents";
import { expectAccessible, registerThroughForm, waitForHydration } from "./helpers";
import {
  continueToPreview,
  englishComment,
  expect,
  fillAmendment,
  indonesianAmendment,
  openSendForm,
  sendByRequest,
  sendForm,
  sendFromPreview,
  test,
  words,
} from "./submission-helpers";

// axe-core on every page of sending input: the form empty and with errors, the preview with a
// word diff, the confirmation, "My input", and the pages to change and to withdraw input. Only
// serious and critical findings fail a test. (The section page with published input is checked in
// accessibility.spec.ts.) Each page is checked at phone and laptop width and in both languages,
// crossed (one language per width for each journey) to keep the run short: axe takes a second or
// two a page.

const phone = { label: "360px", viewport: { width: 360, height: 800 } };
const laptop = { label: "1280px", viewport: { width: 1280, height: 900 } };
const runs = [
  { journey: "send", language: "id", ...phone },
  { journey: "send", language: "en", ...laptop },
  { journey: "change", language: "en", ...phone },
  { journey: "change", language: "id", ...laptop },
] as const;

for (const { journey, language, label, viewport } of runs) {
  test.describe(`${language}, ${label}`, () => {
    test.use({ viewport, locale: language === "id" ? "id-ID" : "en-GB" });

    if (journey === "send") {
      test("sending input: the form empty and with errors, the preview, the confirmation and My input", async ({
        page,
        files,
      }) => {
        const w = words[language];
        const where = (name: string) => `${name} (${language}, ${label})`;
        await registerThroughForm(page, "a11y-send", language);
        const pdf = await files.write("paper.pdf", minimalPdf());

        await openSendForm(page, w);
        await expect(page.locator("html")).toHaveAttribute("lang", language);
        await waitForHydration(page);
        await expectAccessible(page, where("send form"));

        const form = sendForm(page, w);
        await form.continue.click();
        await expect(page.getByRole("alert")).toBeVisible();
        await expect(page.locator("#field-body-error")).toBeVisible();
        await expectAccessible(page, where("send form with errors"));

        await fillAmendment(page, w, indonesianAmendment(), pdf);
        await continueToPreview(page, w);
        await expect(page.getByRole("region", { name: w.diffHeading }).locator("ins").first()).toBeVisible();
        await expectAccessible(page, where("preview"));

        const reference = await sendFromPreview(page, w);
        await expectAccessible(page, where("confirmation"));

        await page.getByRole("banner").getByRole("link", { name: w.myInput, exact: true }).click();
        await expect(page.getByRole("main").getByRole("link", { name: reference })).toBeVisible();
        await expectAccessible(page, where("My input"));
      });
    } else {
      test("changing and withdrawing input: the form, earlier versions and the confirmation", async ({
        page,
        baseURL,
      }) => {
        const w = words[language];
        const where = (name: string) => `${name} (${language}, ${label})`;
        await registerThroughForm(page, "a11y-change", language);
        const { reference } = await sendByRequest(page, baseURL!);

        await page.goto(`/my-input/${reference}/edit`);
        await waitForHydration(page);
        const body = page.getByLabel(w.body, { exact: true });
        await expect(body).not.toHaveValue("");
        await expectAccessible(page, where("change input"));

        await body.fill(englishComment("a11y changed"));
        await page.getByRole("main").getByRole("button", { name: w.save }).click();
        await expect(page).toHaveURL(new RegExp(`/my-input/${reference}$`));
        await expect(page.locator("#history-heading")).toBeVisible();
        await expectAccessible(page, where("input with earlier versions"));

        await page.goto(`/my-input/${reference}/withdraw`);
        await expect(page.getByRole("main").getByRole("button")).toBeVisible();
        await expectAccessible(page, where("withdraw confirmation"));
      });
    }
  });
}
