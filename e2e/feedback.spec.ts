import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { STATES_PORT } from "../playwright.config";
import { STORE } from "./fixtures";
import { readStore } from "./support/store";

test("a reader answers 'Did this answer your question?' at the end of a section", async ({ page }) => {
  const comment = `<script>alert("x")</script> more on restores please ${randomUUID()}`;
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto("/security/backups");
  const form = page.getByTestId("feedback-backups");
  await expect(form).toContainText("Did this answer your question?");
  await form.getByRole("button", { name: "No" }).click();
  await expect(form.getByRole("button", { name: "No" })).toHaveAttribute("aria-pressed", "true");
  await form.getByLabel(/Anything we should add/).fill(comment);
  await form.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you" })).toBeVisible();
  expect((await readStore(STORE.main)).votes.find((vote) => vote.comment === comment)).toMatchObject({
    section: "backups",
    locale: "en",
    helpful: false,
    comment,
  });
  expect(dialogs).toBe(0);
  expect((await page.context().cookies()).length).toBe(0);
});

test("every FAQ answer asks too, in Chinese on the Chinese page", async ({ page }) => {
  await page.goto("/zh/faq");
  const forms = page.locator("form[data-testid^='feedback-']");
  expect(await forms.count()).toBeGreaterThan(30);
  const first = forms.first();
  await first.getByRole("button", { name: "是" }).click();
  await first.getByRole("button", { name: "提交反馈" }).click();
  await expect(page.getByRole("status").filter({ hasText: "谢谢" })).toBeVisible();
});

test("a reader who opened the site at its IP address, not its name, can vote too", async ({ page, baseURL }) => {
  await page.goto(`${baseURL!.replace("localhost", "127.0.0.1")}/security/backups`);
  const form = page.getByTestId("feedback-backups");
  await form.getByRole("button", { name: "Yes" }).click();
  await form.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you" })).toBeVisible();
});

const vote = { section: "backups", locale: "en", helpful: true };

async function postVote(request: APIRequestContext, url: string, data: unknown, headers: Record<string, string> = {}) {
  const response = await request.post(url, {
    headers: { "content-type": "application/json", ...headers },
    data: typeof data === "string" ? data : JSON.stringify(data),
  });
  return { status: response.status(), body: await response.text(), cookie: response.headers()["set-cookie"] };
}

// Each test its own client address (and another on a retry), so one test's rate limit never decides another's.
const clientOf = (network: string, retry: number) => ({ "x-forwarded-for": `${network}.${10 + retry}` });

test("hostile posts get a clear 4xx and nothing is stored", async ({ request }, testInfo) => {
  const client = clientOf("203.0.113", testInfo.retry);
  const cases: [unknown, Record<string, string>, number][] = [
    ["{not json", client, 400],
    [{ ...vote, section: "../../etc/passwd" }, client, 422],
    [{ ...vote, extra: 1 }, client, 400],
    [{ ...vote, comment: "x".repeat(10_000) }, client, 413],
    [vote, { ...client, origin: "https://evil.example", "sec-fetch-site": "cross-site" }, 403],
    [vote, { ...client, "content-type": "text/plain" }, 415],
  ];
  for (const [data, headers, status] of cases) {
    const response = await postVote(request, "/api/feedback", data, headers);
    expect(response.status, JSON.stringify(data).slice(0, 80)).toBe(status);
    expect(JSON.parse(response.body).error).toBeTruthy();
    expect(response.cookie).toBeUndefined();
  }
  expect((await request.get("/api/feedback")).status()).toBe(405);
});

test("a flood from one client is cut off after its burst, and every vote it was told was stored is stored", async ({
  request,
}, testInfo) => {
  const client = clientOf("198.51.100", testInfo.retry);
  const marker = randomUUID();
  const results = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      postVote(request, "/api/feedback", { ...vote, comment: `${marker} ${i}` }, client),
    ),
  );
  const accepted = results.filter((r) => r.status === 201).length;
  // The burst is 5 (FEEDBACK_BURST's default), refilled at 10 a minute: a second's flood gets 5, or 6 with one refill.
  expect(accepted).toBeGreaterThanOrEqual(5);
  expect(accepted).toBeLessThanOrEqual(6);
  expect(results.filter((r) => r.status === 429).length).toBe(40 - accepted);
  const { votes, integrity: check } = await readStore(STORE.main);
  expect(votes.filter((v) => v.comment?.startsWith(marker))).toHaveLength(accepted);
  if (STORE.main.engine === "sqlite") expect(check).toBe("ok");
});

test("a server facing clients directly ignores a made-up X-Forwarded-For", async ({ request }) => {
  const url = `http://localhost:${STATES_PORT}/api/feedback`;
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++)
    statuses.push((await postVote(request, url, vote, { "x-forwarded-for": `192.0.2.${i}` })).status);
  expect(statuses).toContain(429);
});
