/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The platform jar serves the built console under /admin; `npm run dev` proxies the API to a
// running ./run (BASHGAH_PORT, 8080 by default).
export default defineConfig({
  base: "/admin/",
  plugins: [react()],
  // npm keeps date-fns-jalali (a prerelease) beside this package rather than at the root, where the
  // pickers, its optional peer, would look for it.
  resolve: { dedupe: ["date-fns-jalali", "react", "react-dom"] },
  build: {
    outDir: "dist",
    chunkSizeWarningLimit: 2500,
    sourcemap: false,
  },
  server: {
    proxy: { "/api": `http://localhost:${process.env.BASHGAH_PORT ?? "8080"}` },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test-setup.ts"],
    css: false,
    // The pickers import date-fns-jalali, which npm keeps beside this package: run them through Vite
    // so that resolve.dedupe finds it, as the app's build does.
    server: { deps: { inline: [/@mui\/x-date-pickers/] } },
  },
});
