import { chooseLanguage, PASSWORD, registerThroughForm, text, urlEndingWith, waitForHydration } from "./helpers";
import { demo, history, logInByRequest, notice, QUEUE, queue, reviewWords, uniqueWord } from "./review-helpers";
import { expect, myInputCards, nearDuplicatesFiled, sendByRequest, test, words } from "./submission-helpers";

// The working group's review screens: the queue with its filters, bulk actions and keyboard
// shortcuts, and one submission's page. Contributors send their input straight to the send action
// (as send-input.spec.ts does); the moderator then works through the pages themselves.
// Other tests add input to the same consultation at the same time, so each test finds its own
// rows by reference or by a made-up word put in its texts.

const w = reviewWords.en;

test("a moderator filters untagged input in Bahasa Indonesia, accepts a suggested theme and rejects input the author then sees the reason for", async ({
  page,
  baseURL,
}) => {
  const contributor = await registerThroughForm(page, "review-journey", "id");
  const word = uniqueWord();
  const youthBody = `Organisasi kepemudaan di daerah kami meminta agar generasi muda dilibatkan secara bermakna dalam setiap dialog sektoral. Pemuda perlu mendapat kursi tetap dalam forum konsultasi, bukan sekadar undangan seremonial (${word}).`;
  const otherBody = `Jalan di depan rumah saya berlubang sejak bulan lalu dan lampunya mati setiap malam. Tolong sampaikan kepada dinas terkait agar segera diperbaiki (${word}).`;
  const youth = await sendByRequest(page, baseURL!, { body: youthBody, language: "id" });
  const other = await sendByRequest(page, baseURL!, { body: otherBody, language: "id", stance: "oppose" });
  await page.context().clearCookies();

  // The moderator goes from the header's "Review" to the consultation's queue.
  await logInByRequest(page, demo.moderator, "/");
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: w.nav, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: w.indexTitle })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: text.consultationTitle.en }).click();
  await expect(page).toHaveURL(urlEndingWith(QUEUE));
  await expect(page.getByRole("heading", { level: 1, name: w.queueTitle })).toBeVisible();

  // Theme "Untagged" and language "Bahasa Indonesia": both kept in the URL.
  const q = queue(page, w);
  await q.showFilters();
  await expect(q.filter("Theme").locator("option", { hasText: w.untagged })).toHaveText(/^Untagged \(\d+\)$/);
  await q.filter("Theme").selectOption("untagged");
  await q.filter("Language").selectOption("id");
  await q.apply.click();
  await expect(page).toHaveURL(/[?&]theme=untagged&language=id(&|$)/);
  await expect(q.filter("Theme")).toHaveValue("untagged");
  await expect(q.filter("Language")).toHaveValue("id");
  for (const reference of [youth.reference, other.reference]) {
    await expect(q.row(reference)).toContainText(contributor.name);
  }
  // Every row shown is untagged input in Bahasa Indonesia.
  await expect(q.rows.filter({ hasNotText: "Bahasa Indonesia" })).toHaveCount(0);
  await expect(q.rows.filter({ hasNotText: w.untagged })).toHaveCount(0);

  // The input about youth: "Youth" is suggested, with its confidence.
  await q.row(youth.reference).getByRole("link", { name: youth.reference, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: w.submissionTitle(youth.reference) })).toBeVisible();
  await expect(page).toHaveURL(/[?&]theme=untagged&language=id(&|$)/);
  await expect(page.getByRole("main").getByText(youthBody)).toHaveAttribute("lang", "id");
  const themes = page.getByRole("region", { name: w.themes });
  await expect(themes.getByRole("heading", { name: w.suggested })).toBeVisible();
  const suggestion = themes
    .getByRole("listitem")
    .filter({ hasText: w.youth })
    .filter({ has: page.getByRole("button", { name: w.accept }) });
  await expect(suggestion).toContainText(/confidence \d{1,3}\s?%/);
  await suggestion.getByRole("button", { name: w.accept }).click();
  await expect(notice(page)).toHaveText(w.accepted);
  // Now one of its themes, marked as an accepted suggestion, and no longer suggested.
  const tag = themes.getByRole("listitem").filter({ has: page.getByRole("button", { name: w.removeTheme }) });
  await expect(tag).toHaveCount(1);
  await expect(tag).toContainText(`${w.youth} · ${w.acceptedBy(demo.moderator.name)}`);
  await expect(suggestion).toHaveCount(0);
  await expect(history(page)).toContainText(w.addedFromSuggestion(w.youth, demo.moderator.name));

  // Back to the same filtered queue: the tagged input has left it.
  await page.getByRole("link", { name: w.backToQueue }).click();
  await expect(page).toHaveURL(/[?&]theme=untagged&language=id(&|$)/);
  await expect(q.row(other.reference)).toBeVisible();
  await expect(q.row(youth.reference)).toHaveCount(0);

  // The other input is off-topic: rejected with a reason and a note for its author.
  await q.row(other.reference).getByRole("link", { name: other.reference, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: w.submissionTitle(other.reference) })).toBeVisible();
  const note = `Masukan ini membahas perbaikan jalan, bukan rencana strategis ASCC. Silakan sampaikan kepada pemerintah daerah (${word}).`;
  await page.getByLabel(w.reason).selectOption({ label: "Off-topic" });
  await page.getByLabel(w.noteForAuthor).fill(note);
  await page.getByRole("main").getByRole("button", { name: w.reject, exact: true }).click();
  await expect(notice(page)).toHaveText(w.rejected);
  await expect(page.locator(".phase-line")).toContainText(w.notPublished);
  await expect(page.locator(".phase-line")).toContainText("Off-topic");
  await expect(history(page)).toContainText(w.rejectedBy(demo.moderator.name));
  await expect(history(page)).toContainText("Off-topic");
  // A decision can be undone; the rejection form is gone.
  await expect(page.getByRole("button", { name: w.undo })).toBeVisible();
  await expect(page.getByLabel(w.reason)).toHaveCount(0);

  // The author logs in and finds the reason and the note under that input, in their language.
  await page.context().clearCookies();
  await page.goto("/login");
  await waitForHydration(page);
  await page.getByLabel("E-mail address").fill(contributor.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("banner").getByText(`Masuk sebagai ${contributor.name}`)).toBeVisible();
  await page.getByRole("banner").getByRole("link", { name: words.id.myInput, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: words.id.myInput })).toBeVisible();
  const rejectedCard = myInputCards(page).filter({
    has: page.getByRole("link", { name: other.reference, exact: true }),
  });
  await expect(rejectedCard).toContainText(reviewWords.id.notPublished);
  await expect(rejectedCard.locator(".reason")).toHaveText(
    `Tidak diterbitkan karena isinya tidak berkaitan dengan konsultasi ini. ${note}`,
  );
  const youthCard = myInputCards(page).filter({ has: page.getByRole("link", { name: youth.reference, exact: true }) });
  await expect(youthCard).toContainText(words.id.pending);
  await expect(youthCard.locator(".reason")).toHaveCount(0);
});

