import { expect, test } from "@playwright/test";
import { OVERVIEW, text } from "./helpers";

// Issue 16, item 12: the home page tells a visitor, for each consultation, where it stands, how
// much there is, and what they can do now.

for (const [locale, words] of [
  [
    "en-GB",
    {
      title: text.consultationTitle.en,
      past: "ASCC Blueprint 2025 — final review consultation",
      sections: "Sections",
      published: "Published input",
      readWithInput: "Read the draft and the input published on it",
      send: "Send your input",
      report: "Read what we heard",
      dates: /^\d{1,2} \w+ \d{4} – \d{1,2} \w+ \d{4}$/,
    },
  ],
  [
    "id-ID",
    {
      title: text.consultationTitle.id,
      past: "Kajian Akhir Cetak Biru ASCC 2025 — konsultasi publik",
      sections: "Bagian",
      published: "Masukan yang diterbitkan",
      readWithInput: "Baca rancangan dan masukan yang diterbitkan",
      send: "Kirim masukan Anda",
      report: "Baca apa yang kami dengar",
      dates: /^\d{1,2} \w+ \d{4} – \d{1,2} \w+ \d{4}$/,
    },
  ],
] as const) {
  test(`each consultation shows its dates, sections, published input and what a visitor can do (${locale})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto("/");
    const card = (title: string) =>
      page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: title }) });
    const fact = (title: string, name: string) =>
      card(title)
        .locator(".facts > div")
        .filter({ has: page.getByRole("term").getByText(name, { exact: true }) })
        .getByRole("definition");

    const open = card(words.title);
    await expect(fact(words.title, words.sections)).toHaveText("12");
    await expect(fact(words.title, words.published)).toHaveText(/^\d+$/);
    expect(Number(await fact(words.title, words.published).textContent())).toBeGreaterThan(0);
    await expect(open.locator(".facts__dates dd")).toHaveText(words.dates);
    await expect(open.getByRole("link", { name: words.readWithInput })).toHaveAttribute("href", OVERVIEW);
    await expect(open.getByRole("link", { name: words.send })).toHaveAttribute("href", `${OVERVIEW}/send`);

    // A consultation whose results are published: its input, and the report of what was heard.
    const past = card(words.past);
    await expect(fact(words.past, words.sections)).toHaveText("3");
    expect(Number(await fact(words.past, words.published).textContent())).toBeGreaterThan(100);
    await expect(past.locator(".consultation-card__actions").getByRole("link")).toHaveText([
      words.readWithInput,
      words.report,
    ]);
    await expect(past.getByRole("link", { name: words.report })).toHaveAttribute(
      "href",
      "/consultations/ascc-blueprint-2025-review/what-we-heard",
    );

    // At 1280 px the card uses the page's width: the facts sit beside the description.
    const about = await open.locator(".consultation-card__about").boundingBox();
    const facts = await open.locator(".consultation-card__facts").boundingBox();
    expect(facts!.x).toBeGreaterThan(about!.x + about!.width);
    await context.close();
  });
}
