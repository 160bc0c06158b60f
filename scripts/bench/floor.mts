// The framework floor: a blank App Router page built with the repo's own next and react, in the
// same run as the site, so the ratio compares like with like (same versions, same machine).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildEnv, run } from "../lib.mjs";
import { startServer, type RunningServer } from "./server.mjs";

export const FLOOR_DIR = path.resolve(".cache/bench-floor");
const NEXT = path.resolve("node_modules/.bin/next");

const files: Record<string, string> = {
  // Its own (empty) config: next looks for next.config.js upwards and would otherwise load the site's.
  "next.config.js": "module.exports = {};\n",
  "package.json": '{ "private": true }\n',
  // Its own (empty) instrumentation hook: the build would otherwise bundle the site's, whose
  // publisher reads the site's content from the blank app's folder and stops its server.
  "instrumentation.ts": "export function register() {}\n",
  "app/layout.tsx": `import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.tsx": "export default function Page() {\n  return <p>Blank page</p>;\n}\n",
};

/**
 * Writes and builds the blank app under .cache/ (react and next resolve from the repo's
 * node_modules above it) and returns its home page's HTML file and build folder.
 */
export function buildFloor(): { htmlFile: string; distDir: string } {
  rmSync(FLOOR_DIR, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(FLOOR_DIR, name)), { recursive: true });
    writeFileSync(path.join(FLOOR_DIR, name), text);
  }
  const status = run(NEXT, ["build"], { cwd: FLOOR_DIR, env: { ...buildEnv(), PWD: FLOOR_DIR } });
  if (status !== 0) throw new Error(`next build of the blank app in ${FLOOR_DIR} exited with ${status}`);
  return { htmlFile: path.join(FLOOR_DIR, ".next/server/app/index.html"), distDir: path.join(FLOOR_DIR, ".next") };
}

/** Serves the blank app with the framework's own server, so Lighthouse can score the floor too. */
export function startFloorServer(port: number): Promise<RunningServer> {
  return startServer(port, [NEXT, ["start", "-p", String(port)]], { cwd: FLOOR_DIR });
}
