import { defineConfig, devices } from "@playwright/test";
import { STORE, storeEnv } from "./e2e/fixtures";

// Debian's Chromium (apt package `chromium`); Playwright's own browser download is not used.
const chromiumArgs = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const port = Number(process.env.E2E_PORT ?? 3100);
/** A second build whose status comes from a fixture with every state (STATUS_SOURCE=file). */
export const STATES_PORT = port + 1;
/** A second server of the main build, started by e2e/shared-store.spec.ts on the same store. */
export const TWIN_PORT = port + 2;
/** A server of the main build mailing through e2e/documents.spec.ts's SMTP server. */
export const DOCUMENTS_PORT = port + 3;
// On PostgreSQL every server must be given the same secrets, as in production (lib/secrets.ts).
const sharedSecrets = {
  TOKEN_SIGNING_KEY: "e2e-token-signing-key-0123456789abcdef",
  SESSION_KEY: "e2e-session-key-0123456789abcdef0123",
};
export const mainServerEnv = () => ({ ...serverEnv, TRUST_PROXY_HOPS: "1", ...storeEnv(STORE.main), ...sharedSecrets });
const serverEnv = { NEXT_TELEMETRY_DISABLED: "1", AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // What a reader waits for (an answered questionnaire, an island) took over 5 s on a two-core
  // runner busy with two browsers and three servers; a wrong result still fails, only later.
  expect: { timeout: 15_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
    trace: "retain-on-failure",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      // Serves the production build made by `npm test` (or `npm run build`): demo status.
      command: `node scripts/serve.mjs -p ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      // As if behind one proxy (the TLS terminator of e2e/observatory): X-Forwarded-For is trusted.
      env: mainServerEnv(),
    },
    {
      // The build `npm test` makes into .next-states from e2e/fixtures/status-states.json.
      command: `node scripts/serve.mjs -p ${STATES_PORT}`,
      url: `http://localhost:${STATES_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      // Directly exposed: a client's own X-Forwarded-For is ignored.
      env: {
        ...serverEnv,
        NEXT_DIST_DIR: ".next-states",
        STATUS_SOURCE: "file",
        STATUS_FILE: "e2e/fixtures/status-states.json",
        ...storeEnv(STORE.states),
      },
    },
  ],
});
