import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Debian's Chromium where it is installed (air-gapped machines, CI); Playwright's own otherwise.
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Generous limits for a loaded 2-core CI machine; they catch hangs, they do not measure speed.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  // Runs the production build (`npm run build` first) on a fresh embedded database with demo data.
  webServer: {
    command: `rm -rf .data/e2e && npx next start -p ${PORT}`,
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      WEGWEISER_DATA_DIR: ".data/e2e",
      SEED_DEMO: "true",
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456",
      DATABASE_URL: "",
      // Lets a browser test move the app's clock with a cookie (lib/clock.ts); never set in production.
      WEGWEISER_TEST_CLOCK: "allow",
    },
  },
});
