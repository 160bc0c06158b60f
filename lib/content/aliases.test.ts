import { describe, expect, it } from "vitest";
import { parseAlias, redirectsFor } from "./aliases";

describe("aliases", () => {
  it("reads earlier section ids and renamed anchors", () => {
    expect(parseAlias("security-assessments")).toEqual({ kind: "section", from: "security-assessments" });
    expect(parseAlias("#ddos-protection -> ddos-mitigation")).toEqual({
      kind: "anchor",
      from: "ddos-protection",
      to: "ddos-mitigation",
    });
  });

  it("rejects entries that are neither", () => {
    expect(parseAlias("Old Title")).toBeUndefined();
    expect(parseAlias("#old ->")).toBeUndefined();
    expect(parseAlias("#Old -> new")).toBeUndefined();
  });

  it("turns section aliases into permanent redirects in each locale", () => {
    const docs = [
      { id: "compliance", locale: "en", aliases: ["security-assessments", "#x -> y"] },
      { id: "compliance", locale: "zh", aliases: ["security-assessments"] },
    ];
    expect(redirectsFor(docs)).toEqual([
      { source: "/security/security-assessments", destination: "/security/compliance", permanent: true },
      { source: "/zh/security/security-assessments", destination: "/zh/security/compliance", permanent: true },
    ]);
  });
});
