import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The AWS SDK stays behind the provider layer (lib/aws-config), so the rest of the app sees our model only.
const awsSdk = { group: ["@aws-sdk/*", "@smithy/*"], message: "Only lib/aws-config/ may import the AWS SDK." };

// Pages are served without Next's runtime (server/runtime-cut.mjs). These need it, and would
// break silently: client-side navigation, framework-loaded scripts, streamed Suspense boundaries.
const cut = "Pages are served without Next's runtime (server/runtime-cut.mjs)";
const needsRuntime = [
  { name: "next/link", message: `${cut}: use a plain <a> built by the path helpers in lib/i18n.ts.` },
  { name: "next/script", message: `${cut}: scripts are islands (lib/islands/).` },
  { name: "react", importNames: ["Suspense", "lazy"], message: `${cut}: a streamed boundary would never resolve.` },
];

// The components that React renders in the browser too; every other one is server-only markup.
const CLIENT_COMPONENTS = ["components/questionnaire/**", "components/layout/language-switch.tsx"];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", ".next-*/**", "status/**", ".contentlayer/**", "out/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", ".cache/**", "public/islands/**"] },
  { files: ["**/*.cjs", "next.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  {
    files: ["**/*.{ts,tsx,mts,mjs,js}"],
    ignores: ["lib/aws-config/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [awsSdk] }] },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: needsRuntime, patterns: [awsSdk] }] },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: CLIENT_COMPONENTS,
    rules: {
      "no-restricted-syntax": ["error", { selector: "Program > ExpressionStatement[directive='use client']", message: `${cut}: only ${CLIENT_COMPONENTS.join(", ")} may be client components.` }],
    },
  },
  {
    files: ["app/**/loading.{ts,tsx,js,jsx}"],
    rules: { "no-restricted-syntax": ["error", { selector: "Program", message: `${cut}: loading.tsx streams a Suspense boundary that would never resolve.` }] },
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
