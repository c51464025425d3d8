import { chooseLanguage, registerThroughForm, text, waitForHydration } from "./helpers";
import { expect, gotoSendForm, sendForm, test, words } from "./submission-helpers";

test("the amendment box starts from the section text in the page's language, follows a switch, and keeps what was typed", async ({
  page,
}) => {
  await registerThroughForm(page, "prefill", "id");
  const form = await gotoSendForm(page, words.id);
  await form.amendment.check();
  await expect(form.proposedText).toHaveValue(new RegExp(text.section21Body.id));
  // Typing the explanation keeps a draft in this browser; the box itself is untouched.
  await form.body.fill("Kami mengusulkan rumusan yang lebih tegas untuk sasaran ini, dengan data terbaru.");

  await chooseLanguage(page, "en");
  const english = sendForm(page, words.en);
  await expect(english.proposedText).toHaveValue(new RegExp(text.section21Body.en));
  await expect(english.body).toHaveValue(/rumusan yang lebih tegas/);
  await page.reload();
  await waitForHydration(page);
  await expect(english.proposedText).toHaveValue(new RegExp(text.section21Body.en));

  const typed = "Eradicate extreme poverty and reduce multidimensional inequality.";
  await english.proposedText.fill(typed);
  await chooseLanguage(page, "id");
  await expect(sendForm(page, words.id).proposedText).toHaveValue(typed);
  await page.reload();
  await waitForHydration(page);
  await expect(sendForm(page, words.id).proposedText).toHaveValue(typed);
});
