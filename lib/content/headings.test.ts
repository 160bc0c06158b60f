import { describe, expect, it } from "vitest";
import { readHeadingLines, splitHeadingText, tocFromBody } from "./headings";

describe("heading ids", () => {
  it("splits the explicit id from the heading text", () => {
    expect(splitHeadingText("DDoS mitigation [#ddos-mitigation]")).toEqual({ title: "DDoS mitigation", id: "ddos-mitigation" });
    expect(splitHeadingText("防火墙 [#firewalls]")).toEqual({ title: "防火墙", id: "firewalls" });
    expect(splitHeadingText("No id here")).toEqual({ title: "No id here", id: undefined });
  });

  it("reads h2 and h3 with line numbers, ignoring fenced code and other levels", () => {
    const body = ["Intro", "## One [#one]", "```", "## Not a heading", "```", "### Two [#two]", "#### Four [#four]", "## Missing"].join("\n");
    expect(readHeadingLines(body)).toEqual([
      { level: 2, title: "One", id: "one", line: 2 },
      { level: 3, title: "Two", id: "two", line: 6 },
      { level: 2, title: "Missing", id: undefined, line: 8 },
    ]);
  });

  it("builds the table of contents from headings that have ids", () => {
    expect(tocFromBody("## A [#a]\ntext\n### B [#b]")).toEqual([
      { id: "a", title: "A", level: 2 },
      { id: "b", title: "B", level: 3 },
    ]);
  });
});
