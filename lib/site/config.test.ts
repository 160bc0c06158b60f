import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { parseSiteConfig } from "./config";

const source = readFileSync("content/site.yaml", "utf8");
type Tree = { [key: string]: unknown };
/** site.yaml with the value at `path` replaced (undefined: removed). */
const edited = (path: string[], value?: unknown) => {
  const config = parse(source) as Tree;
  const parent = path.slice(0, -1).reduce((node, key) => node[key] as Tree, config);
  const last = path.at(-1) ?? "";
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return stringify(config);
};
const problemsOf = (text: string) => {
  try {
    parseSiteConfig(text, "content/site.yaml");
    return "";
  } catch (error) {
    return (error as Error).message;
  }
};

describe("content/site.yaml", () => {
  it("is valid as shipped", () => {
    expect(parseSiteConfig(source, "content/site.yaml").company).toBeTruthy();
  });

  it("names the file and the key when one is missing", () => {
    const message = problemsOf(edited(["zh", "home", "title"]));
    expect(message).toContain("content/site.yaml");
    expect(message).toContain("zh.home.title");
  });

  it("names a misspelt key instead of ignoring it", () => {
    expect(problemsOf(edited(["en", "siteNmae"], "x"))).toMatch(/en[\s\S]*siteNmae/);
  });

  it("refuses a security contact that is no email address", () => {
    expect(problemsOf(edited(["securityContact"], "security at example"))).toContain("securityContact");
  });
});
