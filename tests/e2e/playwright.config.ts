import { defineConfig, devices } from "@playwright/test";

// Run through tests/e2e/run.js (npm run test:e2e), which starts the production server on a
// throwaway database and sets BASE_URL. Against an already running server:
//   BASE_URL=http://127.0.0.1:3000 npx playwright test --config tests/e2e/playwright.config.ts
export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: ".artifacts/test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // CI machines have two cores; the server and the browsers share them.
  workers: 2,
  retries: 0,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: process.env.BASE_URL ?? "http://127.0.0.1:3000",
    // The app picks its language from Accept-Language until the reader chooses; start in English.
    locale: "en-GB",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
});
