import { describe, expect, it } from "vitest";
import { refusal } from "./request-guard.mjs";

describe("refusal", () => {
  it("refuses a malformed escape with 400", () => {
    expect(refusal({ method: "GET", url: "/security/%ZZ" })?.status).toBe(400);
  });

  it("refuses writes to pages and files with 405, and lets the API take them", () => {
    expect(refusal({ method: "POST", url: "/security/backups" })).toMatchObject({
      status: 405,
      headers: { Allow: "GET, HEAD" },
    });
    expect(refusal({ method: "DELETE", url: "/status.json" })?.status).toBe(405);
    expect(refusal({ method: "POST", url: "/api/feedback" })).toBeUndefined();
    expect(refusal({ method: "OPTIONS", url: "/api/feedback" })).toBeUndefined();
  });

  it("lets ordinary reads through, query strings included", () => {
    expect(refusal({ method: "GET", url: "/zh/security/backups?x=%E4%B8%AD" })).toBeUndefined();
    expect(refusal({ method: "HEAD", url: "/" })).toBeUndefined();
  });
});
