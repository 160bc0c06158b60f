// The browser code of every page (lib/islands/), built into public/islands/ before `next build`.
// Reading pages load only this: the production server leaves Next's runtime out of them
// (lib/html/runtime.mjs), so they hydrate nothing and block nothing.
import path from "node:path";
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  logLevel: "warn",
  resolve: { alias: { "@": import.meta.dirname } },
  build: {
    outDir: "public/islands",
    emptyOutDir: true,
    target: "es2022",
    modulePreload: false,
    rollupOptions: {
      input: { main: path.resolve(import.meta.dirname, "lib/islands/main.ts") },
      // The entry keeps one name so pages can link it; search code loads on first use, by hash.
      output: { format: "es", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
    },
  },
});
