// A reader subscribes on the site and receives a subprocessor notice, end to end: a server of the
// main build whose mail goes to a real SMTP server in this process (test/mail-sink.ts), a fresh
// SQLite store, the publisher passing every second.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startMailSink, type MailSink } from "../test/mail-sink";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 5;
const base = `http://localhost:${PORT}`;
let server: ChildProcess | undefined;
let sink: MailSink;
const logs: string[] = [];

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  sink = await startMailSink();
  const dir = mkdtempSync(path.join(tmpdir(), "subscribe-e2e-"));
  server = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(PORT)], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "",
      STORE_FILE: path.join(dir, "store.sqlite"),
      SITE_URL: base,
      SMTP_URL: sink.url,
      MAIL_RETRY_SECONDS: "1",
      SUBSCRIBE_PUBLISH_SECONDS: "1",
      TOKEN_SIGNING_KEY: "an e2e secret of at least thirty-two characters",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => logs.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => logs.push(chunk.toString()));
  for (const deadline = Date.now() + 100_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
    if (
      await fetch(`${base}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
  }
  throw new Error(`the mail server did not answer on ${base}`);
});

test.afterAll(async () => {
  server?.kill();
  await sink?.close();
});

test("a subscriber confirms by mail and receives the subprocessor notice, then unsubscribes in one click", async ({
  page,
  request,
}) => {
  const address = `buyer-${Date.now()}@example.org`;
  await page.goto(`${base}/zh/subprocessors`);
  const form = page.getByRole("region", { name: "通过电子邮件接收动态" });
  await form.getByLabel("电子邮件地址").fill(address);
  for (const kind of ["安全", "认证", "安全事件", "政策", "服务状态"])
    await form.getByRole("checkbox", { name: kind, exact: true }).uncheck();
  await form.getByRole("button", { name: "订阅" }).click();
  await expect(page).toHaveURL(`${base}/zh/subscribe/sent`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("请查收邮件");

  const confirmation = await sink.waitFor((m) => m.to[0] === address);
  const link = new RegExp(`${base}/api/subscribe/confirm\\S+`).exec(confirmation.text)?.[0];
  expect(link).toBeTruthy();
  await page.goto(link!);
  await expect(page).toHaveURL(`${base}/zh/subscribe/confirmed`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("订阅已确认");

  // The publisher mails the published subprocessor update (in its notice period) and nothing else.
  const notice = await sink.waitFor((m) => m.to[0] === address && m.subject.includes("我们的子处理者"), 30_000);
  expect(notice.text).toContain("Amazon Web Services");
  expect(notice.text).toContain(`${base}/zh/updates/subprocessors-listed`);
  const list = JSON.parse(notice.headers.list ?? "{}") as {
    unsubscribe?: { url?: string };
    "unsubscribe-post"?: { name?: string };
  };
  expect(list["unsubscribe-post"]?.name).toBe("List-Unsubscribe=One-Click");
  await new Promise((r) => setTimeout(r, 2500));
  expect(sink.received.filter((m) => m.to[0] === address).map((m) => m.subject)).toEqual([
    confirmation.subject,
    notice.subject,
  ]);

  const oneClick = await request.post(list.unsubscribe?.url ?? "", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: "List-Unsubscribe=One-Click",
    maxRedirects: 0,
  });
  expect(oneClick.status()).toBe(200);
  expect(await oneClick.text()).toContain("已退订");

  // The address never reaches the server's log.
  expect(logs.join("")).not.toContain(address);
});

test("the form answers the same for an address already subscribed", async ({ request }) => {
  const post = (address: string) =>
    request.post(`${base}/api/subscribe`, {
      form: { address, kind: "subprocessor", locale: "en" },
      headers: { origin: base, "x-forwarded-for": "198.51.100.20" },
      maxRedirects: 0,
    });
  const known = await post(sink.received[0]?.to[0] ?? "");
  const unknown = await post(`nobody-${Date.now()}@example.org`);
  expect([known.status(), known.headers().location]).toEqual([303, "/subscribe/sent"]);
  expect([unknown.status(), unknown.headers().location]).toEqual([303, "/subscribe/sent"]);
});
