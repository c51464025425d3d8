import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type APIResponse, expect, type Page, test } from "@playwright/test";
import { OVERVIEW, SLUG, sectionPath, waitForHydration } from "./helpers";
import { demo, QUEUE } from "./review-helpers";

// The headers of decision 012 on every route, as each kind of reader gets them, and pages that
// still hydrate under the Content-Security-Policy without Chromium refusing anything.

type Reader = "visitor" | "contributor" | "moderator";

/** Every route module, with an address to ask it at; REF stands for one of the demo's references. */
const routes: Record<string, { path: string; publicForVisitors?: true; resource?: true }> = {
  "_index.tsx": { path: "/", publicForVisitors: true },
  "$.tsx": { path: "/no-such-page" },
  "consultations.$slug._index.tsx": { path: OVERVIEW, publicForVisitors: true },
  "consultations.$slug.sections.$number.tsx": { path: sectionPath("2.1"), publicForVisitors: true },
  "consultations.$slug.send.tsx": { path: `${OVERVIEW}/send?section=2.1` },
  "healthz.ts": { path: "/healthz", resource: true },
  "language.tsx": { path: "/language", resource: true },
  "login.tsx": { path: "/login" },
  "logout.tsx": { path: "/logout" },
  "register.tsx": { path: "/register" },
  "my-input._index.tsx": { path: "/my-input" },
  "account._index.tsx": { path: "/account" },
  "account.sessions.tsx": { path: "/account/sessions" },
  "account.preferences.tsx": { path: "/account/preferences" },
  "forgot-password.tsx": { path: "/forgot-password" },
  "reset-password.$token.tsx": { path: "/reset-password/not-a-real-token" },
  "account.data.ts": { path: "/account/data", resource: true },
  "account.delete.tsx": { path: "/account/delete" },
  "my-input.$reference._index.tsx": { path: "/my-input/REF" },
  "my-input.$reference.edit.tsx": { path: "/my-input/REF/edit" },
  "my-input.$reference.withdraw.tsx": { path: "/my-input/REF/withdraw" },
  "review._index.tsx": { path: "/review" },
  "review.$slug._index.tsx": { path: QUEUE },
  "review.$slug.$reference.tsx": { path: `${QUEUE}/REF` },
  "review.$slug.$reference.attachment.ts": { path: `${QUEUE}/REF/attachment`, resource: true },
  "review.$slug.dashboard.tsx": { path: `${QUEUE}/dashboard` },
  "review.$slug.export.ts": { path: `${QUEUE}/export?status=all&format=csv`, resource: true },
  "review.$slug.suggestions.tsx": { path: `${QUEUE}/suggestions` },
  "review.$slug.themes._index.tsx": { path: `${QUEUE}/themes` },
  "review.$slug.themes.$theme.tsx": { path: `${QUEUE}/themes/youth` },
  "consultations.$slug.what-we-heard.tsx": { path: "/consultations/ascc-blueprint-2025-review/what-we-heard" },
  "consultations.$slug.open-data._index.tsx": { path: `${OVERVIEW}/open-data` },
  "consultations.$slug.open-data.$file.ts": { path: `${OVERVIEW}/open-data/submissions.csv`, resource: true },
  "admin._index.tsx": { path: "/admin" },
  "admin.outbox._index.tsx": { path: "/admin/outbox" },
  "admin.outbox.$id.tsx": { path: "/admin/outbox/00000000-0000-4000-8000-000000000000" },
  "admin.consultations.new.tsx": { path: "/admin/consultations/new" },
  "admin.consultations.$slug.tsx": { path: "/admin/consultations/ascc-post-2025" },
  "admin.consultations.$slug_.import.tsx": { path: `/admin/consultations/${SLUG}/import` },
  "admin.consultations.$slug_.sections.tsx": { path: `/admin/consultations/${SLUG}/sections` },
  "admin.consultations.$slug_.amendments.tsx": { path: "/admin/consultations/ascc-post-2025/amendments" },
  "admin.consultations.$slug_.themes.tsx": { path: `/admin/consultations/${SLUG}/themes` },
  "admin.audit._index.tsx": { path: "/admin/audit" },
  "admin.audit.export.ts": { path: "/admin/audit/export?action=auth", resource: true },
  "admin.consultations.$slug_.versions.tsx": { path: `/admin/consultations/${SLUG}/versions` },
};

const accounts = {
  contributor: { email: "contributor@demo.masukan.test", password: "contributor-demo-2026" },
  moderator: demo.moderator,
};

const nonceSource = /'nonce-([A-Za-z0-9+/]{22}==)'/;

function expectedPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Checks one response's headers (and, for a page, its scripts); returns its nonce. */
async function expectSecurityHeaders(response: APIResponse, where: string, cacheable: boolean): Promise<string> {
  const headers = response.headers();
  const nonce = nonceSource.exec(headers["content-security-policy"] ?? "")?.[1] ?? "";
  expect(headers["content-security-policy"], where).toBe(expectedPolicy(nonce));
  expect(headers["permissions-policy"], where).toMatch(
    /^(?=.*\bcamera=\(\))(?=.*\bmicrophone=\(\))(?=.*\bgeolocation=\(\))(?=.*\bpayment=\(\))(?=.*\busb=\(\))/,
  );
  expect(headers["x-content-type-options"], where).toMatch(/^nosniff\b/);
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  // The test server runs in production on plain HTTP (COOKIE_SECURE=false), where HSTS would lock browsers out.
  expect(headers["strict-transport-security"], where).toBeUndefined();
  expect(headers["cache-control"], where).toBe(cacheable ? undefined : "private, no-store");
  if (headers["content-type"]?.startsWith("text/html")) {
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, `${where} has Remix's scripts`).toBeGreaterThan(0);
    for (const script of scripts) expect(script, where).toContain(` nonce="${nonce}"`);
  }
  return nonce;
}

async function logIn(page: Page, reader: Exclude<Reader, "visitor">): Promise<void> {
  const response = await page.request.post("/login", { form: accounts[reader], maxRedirects: 0 });
  expect(response.status(), `logging in the demo ${reader}`).toBe(302);
  await expectSecurityHeaders(response, `POST /login as the ${reader}`, false);
}

/** A reference this reader can open: their own input, or one from the queue. */
async function someReference(page: Page, reader: Reader): Promise<string> {
  // A visitor is sent to log in whichever reference it is.
  if (reader === "visitor") return "ASCC-2026-0001";
  const listing = await page.request.get(reader === "contributor" ? "/my-input" : QUEUE);
  const reference = /\b[A-Z]+-\d{4}-\d{4}\b/.exec(await listing.text())?.[0];
  expect(reference, `a reference on the ${reader}'s list`).toBeTruthy();
  return reference ?? "";
}

async function expectHeadersOnEveryRoute(page: Page, reader: Reader): Promise<void> {
  const files = readdirSync(fileURLToPath(new URL("../../app/routes/", import.meta.url))).filter(
    (name) => /\.tsx?$/.test(name) && !name.includes(".test."),
  );
  expect(files.sort(), "every route module has an address in this test").toEqual(Object.keys(routes).sort());
  const reference = await someReference(page, reader);
  const nonces = new Set<string>();
  for (const [file, route] of Object.entries(routes)) {
    const path = route.path.replace("REF", reference);
    const cacheable = reader === "visitor" && route.publicForVisitors === true;
    // The document, and the loader data a client-side navigation fetches instead.
    const asked = [path];
    if (!route.resource) {
      const routeId = `routes/${file.replace(/\.tsx?$/, "")}`;
      asked.push(`${path}${path.includes("?") ? "&" : "?"}_data=${encodeURIComponent(routeId)}`);
    }
    for (const url of asked) {
      const response = await page.request.get(url, { maxRedirects: 0 });
      nonces.add(await expectSecurityHeaders(response, `GET ${url} (${response.status()}) as a ${reader}`, cacheable));
    }
  }
  expect(nonces.size, "a new nonce on every response").toBe(
    Object.values(routes).reduce((count, route) => count + (route.resource ? 1 : 2), 0),
  );
}

/** Everything Chromium reports as going wrong on the page: CSP refusals, console errors and warnings. */
async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction("reportPolicyViolation", (violation: string) => problems.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportPolicyViolation(text: string): void }).reportPolicyViolation;
      report(`CSP ${event.violatedDirective} refused ${event.blockedURI || "inline code"} on ${event.documentURI}`);
    });
  });
  return problems;
}

async function expectPagesWork(page: Page, paths: string[]): Promise<void> {
  const problems = await watchForProblems(page);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await waitForHydration(page);
  }
  expect(problems).toEqual([]);
}

test("a visitor gets the headers on every route, and the reading pages run their scripts", async ({ page }) => {
  await expectHeadersOnEveryRoute(page, "visitor");

  const problems = await watchForProblems(page);
  await page.goto(OVERVIEW);
  await waitForHydration(page);
  // A client-side navigation: the scripts run and fetch the next page's data, in the same document.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole("link", { name: /^2\.1 / }).click();
  await expect(page).toHaveURL(sectionPath("2.1"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2.1");
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  for (const path of ["/", "/login", "/register"]) {
    await page.goto(path);
    await waitForHydration(page);
  }
  expect(problems).toEqual([]);
});

test("a contributor gets personal pages that no one keeps, and they run under the policy", async ({ page }) => {
  await logIn(page, "contributor");
  await expectHeadersOnEveryRoute(page, "contributor");
  const reference = await someReference(page, "contributor");
  await expectPagesWork(page, [`${OVERVIEW}/send?section=2.1`, "/my-input", `/my-input/${reference}`, "/logout"]);
});

test("a moderator gets review pages that no one keeps, and they run under the policy", async ({ page }) => {
  await logIn(page, "moderator");
  await expectHeadersOnEveryRoute(page, "moderator");
  const reference = await someReference(page, "moderator");
  await expectPagesWork(page, ["/review", QUEUE, `${QUEUE}/${reference}`, sectionPath("2.1")]);
});
