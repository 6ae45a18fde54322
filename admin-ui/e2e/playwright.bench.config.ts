import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Measurements, not tests (deploy/bench/portal-load.sh): the same platform and browser as the browser
// tests, one run after another, nothing asserted but that the page came up.
export default defineConfig({
  ...base,
  testDir: "./bench",
  timeout: 300_000,
  reporter: [["list"]],
});
