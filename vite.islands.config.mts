// All the browser code (browser/islands/), built into public/islands/ before `next build`. Pages load
// only this: the production server leaves Next's runtime out of them (server/runtime-cut.mjs), so
// reading pages hydrate nothing, and the questionnaire hydrates its tool alone.
import path from "node:path";
import { defineConfig } from "vite";
import { ISLANDS_PATH } from "./browser/contract/paths.mjs";

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  // Where the files are served: chunks and the questionnaire's worker are fetched from here.
  base: ISLANDS_PATH,
  logLevel: "warn",
  resolve: { alias: { "@": import.meta.dirname } },
  build: {
    outDir: `public${ISLANDS_PATH}`,
    emptyOutDir: true,
    target: "es2022",
    modulePreload: false,
    // Lists each entry's static imports, so first-load JavaScript counts them (scripts/first-load-js.mjs).
    manifest: true,
    rollupOptions: {
      input: {
        main: path.resolve(import.meta.dirname, "browser/islands/main.ts"),
        questionnaire: path.resolve(import.meta.dirname, "browser/islands/questionnaire.tsx"),
      },
      // "use client" marks a boundary for Next's bundler; in this bundle everything is client code.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
      // Entries keep their names so pages can link them; other chunks (search, workers) go by hash.
      output: { format: "es", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
    },
  },
});