test("bulk actions: everything a search matches is approved after confirming the count, then tagged, untagged, undone and rejected", async ({
  page,
  baseURL,
}) => {
  await registerThroughForm(page, "review-bulk");
  const word = uniqueWord();
  const bodies = [
    {
      body: `The plan should fund community libraries in border towns so that migrant families can read in their own languages (${word}).`,
      language: "en",
    },
    {
      body: `Please publish the minutes of every sectoral body meeting within a month, together with the list of participants (${word}).`,
      language: "en",
    },
    {
      body: `Kami meminta agar rencana ini menyediakan dana hibah kecil bagi koperasi nelayan di pulau-pulau terpencil (${word}).`,
      language: "id",
    },
  ];
  const references: string[] = [];
  for (const fields of bodies) references.push((await sendByRequest(page, baseURL!, fields)).reference);
  const [first, second, third] = references as [string, string, string];
  await page.context().clearCookies();

  await logInByRequest(page, demo.moderator);
  await page.goto(QUEUE);
  await waitForHydration(page);
  const q = queue(page, w);
  await q.showFilters();
  await q.filter(w.search).fill(word);
  await q.apply.click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${word}(&|$)`));
  await expect(q.rows).toHaveCount(3);
  // Each choice's label counts what choosing it would show, with the other filters applied.
  await expect(q.filter("Status").locator("option")).toHaveText([
    "Waiting for review (3)",
    "Published (0)",
    "Not published (0)",
    "Withdrawn (0)",
    "All statuses (3)",
  ]);
  await expect(q.filter("Language").locator("option")).toHaveText([
    "Any",
    "Bahasa Indonesia (1)",
    "English (2)",
    "Another language (0)",
  ]);
  await expect(q.filter("Kind").locator("option")).toHaveText([
    "Any",
    "A comment (3)",
    "A proposed amendment (0)",
    "A comment on the whole draft (0)",
  ]);

  // Everything matching the filters: the count is shown first, and nothing changes until confirmed.
  await q.showBulk();
  await q.bulk.getByRole("radio", { name: w.allMatching }).check();
  await q.bulk.getByRole("button", { name: w.approve, exact: true }).click();
  await expect(q.confirmation).toHaveAccessibleName(w.confirm(3, "approved"));
  await expect(q.rows).toHaveCount(3);
  await q.confirmation.getByRole("button", { name: w.confirmButton(3) }).click();
  await expect(q.notice).toHaveText(w.done(3, "approved"));
  await expect(q.confirmation).toHaveCount(0);
  await expect(page.getByText(w.empty)).toBeVisible();

  // The approved ones: two selected rows are tagged, untagged, then sent back to review.
  await q.showFilters();
  await q.filter("Status").selectOption("approved");
  await q.apply.click();
  await expect(page).toHaveURL(/[?&]status=approved(&|$)/);
  await expect(q.rows).toHaveCount(3);
  await expect(q.rows.filter({ hasNotText: w.published })).toHaveCount(0);
  await q.showBulk();
  await q.bulk.getByRole("radio", { name: w.selected }).check();
  await page.getByRole("checkbox", { name: w.select(first) }).check();
  await page.getByRole("checkbox", { name: w.select(second) }).check();
  await q.bulk.getByLabel(w.theme, { exact: true }).selectOption({ label: w.youth });
  await q.bulk.getByRole("button", { name: w.addTheme }).click();
  await expect(q.notice).toHaveText(w.done(2, "tagged"));
  await expect(q.row(first).getByRole("listitem")).toHaveText(w.youth);
  await expect(q.row(second).getByRole("listitem")).toHaveText(w.youth);
  await expect(q.row(third)).toContainText(w.untagged);

  await expect(page.getByRole("checkbox", { name: w.select(first) })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: w.select(second) })).toBeChecked();
  await q.bulk.getByRole("button", { name: w.removeTheme }).click();
  await expect(q.notice).toHaveText(w.done(2, "untagged"));
  await expect(q.row(first)).toContainText(w.untagged);
  await expect(q.row(second)).toContainText(w.untagged);

  await q.bulk.getByRole("button", { name: w.undo }).click();
  await expect(q.notice).toHaveText(w.done(2, "returned to review"));
  await expect(q.rows).toHaveCount(1);
  await expect(q.row(third)).toBeVisible();

  // Back in review: rejecting needs a reason.
  await q.showFilters();
  await q.filter("Status").selectOption("pending");
  await q.apply.click();
  await expect(q.rows).toHaveCount(2);
  await page.getByRole("checkbox", { name: w.select(first) }).check();
  await q.bulk.getByRole("button", { name: w.reject, exact: true }).click();
  await expect(page.getByRole("alert")).toHaveText("Choose a reason for rejecting.");
  await expect(q.rows).toHaveCount(2);
  await q.bulk.getByLabel(w.reason).selectOption({ label: "Spam" });
  await q.bulk.getByRole("button", { name: w.reject, exact: true }).click();
  await expect(q.notice).toHaveText(w.done(1, "rejected"));
  await expect(q.rows).toHaveCount(1);
  await expect(q.row(second)).toBeVisible();

  // A filter value the queue does not know, or a search with no words, is refused with a message.
  const unknown = await page.goto(`${QUEUE}?stance=maybe`);
  expect(unknown?.status()).toBe(400);
  await expect(page.getByRole("alert")).toHaveText(
    "One of the filters has a value we do not know. The filters were reset.",
  );
  await expect(q.filter("Stance")).toHaveValue("");
  const empty = await page.goto(`${QUEUE}?q=${encodeURIComponent('"-"')}`);
  expect(empty?.status()).toBe(400);
  await expect(page.getByRole("alert")).toHaveText("The search has no words to look for. Type at least one word.");
  await expect(q.rows).toHaveCount(0);
});

test("near-duplicates: a form letter sent three times shows as one row with its group, and is rejected as a whole group", async ({
  page,
  baseURL,
}) => {
  await registerThroughForm(page, "review-duplicates");
  // The made-up word keeps the letter apart from other tests' texts. Each run has a database of its
  // own; run twice on one database, the second run's letters would join the first run's group.
  const word = uniqueWord();
  const letter = `We, the undersigned members of the coalition for fair harvests, urge the ASCC to include smallholder farmers in every consultation on this plan, to publish its draft indicators early, and to hold public hearings in the provinces before the plan is adopted (${word}).`;
  const references: string[] = [];
  for (const signature of ["Signed, Budi Santoso", "Signed, Maria Reyes", "Signed, Nguyen Van An"]) {
    references.push((await sendByRequest(page, baseURL!, { body: `${letter}\n\n${signature}` })).reference);
  }
  const [first, ...others] = references as [string, string, string];
  await nearDuplicatesFiled(page, baseURL!);
  await page.context().clearCookies();

  await logInByRequest(page, demo.moderator);
  await page.goto(QUEUE);
  const q = queue(page, w);
  await q.showFilters();
  await q.filter(w.search).fill(word);
  await q.filter("Near-duplicates").selectOption({ label: "One row per group" });
  await q.apply.click();
  await expect(page).toHaveURL(/[?&]groups=collapse(&|$)/);
  // The group's first letter stands for all three.
  await expect(q.rows).toHaveCount(1);
  await expect(q.row(first)).toBeVisible();
  await q
    .row(first)
    .getByRole("link", { name: w.groupSize(3) })
    .click();
  await expect(page).toHaveURL(/[?&]status=all&group=[0-9a-f-]{36}$/);
  await expect(q.rows).toHaveCount(3);

  await q.row(first).getByRole("link", { name: first, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: w.submissionTitle(first) })).toBeVisible();
  const group = page.getByRole("region", { name: w.group(3) });
  for (const reference of others)
    await expect(group.getByRole("listitem").filter({ hasText: reference })).toContainText(w.pending);

  const rejectForm = page.locator("form").filter({ has: page.getByRole("button", { name: w.reject, exact: true }) });
  await rejectForm.getByLabel(w.reason).selectOption({ label: "Duplicate" });
  await rejectForm.getByRole("checkbox", { name: w.wholeGroup(3) }).check();
  await rejectForm.getByRole("button", { name: w.reject, exact: true }).click();
  await expect(notice(page)).toHaveText(w.rejected);
  await expect(page.locator(".phase-line")).toContainText(w.notPublished);
  await expect(page.locator(".phase-line")).toContainText("Duplicate");
  for (const reference of others)
    await expect(group.getByRole("listitem").filter({ hasText: reference })).toContainText(w.notPublished);

  // All three are rejected, each still one response.
  await page.goto(`${QUEUE}?status=rejected&q=${word}`);
  await expect(q.rows).toHaveCount(3);
  await expect(q.rows.filter({ hasNotText: w.notPublished })).toHaveCount(0);
});

test("the queue can be worked from the keyboard: j and k move between rows, x selects, o opens", async ({
  page,
  baseURL,
}) => {
  await registerThroughForm(page, "review-keys");
  const word = uniqueWord();
  const older = await sendByRequest(page, baseURL!, {
    body: `The section should mention sign language interpreters at every public consultation held under this plan (${word}).`,
  });
  const newer = await sendByRequest(page, baseURL!, {
    body: `Please add a target for safe drinking water in schools, measured every two years by the statistics offices (${word}).`,
  });
  await page.context().clearCookies();

  await logInByRequest(page, demo.moderator);
  await page.goto(`${QUEUE}?q=${word}`);
  const q = queue(page, w);
  await expect(q.rows).toHaveCount(2);
  // Newest first.
  await expect(q.rows.first()).toContainText(newer.reference);

  // The shortcuts are written down on the page.
  const shortcuts = page.locator("details").filter({ has: page.getByText(w.shortcuts) });
  await shortcuts.getByText(w.shortcuts).click();
  for (const key of ["j", "k", "x", "o"])
    await expect(shortcuts.locator("kbd", { hasText: new RegExp(`^${key}$`) })).toBeVisible();
  await expect(shortcuts).toContainText("next / previous input");
  await expect(shortcuts).toContainText("select the current input");
  await expect(shortcuts).toContainText("open the current input");

  await waitForHydration(page);
  const firstLink = q.row(newer.reference).getByRole("link", { name: newer.reference, exact: true });
  const secondLink = q.row(older.reference).getByRole("link", { name: older.reference, exact: true });
  await page.keyboard.press("j");
  await expect(firstLink).toBeFocused();
  await page.keyboard.press("j");
  await expect(secondLink).toBeFocused();
  await page.keyboard.press("k");
  await expect(firstLink).toBeFocused();
  await page.keyboard.press("x");
  await expect(page.getByRole("checkbox", { name: w.select(newer.reference) })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: w.select(older.reference) })).not.toBeChecked();
  await page.keyboard.press("o");
  await expect(page).toHaveURL(new RegExp(`${QUEUE}/${newer.reference}\\?q=${word}$`));
  await expect(page.getByRole("heading", { level: 1, name: w.submissionTitle(newer.reference) })).toBeVisible();

  // On the input's page, a approves.
  await page.keyboard.press("a");
  await expect(notice(page)).toHaveText("Approved.");
  await expect(page.locator(".phase-line")).toHaveText(w.published);
});

test("contributors are refused the review pages in their language, and visitors are asked to log in", async ({
  page,
  baseURL,
}) => {
  await registerThroughForm(page, "review-refused");
  const { reference } = await sendByRequest(page, baseURL!);
  for (const path of ["/review", QUEUE, `${QUEUE}/${reference}`]) {
    const response = await page.goto(path);
    expect(response?.status(), `${path} should be refused`).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.forbidden);
  }
  await expect(page.getByRole("banner").getByRole("link", { name: w.nav, exact: true })).toHaveCount(0);

  // Nor can a contributor act by posting to the pages' actions (here, to approve their own input).
  const origin = { Origin: new URL(baseURL!).origin };
  const onQueue = await page.request.post(QUEUE, { form: { intent: "approve", scope: "all" }, headers: origin });
  expect(onQueue.status()).toBe(403);
  const onInput = await page.request.post(`${QUEUE}/${reference}`, { form: { intent: "approve" }, headers: origin });
  expect(onInput.status()).toBe(403);
  await page.goto(`/my-input/${reference}`);
  await expect(page.getByRole("main")).toContainText(words.en.pending);

  // The refusal in Bahasa Indonesia.
  await chooseLanguage(page, "id");
  const response = await page.goto(QUEUE);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(reviewWords.id.forbidden);

  // A visitor who is not logged in is sent to log in, and would come back to the queue.
  await page.context().clearCookies();
  await page.goto(QUEUE);
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Freview%2Fascc-post-2025$/);
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
});

test("one row per group still shows a group whose first copy was decided when new copies wait for review", async ({
  page,
  baseURL,
}) => {
  await registerThroughForm(page, "review-late-copy", "id");
  const word = uniqueWord();
  const letter = `Kami, warga desa nelayan di pesisir utara, meminta agar nelayan kecil diajak berunding sebelum rencana ini disahkan, agar data tangkapan dibuka untuk umum, dan agar dana adaptasi sampai ke koperasi desa tanpa perantara (${word}).`;
  const send = (name: string) =>
    sendByRequest(page, baseURL!, { body: `${letter}\n\nHormat kami, ${name}`, language: "id" });
  for (const name of ["Siti Aminah", "Made Wirawan", "Yohanes Lake"]) await send(name);
  await nearDuplicatesFiled(page, baseURL!);
  const contributorCookies = await page.context().cookies();
  await page.context().clearCookies();

  // The first three copies are rejected together.
  await logInByRequest(page, demo.moderator);
  await page.goto(`${QUEUE}?q=${word}&groups=collapse`);
  await waitForHydration(page);
  const q = queue(page, w);
  await expect(q.rows).toHaveCount(1);
  await expect(q.rows).toContainText(w.groupSize(3));
  await q.showBulk();
  await q.bulk.getByRole("radio", { name: w.allMatching }).check();
  await q.bulk.getByLabel(w.reason).selectOption({ label: "Duplicate" });
  await q.bulk.getByRole("button", { name: w.reject, exact: true }).click();
  await expect(q.confirmation).toHaveAccessibleName(w.confirm(3, "rejected"));
  await q.confirmation.getByRole("button", { name: w.confirmButton(3) }).click();
  await expect(q.notice).toHaveText(w.done(3, "rejected"));

  // A fourth copy arrives later (the contributor's session, then the moderator's again).
  const moderatorCookies = await page.context().cookies();
  await page.context().clearCookies();
  await page.context().addCookies(contributorCookies);
  const late = await send("Rina Kusuma");
  await nearDuplicatesFiled(page, baseURL!);
  await page.context().clearCookies();
  await page.context().addCookies(moderatorCookies);

  await page.goto(`${QUEUE}?q=${word}`);
  await expect(q.rows).toHaveCount(1);
  await expect(q.row(late.reference)).toContainText(w.groupSize(4));
  // The same view with one row per group should still show it.
  await page.goto(`${QUEUE}?q=${word}&groups=collapse`);
  await expect(q.rows).toHaveCount(1, { timeout: 2_000 });
  await expect(q.row(late.reference)).toContainText(w.groupSize(4));
});
