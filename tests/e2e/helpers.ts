import { randomBytes, randomInt } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const SLUG = "ascc-post-2025";
export const OVERVIEW = `/consultations/${SLUG}`;
export function sectionPath(number: string, query = ""): string {
  return `${OVERVIEW}/sections/${number}${query}`;
}

// Text from app/demo/content.ts and locales/, kept here so a wording change breaks one place.
export const text = {
  consultationTitle: {
    en: "ASCC Post-2025 Strategic Plan — stakeholder consultation",
    id: "Rencana Strategis ASCC Pasca-2025 — konsultasi pemangku kepentingan",
  },
  section21: {
    en: "Strategic Goal 1: Inclusive human development",
    id: "Tujuan Strategis 1: Pembangunan manusia yang inklusif",
  },
  section21Body: {
    en: "Reduce multidimensional poverty and inequality.",
    id: "Menurunkan kemiskinan multidimensi dan ketimpangan.",
  },
  notFound: { en: "Page not found", id: "Halaman tidak ditemukan" },
  missingIndonesian: "Bagian ini belum memiliki teks Bahasa Indonesia",
} as const;

/** Matches a URL that ends with this path (and query), for toHaveURL. */
export function urlEndingWith(pathAndQuery: string): RegExp {
  const escaped = pathAndQuery.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${escaped}$`);
}

export const PASSWORD = "a long enough e2e passphrase";

export function uniqueSuffix(): string {
  return randomBytes(5).toString("hex");
}

/** A fresh address per test, so tests never share an account (or a login rate limit). */
export function uniqueEmail(label: string): string {
  return `e2e-${label}-${uniqueSuffix()}@example.org`;
}

/** The header's language buttons: a real form post, with or without JavaScript. */
export async function chooseLanguage(page: Page, language: "en" | "id"): Promise<void> {
  const switcher = page.getByRole("form", { name: /^(Choose a language|Pilih bahasa)$/ });
  const button = switcher.getByRole("button", {
    name: language === "id" ? "Bahasa Indonesia" : "English",
    exact: true,
  });
  await button.click();
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  await expect(button).toHaveAttribute("aria-pressed", "true");
}

/**
 * Resolves once React has hydrated the page. React attaches its props to a DOM node while
 * hydrating; <body> is the last element it completes, and the commit (which runs ref callbacks
 * such as react-hook-form's field registration) follows in the same task. Waiting one more frame
 * keeps a fill from racing that commit. Without this, text typed too early is reset by the form library.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => Object.keys(document.body).some((key) => key.startsWith("__reactProps$")));
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

export type Account = { name: string; email: string; password: string };

/** Registers an individual account by posting the form directly; the page's context gets the session cookie. */
export async function registerThroughForm(
  page: Page,
  label: string,
  preferredLanguage: "en" | "id" = "en",
): Promise<Account> {
  const account = { name: `E2E ${label} ${uniqueSuffix()}`, email: uniqueEmail(label), password: PASSWORD };
  const response = await page.request.post("/register", {
    // Another visitor's address each time (run.js trusts loopback as a proxy): a suite that
    // registers dozens of accounts from one machine would otherwise meet the registration limit.
    headers: { "X-Forwarded-For": `198.18.${randomInt(256)}.${randomInt(256)}` },
    form: {
      name: account.name,
      email: account.email,
      password: account.password,
      preferredLanguage,
      organisationMode: "individual",
      redirectTo: "/",
    },
  });
  expect(response.status(), `registering ${account.email} should redirect to a page that loads`).toBe(200);
  expect(new URL(response.url()).pathname).toBe("/");
  return account;
}

/** Fills in and sends the login form on the page that is open. */
export async function logIn(page: Page, account: Pick<Account, "email" | "password">): Promise<void> {
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("main").getByRole("button", { name: "Log in" }).click();
}

/** The page must not scroll sideways: everything fits the viewport's width. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, viewportWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    viewportWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${viewportWidth}px viewport`).toBeLessThanOrEqual(
    viewportWidth,
  );
}

type AxeViolation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function describeViolations(where: string, violations: AxeViolation[]): string {
  const lines = [`${violations.length} serious or critical accessibility violation(s) on ${where}:`];
  for (const violation of violations) {
    lines.push("", `[${violation.impact}] ${violation.id}: ${violation.help}`, `  ${violation.helpUrl}`);
    for (const node of violation.nodes.slice(0, 5)) {
      lines.push(`  - ${node.target.join(" ")}`);
      lines.push(`    ${node.html.slice(0, 200)}`);
      if (node.failureSummary) lines.push(...node.failureSummary.split("\n").map((line) => `    ${line}`));
    }
    if (violation.nodes.length > 5) lines.push(`  … and ${violation.nodes.length - 5} more element(s)`);
  }
  return lines.join("\n");
}

/** Runs axe-core on the page as it is now; fails on any serious or critical violation. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  expect(blocking.length, describeViolations(where, blocking)).toBe(0);
}
