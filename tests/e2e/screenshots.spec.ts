import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { minimalPdf } from "../fixtures/documents";
import {
  chooseLanguage,
  expectNoHorizontalScroll,
  OVERVIEW,
  registerThroughForm,
  sectionPath,
  text,
  waitForHydration,
} from "./helpers";
import {
  expect,
  expectConfirmation,
  fillAmendment,
  indonesianAmendment,
  openSendForm,
  sendForm,
  test,
  words,
} from "./submission-helpers";

// Full-page pictures for people to look at (tests/e2e/.artifacts/screenshots/), and a real check
// on each: nothing on the page is wider than the screen.
const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), ".artifacts", "screenshots");
mkdirSync(folder, { recursive: true });

const sizes = [
  { width: 360, height: 800 },
  { width: 1280, height: 900 },
];

type Shot = { name: string; language: "en" | "id"; open: (page: Page) => Promise<void> };

const shots: Shot[] = [
  {
    name: "home",
    language: "en",
    open: async (page) => {
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1, name: "Consultations" })).toBeVisible();
    },
  },
  {
    name: "overview",
    language: "en",
    open: async (page) => {
      await page.goto(OVERVIEW);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.consultationTitle.en);
    },
  },
  {
    name: "section-2.1-en",
    language: "en",
    open: async (page) => {
      await page.goto(sectionPath("2.1"));
      await expect(page.getByText(text.section21Body.en)).toBeVisible();
      // With the input published on it (demo data).
      await expect(
        page
          .getByRole("region", { name: /^Published input \(\d+\)$/ })
          .getByRole("listitem")
          .first(),
      ).toBeVisible();
    },
  },
  {
    name: "section-2.1-id",
    language: "id",
    open: async (page) => {
      await page.goto(sectionPath("2.1"));
      await expect(page.getByText(text.section21Body.id)).toBeVisible();
      await expect(
        page
          .getByRole("region", { name: /^Masukan yang diterbitkan \(\d+\)$/ })
          .getByRole("listitem")
          .first(),
      ).toBeVisible();
    },
  },
  {
    name: "register-errors",
    language: "en",
    open: async (page) => {
      await page.goto("/register");
      await waitForHydration(page);
      await page.getByLabel("Full name").fill("Budi Santoso");
      await page.getByLabel("E-mail address").fill("budi-at-example");
      await page.getByLabel("Password", { exact: true }).fill("short");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByRole("alert")).toBeVisible();
      await expect(page.locator("#field-password-error")).toBeVisible();
    },
  },
  {
    name: "login",
    language: "en",
    open: async (page) => {
      await page.goto("/login");
      await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
    },
  },
];

for (const size of sizes) {
  test.describe(`${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    for (const shot of shots) {
      test(shot.name, async ({ page }) => {
        if (shot.language === "id") {
          await page.goto("/");
          await chooseLanguage(page, "id");
        }
        await shot.open(page);
        await expect(page.locator("html")).toHaveAttribute("lang", shot.language);
        await expectNoHorizontalScroll(page);
        await page.screenshot({
          path: path.join(folder, `${shot.name}-${size.width}.png`),
          fullPage: true,
          animations: "disabled",
        });
      });
    }
  });
}

// Sending input, step by step, in Bahasa Indonesia (the longer wording): one test per size, one
// picture per step, each step checked for sideways scrolling.
for (const size of sizes) {
  test.describe(`${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test("sending input", async ({ page, files }) => {
      const w = words.id;
      const shoot = async (name: string) => {
        await expect(page.locator("html")).toHaveAttribute("lang", "id");
        await expectNoHorizontalScroll(page);
        await page.screenshot({
          path: path.join(folder, `${name}-${size.width}.png`),
          fullPage: true,
          animations: "disabled",
        });
      };
      await registerThroughForm(page, "shots", "id");
      const pdf = await files.write("kertas-posisi.pdf", minimalPdf());

      await openSendForm(page, w);
      await waitForHydration(page);
      await shoot("send-form");

      await sendForm(page, w).continue.click();
      await expect(page.locator("#field-body-error")).toBeVisible();
      await shoot("send-form-errors");

      await fillAmendment(page, w, indonesianAmendment(), pdf);
      await sendForm(page, w).continue.click();
      await expect(page.getByRole("region", { name: w.diffHeading }).locator("ins").first()).toBeVisible();
      await shoot("send-preview");

      await page.getByRole("main").getByRole("button", { name: w.send, exact: true }).click();
      await expectConfirmation(page, w);
      await shoot("send-confirmation");

      await page.getByRole("banner").getByRole("link", { name: w.myInput, exact: true }).click();
      await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(1);
      await shoot("my-input");
    });
  });
}
