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
    // Let Vite (and the dedupe above) resolve the pickers' date-fns-jalali in tests too; Node alone
    // looks for it at the workspace's root and fails.
    server: { deps: { inline: [/@mui\/x-date-pickers/] } },
  },
});
