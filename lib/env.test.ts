import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("readEnv", () => {
  it("reads allowed feedback origins as origins", () => {
    expect(
      readEnv({ FEEDBACK_ALLOWED_ORIGINS: "https://static.example.net/path  http://localhost:8080" })
        .FEEDBACK_ALLOWED_ORIGINS,
    ).toEqual(["https://static.example.net", "http://localhost:8080"]);
    expect(readEnv({}).FEEDBACK_RATE_PER_MINUTE).toBe(10);
  });

  it("names the variable when a value is wrong", () => {
    expect(() => readEnv({ FEEDBACK_ALLOWED_ORIGINS: "not-a-url" })).toThrow(/FEEDBACK_ALLOWED_ORIGINS/);
    expect(() => readEnv({ FEEDBACK_RATE_PER_MINUTE: "-3" })).toThrow(/FEEDBACK_RATE_PER_MINUTE/);
  });

  it("picks the store: PostgreSQL from DATABASE_URL, else SQLite in STORE_FILE (FEEDBACK_DB is its old name)", () => {
    expect(readEnv({}).STORE_FILE).toBe(".data/store.sqlite");
    expect(readEnv({ FEEDBACK_DB: "old.sqlite" }).STORE_FILE).toBe("old.sqlite");
    expect(readEnv({ FEEDBACK_DB: "old.sqlite", STORE_FILE: "new.sqlite" }).STORE_FILE).toBe("new.sqlite");
    expect(readEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
    expect(readEnv({ DATABASE_URL: "postgres://app:pw@db.internal:5432/trust" }).DATABASE_URL).toBe(
      "postgres://app:pw@db.internal:5432/trust",
    );
  });

  it("refuses a DATABASE_URL that is not PostgreSQL, without echoing it (it may hold a password)", () => {
    const attempt = () => readEnv({ DATABASE_URL: "mysql://app:s3cret-pw@db/trust" });
    expect(attempt).toThrow(/DATABASE_URL/);
    expect(attempt).not.toThrow(/s3cret-pw/);
    expect(() => readEnv({ AUDIT_RETENTION_DAYS: "0" })).toThrow(/AUDIT_RETENTION_DAYS/);
  });

  it("needs a recording's folder to replay one", () => {
    expect(() => readEnv({ STATUS_SOURCE: "replay" })).toThrow(
      /STATUS_REPLAY: STATUS_SOURCE=replay needs STATUS_REPLAY/,
    );
    expect(readEnv({ STATUS_SOURCE: "replay", STATUS_REPLAY: "bug-report" }).STATUS_REPLAY).toBe("bug-report");
    expect(() => readEnv({ STATUS_SOURCE: "live" })).toThrow(/STATUS_SOURCE/);
  });
});
