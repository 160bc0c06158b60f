import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", ".next-*/**", "status/**", ".contentlayer/**", "out/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", ".cache/**", "public/islands/**"] },
  { files: ["**/*.cjs", "next.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  {
    // The AWS SDK stays behind the provider layer (lib/aws-config), so the rest of the app sees our model only.
    files: ["**/*.{ts,tsx,mts,mjs,js}"],
    ignores: ["lib/aws-config/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@aws-sdk/*", "@smithy/*"], message: "Only lib/aws-config/ may import the AWS SDK." }] }],
    },
  },
  {
    // Types flow one way: lib/status builds on lib/aws-config's facts; the provider layer never reaches back.
    files: ["lib/aws-config/**/*.{ts,tsx}"],
    ignores: ["lib/aws-config/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/status/*", "**/lib/status/*", "../status/*", "../../status/*"], message: "lib/aws-config must not import lib/status: the status model depends on the provider layer, not the reverse." }] }],
    },
  },
];

export default config;
