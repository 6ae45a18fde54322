/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import preact from "@preact/preset-vite";

// The member portal: the platform jar serves dist/ under /p/ (index.html at /p/{club}/... and /i/{token},
// the bundle at /p/assets/, public/ files at /p/). Small on purpose: Preact, no UI kit, the browser's Intl
// for Jalali dates and Persian digits; the QR encoder is a chunk of its own, loaded on the QR screen only.
// `npm run dev` proxies the API to a running ./run (BASHGAH_PORT, 8080 by default); open /p/demo/.
export default defineConfig({
  base: "/p/",
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  build: {
    outDir: "dist",
    target: "es2020",
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { "/api": `http://localhost:${process.env.BASHGAH_PORT ?? "8080"}` },
  },
  test: {
    environment: "jsdom",
    css: false,
  },
});
