import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

// Runs the real Contentlayer build on a copy of the project with one file broken, as a writer
// would break it, and checks that the build fails and names the file and the field.
const root = process.cwd();
let work = "";

function projectWith(file: string, edit: (text: string) => string): string {
  work = mkdtempSync(path.join(tmpdir(), "content-"));
  for (const entry of ["content", "lib", "contentlayer.config.ts", "tsconfig.json", "package.json"]) {
    cpSync(path.join(root, entry), path.join(work, entry), { recursive: true });
  }
  symlinkSync(path.join(root, "node_modules"), path.join(work, "node_modules"));
  const target = path.join(work, "content", file);
  writeFileSync(target, edit(readFileSync(target, "utf8")));
  return work;
}

// Contentlayer takes its working directory from $PWD, not process.cwd(), so both are set.
function run(dir: string, command: string, args: string[]) {
  const result = spawnSync(command, args, {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", PWD: dir },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const contentlayer = (dir: string) => run(dir, path.join(root, "node_modules/.bin/contentlayer2"), ["build"]);

afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("a malformed section fails the build, naming the file and field", () => {
  it("missing required field", () => {
    const { status, output } = contentlayer(projectWith("en/backups.mdx", (t) => t.replace(/^summary:.*\n/m, "")));
    expect(status).not.toBe(0);
    expect(output).toContain('"en/backups.mdx"');
    expect(output).toMatch(/missing the following required fields[\s\S]*summary/);
  });

  it("wrong type", () => {
    const { status, output } = contentlayer(
      projectWith("zh/network-security.mdx", (t) => t.replace(/^order: .*$/m, "order: five")),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('"zh/network-security.mdx"');
    expect(output).toMatch(/incompatible fields[\s\S]*order/);
  });

  it("unknown field", () => {
    const { status, output } = contentlayer(
      projectWith("en/overview.mdx", (t) => t.replace(/^order:/m, "author: someone\norder:")),
    );
    expect(status).not.toBe(0);
    expect(output).toContain("en/overview.mdx");
    expect(output).toContain("author");
  });

  it("subsection heading without an explicit id", () => {
    const { status, output } = contentlayer(
      projectWith("en/backups.mdx", (t) => t.replace(" [#database-backups]", "")),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('"en/backups.mdx"');
    expect(output).toContain("heading needs an explicit id");
  });
});

describe("the site-wide check fails naming the file", () => {
  it("heading id used twice", () => {
    const dir = projectWith("en/backups.mdx", (t) => t.replace("[#configuration-backups]", "[#firewalls]"));
    const { status, output } = run(dir, path.join(root, "node_modules/.bin/tsx"), [
      path.join(root, "scripts/check-content.ts"),
      "content",
    ]);
    expect(status).toBe(1);
    expect(output).toMatch(
      /content\/en\/(backups|network-security)\.mdx:\d+: heading id "firewalls" is already used at content\/en\/(backups|network-security)\.mdx:\d+/,
    );
  });
});
