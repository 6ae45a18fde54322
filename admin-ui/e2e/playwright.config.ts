import { defineConfig } from "@playwright/test";

// Debian's Chromium (installed by scripts/ensure-chromium.sh), never a browser downloaded by
// Playwright: CI starts from a clean machine on a closed network. The flags keep it from calling
// home, which the closed network would refuse many times over.
const chromiumArgs = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export default defineConfig({
  testDir: "./tests",
  globalSetup: "./global-setup.ts",
  globalTeardown: "./global-teardown.ts",
  // One platform, one database: the scenarios share it, so they run one after another.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [["list"], ["html", { open: "never", outputFolder: "target/report" }]],
  outputDir: "target/results",
  use: {
    baseURL: process.env.BASHGAH_E2E_URL ?? "http://127.0.0.1:8190",
    locale: "fa-IR",
    timezoneId: "Asia/Tehran",
    viewport: { width: 1366, height: 900 },
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
});
