import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The AWS SDK stays behind the provider layer (lib/aws-config), so the rest of the app sees our model only.
const awsSdk = { group: ["@aws-sdk/*", "@smithy/*"], message: "Only lib/aws-config/ may import the AWS SDK." };

// Pages are served without Next's runtime (server/runtime-cut.mjs). These need it, and would
// break silently: client-side navigation, framework-loaded scripts, streamed Suspense boundaries.
const cut = "Pages are served without Next's runtime (server/runtime-cut.mjs)";
const needsRuntime = [
  { name: "next/link", message: `${cut}: use a plain <a> built by the path helpers in lib/i18n.ts.` },
  { name: "next/script", message: `${cut}: scripts are islands (browser/islands/).` },
  { name: "react", importNames: ["Suspense", "lazy"], message: `${cut}: a streamed boundary would never resolve.` },
];

// The components that React renders in the browser too; every other one is server-only markup.
const CLIENT_COMPONENTS = ["browser/questionnaire/**", "components/layout/language-switch.tsx"];

// The folder a file sits in says where it runs (README, "What is where"); these zones keep it so.
// Tests may reach into test/ (their doubles and fixtures); nothing that ships may.
const tier = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });
const tiers = [
  tier(
    "./lib",
    ["./app", "./components", "./browser", "./server", "./scripts", "./test", "./e2e"],
    "lib/ is domain logic: it may not import routes, UI, browser code, server plumbing, scripts or test doubles.",
  ),
  tier(
    "./components",
    ["./app", "./server", "./scripts", "./test", "./e2e"],
    "components/ render on the server from lib/ only.",
  ),
  // Components render the questionnaire tool's first view and write the ids and data the islands read.
  tier(
    "./components",
    "./browser",
    "components/ may import from browser/ only its contract and the questionnaire tool it prerenders.",
    ["./contract", "./questionnaire"],
  ),
  tier("./browser", ["./app", "./server", "./scripts", "./test", "./e2e"], "browser/ is what ships to the browser."),
  // What the browser may take from lib/: code that runs anywhere (no fs, no database, no AWS).
  tier("./browser", "./lib", "browser/ may import only the browser-safe parts of lib/.", [
    "./i18n",
    "./questionnaire",
    "./text",
    "./search/index-options.ts",
    "./search/passage.ts",
    "./answers/types.ts",
    "./status/types.ts",
    "./locale-json.ts",
  ]),
  tier(
    "./browser",
    "./components",
    "browser/ may not import server components; the status badge is the one piece both render.",
    ["./status/status-badge.tsx"],
  ),
  tier(
    "./server",
    ["./app", "./components", "./scripts", "./test", "./e2e"],
    "server/ is the production server's plumbing.",
  ),
  tier("./app", ["./server", "./scripts", "./test", "./e2e"], "app/ routes build on components/ and lib/."),
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "status/**",
      ".contentlayer/**",
      "out/**",
      "node_modules/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      ".cache/**",
      "public/islands/**",
      ".generated/**",
    ],
  },
  { files: ["**/*.cjs", "next.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  {
    files: ["**/*.{ts,tsx,mts,mjs,js}"],
    // The local AWS Config server (a test double) drives the real SDK to prove it speaks the protocol.
    ignores: ["lib/aws-config/**", "test/aws-config-server/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [awsSdk] }] },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: needsRuntime, patterns: [awsSdk] }] },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "browser/**/*.{ts,tsx}"],
    ignores: CLIENT_COMPONENTS,
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Program > ExpressionStatement[directive='use client']",
          message: `${cut}: only ${CLIENT_COMPONENTS.join(", ")} may be client components.`,
        },
      ],
    },
  },
  {
    files: ["app/**/loading.{ts,tsx,js,jsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "Program", message: `${cut}: loading.tsx streams a Suspense boundary that would never resolve.` },
      ],
    },
  },
  {
    files: ["**/*.{ts,tsx,mts,mjs,js,cjs}"],
    ignores: ["**/*.test.ts"],
    // The plugin eslint-config-next already loads (one instance, so flat config sees no redefinition).
    plugins: { import: nextVitals.find((c) => c.plugins?.import)?.plugins.import },
    rules: { "import/no-restricted-paths": ["error", { zones: tiers }] },
  },
  {
    // Types flow one way: lib/status builds on lib/aws-config's facts; the provider layer never reaches back.
    files: ["lib/aws-config/**/*.{ts,tsx}"],
    ignores: ["lib/aws-config/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/status/*", "**/lib/status/*", "../status/*", "../../status/*"],
              message:
                "lib/aws-config must not import lib/status: the status model depends on the provider layer, not the reverse.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
