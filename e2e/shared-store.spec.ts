// Two server processes on one store, as behind a load balancer: a second scripts/serve.mjs of
// the main build on the main server's store (PostgreSQL under npm test). A vote taken by either
// is in the store both read, and a client's rate limit is one bucket across both.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { mainServerEnv, TWIN_PORT } from "../playwright.config";
import { STORE } from "./fixtures";
import { readStore } from "./support/store";

const twin = `http://localhost:${TWIN_PORT}`;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(TWIN_PORT)], {
    env: { ...process.env, ...mainServerEnv() },
    stdio: "ignore",
  });
  for (const deadline = Date.now() + 80_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
    if (
      await fetch(`${twin}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
  }
  throw new Error(`the second server did not answer on ${twin}`);
});

test.afterAll(() => {
  server?.kill();
});

const post = (request: APIRequestContext, base: string, client: string, comment: string) =>
  request
    .post(`${base}/api/feedback`, {
      headers: { "content-type": "application/json", "x-forwarded-for": client, origin: base },
      data: JSON.stringify({ section: "backups", locale: "en", helpful: true, comment }),
    })
    .then((r) => r.status());

test(`two server processes share one store (${STORE.main.engine}): votes and rate limits`, async ({
  request,
  baseURL,
}, testInfo) => {
  // Its own client address (another on a retry), apart from the feedback spec's.
  const client = `203.0.113.${100 + testInfo.retry}`;
  const marker = randomUUID();
  // The default limit is a burst of 5: three through one server, then four through the other.
  const first: number[] = [];
  for (let i = 0; i < 3; i++) first.push(await post(request, baseURL!, client, `${marker} a${i}`));
  const second: number[] = [];
  for (let i = 0; i < 4; i++) second.push(await post(request, twin, client, `${marker} b${i}`));
  expect(first).toEqual([201, 201, 201]);
  // Separate buckets would take all four; one shared bucket has two left (three at most, if a
  // token refilled meanwhile at 10 a minute).
  expect(second.filter((s) => s === 201).length).toBeLessThanOrEqual(3);
  expect(second).toContain(429);
  const accepted = [...first, ...second].filter((s) => s === 201).length;
  const stored = (await readStore(STORE.main)).votes.filter((v) => v.comment?.startsWith(marker));
  expect(stored).toHaveLength(accepted);
  expect(stored.map((v) => v.comment?.split(" ")[1]?.[0])).toEqual([
    ...first.map(() => "a"),
    ...second.filter((s) => s === 201).map(() => "b"),
  ]);
});
