import { registerThroughForm } from "./helpers";
import { demo, logInByRequest, QUEUE, uniqueWord } from "./review-helpers";
import { expect, sendByRequest, test } from "./submission-helpers";

// Theme suggestions from the consultation's model (decision 024): a moderator sees why a theme was
// suggested, then accepts every high-confidence suggestion of that theme in a filter at once.

test("a moderator sees why a theme was suggested and accepts all high-confidence suggestions of it in a filter", async ({
  page,
  baseURL,
}) => {
  await registerThroughForm(page, "theme-suggestions", "en");
  const word = uniqueWord();
  const bodies = [
    `Youth councils should advise the secretariat, and young people need youth employment programmes (${word}).`,
    `Young people and youth organisations want a permanent seat; youth volunteering deserves funding (${word}).`,
  ];
  const sent = [];
  for (const body of bodies) sent.push(await sendByRequest(page, baseURL!, { body }));
  await page.context().clearCookies();
  await logInByRequest(page, demo.moderator);

  // One submission's page: "Youth" is suggested, with its confidence and the words that weighed most.
  await page.goto(`${QUEUE}/${sent[0]!.reference}`);
  const themes = page.getByRole("region", { name: "Themes" });
  const suggestion = themes.getByRole("listitem").filter({ hasText: "Youth" }).filter({ hasText: "confidence" });
  await expect(suggestion).toContainText(/confidence \d{1,3}\s?%/);
  await expect(suggestion).toContainText(/why: “(youth|young|councils|people)”/);
  await expect(themes.getByText(/Suggestions (learned from|come from)/)).toBeVisible();

  // The queue filtered to this test's word, then "accept suggested themes for this filter".
  await page.goto(`${QUEUE}?q=${word}`);
  await page.getByRole("link", { name: "Accept suggested themes for this filter…" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Accept a suggested theme" })).toBeVisible();
  await page.getByLabel("Theme").selectOption("youth");
  await page.getByLabel("Confidence at least (%)").fill("60");
  await page.getByRole("button", { name: "Accept suggestions" }).click();

  // The count first, to confirm; then done.
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("Accept theme Youth for all 2 submissions in this filter");
  await confirm.getByRole("button", { name: "Yes, accept 2" }).click();
  await expect(page.getByRole("status")).toContainText("Theme Youth accepted for 2 submissions.");

  // Each is tagged as a suggestion accepted by the moderator.
  for (const { reference } of sent) {
    await page.goto(`${QUEUE}/${reference}`);
    await expect(
      page.getByRole("region", { name: "Themes" }).getByText(`suggested, accepted by ${demo.moderator.name}`),
    ).toBeVisible();
  }
});
