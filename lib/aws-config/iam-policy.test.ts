import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The README's least-privilege policy must allow every operation the provider layer calls,
// and nothing else, so an operator who copies it gets neither AccessDenied nor extra rights.
describe("the documented IAM policy", () => {
  const readme = readFileSync("README.md", "utf8");
  const policy = JSON.parse(/```json\n([\s\S]*?"Statement"[\s\S]*?)```/.exec(readme)?.[1] ?? "{}") as {
    Statement: { Action: string[] }[];
  };
  const allowed = new Set(policy.Statement.flatMap((s) => s.Action));
  // Every operation queries.ts calls, through a paginator or a single command.
  const used = new Set(
    Array.from(
      readFileSync("lib/aws-config/queries.ts", "utf8").matchAll(/(?:paginate(\w+)\(|new (\w+)Command\()/g),
      (m) => `config:${m[1] ?? m[2]}`,
    ),
  );

  it("allows every AWS Config operation the site calls", () => {
    expect(used.size).toBeGreaterThan(12);
    for (const recorder of ["config:DescribeConfigurationRecorders", "config:DescribeConfigurationRecorderStatus"])
      expect(used).toContain(recorder);
    for (const action of used) expect(allowed, action).toContain(action);
  });

  it("allows nothing the site does not call, and no writes", () => {
    for (const action of allowed) expect(used, action).toContain(action);
    for (const action of allowed) expect(action).toMatch(/^config:(Describe|Get|List|Select)/);
  });
});
