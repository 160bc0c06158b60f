import { describe, expect, it } from "vitest";
import { securityTxt } from "./security-txt";
import { site } from "@/lib/site/site";

describe("security.txt", () => {
  const now = new Date("2026-11-28T12:00:00Z");
  const fields = Object.fromEntries(
    securityTxt(now)
      .trim()
      .split("\n")
      .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]),
  );

  it("has the fields RFC 9116 asks for, from the site config", () => {
    expect(fields.Contact).toBe(`mailto:${site.securityContact}`);
    expect(fields.Canonical).toBe(`${site.baseUrl}/.well-known/security.txt`);
    expect(fields["Preferred-Languages"]).toBe("en, zh");
  });

  it("expires in the future but less than a year after the build", () => {
    const expires = new Date(fields.Expires ?? "");
    expect(expires.getTime()).toBeGreaterThan(now.getTime());
    expect(expires.getTime() - now.getTime()).toBeLessThan(365 * 24 * 3600 * 1000);
    expect(fields.Expires).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });
});
