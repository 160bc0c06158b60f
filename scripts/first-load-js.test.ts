import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { firstLoadBytes } from "./first-load-js.mjs";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function site(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), "first-load-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const gz = (text: string) => gzipSync(text).length;

describe("firstLoadBytes", () => {
  it("counts Next's scripts and an island with the chunks it imports, but not lazy chunks or legacy polyfills", () => {
    const [next, main, helper, lazy] = ["next()".repeat(50), "main()".repeat(40), "helper()", "lazy()".repeat(500)];
    const manifest = {
      _helper: { file: "helper-1.js", imports: [] },
      "browser/islands/main.ts": {
        file: "main.js",
        isEntry: true,
        imports: ["_helper"],
        dynamicImports: ["browser/islands/lazy.ts"],
      },
      "browser/islands/lazy.ts": { file: "lazy-2.js" },
    };
    const dir = site({
      ".next/static/chunks/a.js": next,
      "public/islands/main.js": main,
      "public/islands/helper-1.js": helper,
      "public/islands/lazy-2.js": lazy,
      "public/islands/.vite/manifest.json": JSON.stringify(manifest),
    });
    const html = `<script src="/_next/static/chunks/a.js" async></script><script src="/_next/static/chunks/legacy.js" noModule></script><script type="module" src="/islands/main.js"></script>`;
    expect(firstLoadBytes(html, { distDir: path.join(dir, ".next"), publicDir: path.join(dir, "public") })).toEqual({
      scripts: 3,
      bytes: gz(next) + gz(main) + gz(helper),
    });
  });

  it("says which island is missing from the manifest", () => {
    const dir = site({ "public/islands/.vite/manifest.json": "{}" });
    expect(() =>
      firstLoadBytes(`<script type="module" src="/islands/gone.js"></script>`, { publicDir: path.join(dir, "public") }),
    ).toThrow(/gone\.js is not in the islands manifest/);
  });
});
