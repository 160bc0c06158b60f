import { describe, expect, it } from "vitest";
import { localeOfPath, sectionPath, translatePath } from "./locales";

describe("locale paths", () => {
  it("maps every page to the same page in the other language", () => {
    expect(translatePath("/", "zh")).toBe("/zh");
    expect(translatePath("/zh", "en")).toBe("/");
    expect(translatePath("/security", "zh")).toBe("/zh/security");
    expect(translatePath("/zh/security/backups", "en")).toBe("/security/backups");
    expect(translatePath("/security/backups", "en")).toBe("/security/backups");
  });

  it("does not mistake a path that merely starts with zh for Chinese", () => {
    expect(localeOfPath("/zhongwen")).toBe("en");
    expect(localeOfPath("/zh/security")).toBe("zh");
  });

  it("builds section URLs per locale", () => {
    expect(sectionPath("en", "backups")).toBe("/security/backups");
    expect(sectionPath("zh", "backups")).toBe("/zh/security/backups");
  });
});
