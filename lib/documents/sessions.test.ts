import { expect, it } from "vitest";
import { describeEngines } from "@/test/store-engines";
import { checkCsrf, createSession, csrfToken, endSession, readSession } from "./sessions";

const key = "a session key of at least 32 characters";

describeEngines("sessions", (engine) => {
  it("a cookie signs in its own kind until it expires or ends; the store holds only its hash", async () => {
    const store = await engine.open();
    const now = Date.parse("2026-11-29T10:00:00Z");
    const cookie = await createSession(store, "viewer", "ada@acme.example", now);
    expect(await readSession(store, "viewer", cookie, now + 1000)).toBe("ada@acme.example");
    expect(await readSession(store, "admin", cookie, now + 1000)).toBeUndefined();
    expect(await readSession(store, "viewer", cookie.slice(0, -1) + "A", now + 1000)).toBeUndefined();
    expect(await readSession(store, "viewer", cookie, now + 12 * 3_600_000 + 1)).toBeUndefined();
    expect(JSON.stringify(await store.db.selectFrom("sessions").selectAll().execute())).not.toContain(cookie);
    await endSession(store, cookie);
    expect(await readSession(store, "viewer", cookie, now + 1000)).toBeUndefined();
  });
});

it("CSRF: only the token of this session under this key passes", () => {
  const token = csrfToken(key, "session-a");
  expect(checkCsrf(key, "session-a", token)).toBe(true);
  expect(checkCsrf(key, "session-b", token)).toBe(false);
  expect(checkCsrf("another key of at least 32 characters!!", "session-a", token)).toBe(false);
  expect(checkCsrf(key, undefined, token)).toBe(false);
  expect(checkCsrf(key, "session-a", undefined)).toBe(false);
  expect(checkCsrf(key, "session-a", token.slice(0, -1))).toBe(false);
});
