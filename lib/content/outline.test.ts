import { describe, expect, it } from "vitest";
import { splitHeadingText } from "./headings";
import { outline } from "./outline";

describe("heading ids", () => {
  it("splits the explicit id from the heading text", () => {
    expect(splitHeadingText("DDoS mitigation [#ddos-mitigation]")).toEqual({
      title: "DDoS mitigation",
      id: "ddos-mitigation",
    });
    expect(splitHeadingText("防火墙 [#firewalls]")).toEqual({ title: "防火墙", id: "firewalls" });
    expect(splitHeadingText("No id here")).toEqual({ title: "No id here", id: undefined });
  });
});

describe("a section's outline, from its syntax tree", () => {
  it("reads h2 and h3 with line numbers, ignoring fenced code and other levels", () => {
    const body = [
      "Intro",
      "",
      "## One [#one]",
      "",
      "```",
      "## Not a heading",
      "```",
      "",
      "### Two [#two]",
      "",
      "#### Four [#four]",
      "",
      "## Missing",
    ].join("\n");
    expect(outline(body).headings).toEqual([
      { level: 2, title: "One", id: "one", line: 3 },
      { level: 3, title: "Two", id: "two", line: 9 },
      { level: 2, title: "Missing", id: undefined, line: 13 },
    ]);
  });

  it("builds the table of contents from headings that have ids", () => {
    expect(outline("## A [#a]\n\ntext\n\n### B [#b]").toc).toEqual([
      { id: "a", title: "A", level: 2 },
      { id: "b", title: "B", level: 3 },
    ]);
  });

  it("gives search the words under each heading: links keep their words, widgets and markup go", () => {
    const body = [
      "We keep **three** copies, see [backups](/security/backups).",
      "",
      '<ControlList ids={["firewalls"]} />',
      "",
      "## Firewalls [#firewalls]",
      "",
      "- Default deny",
      "- Reviewed `monthly`",
    ].join("\n");
    expect(outline(body).search).toEqual([
      { anchor: undefined, title: undefined, text: "We keep three copies, see backups." },
      { anchor: "firewalls", title: "Firewalls", text: "Default deny Reviewed monthly" },
    ]);
  });

  it("gives questionnaires each paragraph under its heading, a list joined to the sentence that introduces it", () => {
    const body = [
      "## Certifications [#certs]",
      "",
      "Amazon holds the following certifications:",
      "",
      "- ISO 27001",
      "- PCI DSS Level 1",
    ].join("\n");
    expect(outline(body).paragraphs).toEqual([
      {
        anchor: "certs",
        heading: "Certifications",
        text: "Amazon holds the following certifications: ISO 27001; PCI DSS Level 1.",
      },
    ]);
  });

  it("runs a Chinese list on after its full-width colon", () => {
    const body = ["以下认证：", "", "- ISO 27001", "- PCI DSS 1 级"].join("\n");
    expect(outline(body).paragraphs).toEqual([
      { anchor: undefined, heading: undefined, text: "以下认证：ISO 27001；PCI DSS 1 级。" },
    ]);
  });
});
