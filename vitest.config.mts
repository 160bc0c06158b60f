import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "test/server-only.ts"),
      "contentlayer/generated": path.resolve(import.meta.dirname, ".contentlayer/generated"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts", "server/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
