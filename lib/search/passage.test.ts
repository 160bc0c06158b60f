import { describe, expect, it } from "vitest";
import { passage } from "./passage";

describe("passage", () => {
  it("shows the sentence of a result that matches the query, not the first one", () => {
    const text = "We run our own network. Database snapshots are taken every 30 minutes. Logs are kept.";
    expect(passage(text, "snapshot")).toBe("Database snapshots are taken every 30 minutes.");
  });

  it("splits Chinese text at its own full stops", () => {
    expect(passage("我们自建网络。数据库快照每 30 分钟一次。", "快照")).toBe("数据库快照每 30 分钟一次。");
  });

  it("shortens a long sentence to 220 characters with an ellipsis", () => {
    const shown = passage(`${"backup ".repeat(60)}.`, "backup");
    expect(shown).toHaveLength(218);
    expect(shown.endsWith("…")).toBe(true);
  });
});
