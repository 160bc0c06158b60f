import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("readEnv", () => {
  it("reads allowed feedback origins as origins", () => {
    expect(readEnv({ FEEDBACK_ALLOWED_ORIGINS: "https://static.example.net/path  http://localhost:8080" }).FEEDBACK_ALLOWED_ORIGINS).toEqual([
      "https://static.example.net",
      "http://localhost:8080",
    ]);
    expect(readEnv({}).FEEDBACK_RATE_PER_MINUTE).toBe(10);
  });

  it("names the variable when a value is wrong", () => {
    expect(() => readEnv({ FEEDBACK_ALLOWED_ORIGINS: "not-a-url" })).toThrow(/FEEDBACK_ALLOWED_ORIGINS/);
    expect(() => readEnv({ FEEDBACK_RATE_PER_MINUTE: "-3" })).toThrow(/FEEDBACK_RATE_PER_MINUTE/);
  });

  it("needs a recording's folder to replay one", () => {
    expect(() => readEnv({ STATUS_SOURCE: "replay" })).toThrow(/STATUS_REPLAY: STATUS_SOURCE=replay needs STATUS_REPLAY/);
    expect(readEnv({ STATUS_SOURCE: "replay", STATUS_REPLAY: "bug-report" }).STATUS_REPLAY).toBe("bug-report");
    expect(() => readEnv({ STATUS_SOURCE: "live" })).toThrow(/STATUS_SOURCE/);
  });
});
