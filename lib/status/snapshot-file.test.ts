import { describe, expect, it } from "vitest";
import { parseSnapshotFile } from "./snapshot-file";
import { buildSnapshot } from "./snapshot";
import { config, facts, rule } from "@/test/status/builders";

const good = buildSnapshot(config, facts([rule("restricted-ssh"), rule("sg-ports"), rule("internal-rule")]), [], "aws");

describe("a pulled snapshot file", () => {
  it("is read back as the file source", () => {
    const read = parseSnapshotFile(JSON.stringify(good), config);
    expect(read.source.kind).toBe("file");
    expect(read.controls).toEqual(good.controls);
  });

  it("is refused when it is not a snapshot", () => {
    expect(() =>
      parseSnapshotFile(JSON.stringify({ ...good, controls: [{ id: "x", state: "green" }] }), config),
    ).toThrow(/not a status snapshot/);
    expect(() => parseSnapshotFile("{", config)).toThrow();
  });

  it("is refused when it lacks an item the config now lists", () => {
    expect(() => parseSnapshotFile(JSON.stringify({ ...good, backups: [] }), config)).toThrow(
      /lacks database-backups, configuration-backups/,
    );
  });
});
