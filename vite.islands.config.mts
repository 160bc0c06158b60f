// The browser code of every page (lib/islands/), built into public/islands/ before `next build`.
// Reading pages load only this: the production server leaves Next's runtime out of them
// (lib/html/runtime.mjs), so they hydrate nothing and block nothing.
import path from "node:path";
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  // Where the files are served: chunks and the questionnaire's worker are fetched from here.
  base: "/islands/",
  logLevel: "warn",
  resolve: { alias: { "@": import.meta.dirname } },
  build: {
    outDir: "public/islands",
    emptyOutDir: true,
    target: "es2022",
    modulePreload: false,
    // Lists each entry's static imports, so first-load JavaScript counts them (scripts/first-load-js.mjs).
    manifest: true,
    rollupOptions: {
      input: {
        main: path.resolve(import.meta.dirname, "lib/islands/main.ts"),
        questionnaire: path.resolve(import.meta.dirname, "lib/islands/questionnaire.tsx"),
      },
      // Entries keep their names so pages can link them; other chunks (search, workers) go by hash.
      // "use client" marks a boundary for Next's bundler; in this bundle everything is client code.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
      output: { format: "es", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
    },
  },
});
