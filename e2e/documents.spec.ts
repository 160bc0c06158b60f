// Gated documents end to end: a server of the main build with SMTP pointed at a real SMTP server
// in this process (test/mail-sink.ts); the test reads the mail that arrives and follows its links
// in Chromium, as a reader and an approver would.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { mainServerEnv, DOCUMENTS_PORT } from "../playwright.config";
import { linksIn, startMailSink, type MailSink } from "../test/mail-sink";

const base = `http://localhost:${DOCUMENTS_PORT}`;
let server: ChildProcess | undefined;
let sink: MailSink;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  sink = await startMailSink();
  const env = {
    ...process.env,
    ...mainServerEnv(),
    TRUST_PROXY_HOPS: "0",
    SITE_URL: base,
    SMTP_URL: sink.url,
    MAIL_RETRY_SECONDS: "1",
    DOCUMENTS_APPROVERS: "approver@upkeep.example",
    DOCUMENTS_ALLOW_DOMAINS: "customer.example",
    TOKEN_SIGNING_KEY: "e2e token signing key, 32 characters or more",
    SESSION_KEY: "e2e session key, also 32 characters or more",
  };
  server = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(DOCUMENTS_PORT)], { env, stdio: "ignore" });
  for (const deadline = Date.now() + 100_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
    if (
      await fetch(`${base}/documents`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
  }
  throw new Error(`the documents server did not answer on ${base}`);
});

test.afterAll(async () => {
  server?.kill();
  await sink?.close();
});

async function request(page: Page, docTitle: string, email: string, locale: "en" | "zh" = "en") {
  await page.goto(`${base}${locale === "zh" ? "/zh" : ""}/documents`);
  const entry = page.locator("li", { has: page.getByRole("heading", { name: docTitle }) });
  await entry.locator("summary").click();
  await entry.getByLabel(locale === "en" ? "Name" : "姓名").fill("Ada Reader");
  await entry.getByLabel(locale === "en" ? "Work email" : "工作邮箱").fill(email);
  await entry.getByLabel(locale === "en" ? "Company" : "公司").fill("Acme Ltd");
  await entry.getByRole("button", { name: locale === "en" ? "Send request" : "提交申请" }).click();
}

async function linkFrom(to: string, prefix: string, subject?: RegExp): Promise<string> {
  const mail = await sink.waitFor((m) => m.to.includes(to) && (!subject || subject.test(m.subject)));
  const [link] = linksIn(mail, `${base}${prefix}`);
  expect(link, `a ${prefix} link in the mail to ${to}`).toBeDefined();
  return link!;
}

test("the page lists the example documents as examples, with what each needs", async ({ page }) => {
  await page.goto(`${base}/documents`);
  await expect(page.getByRole("heading", { level: 1, name: "Documents" })).toBeVisible();
  await expect(page.getByText("UpKeep has not published any audit report")).toBeVisible();
  for (const title of ["Example public document", "Example document under NDA", "Example document needing approval"])
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText("Needs the NDA and approval")).toBeVisible();
  expect(
    await page.locator("script:not([type='application/json']):not([type='application/ld+json'])").count(),
  ).toBeLessThanOrEqual(2);
});

test("NDA document: the mail link, the NDA, a stamped copy that is not cached; the link works once", async ({
  page,
}) => {
  const email = `ada-${randomUUID().slice(0, 8)}@acme.example`;
  await request(page, "Example document under NDA", email);
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  const link = await linkFrom(email, "/documents/verify?token=");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Non-disclosure agreement" })).toBeVisible();
  await page.getByLabel("I accept this agreement for my organisation").check();
  await page.getByRole("button", { name: "Accept and continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Access granted" })).toBeVisible();

  const response = await page.context().request.get(`${base}/api/documents/download/example-nda-document`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["cache-control"]).toBe("no-store");
  const pdf = await PDFDocument.load(await response.body());
  expect(pdf.getSubject()).toMatch(new RegExp(`^Prepared for ${email.replace(".", "\\.")}, download [\\w-]+$`));

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
});

test("approval document: the approver's mail link approves, the reader's sign-in link opens the download", async ({
  page,
  browser,
}) => {
  const email = `bo-${randomUUID().slice(0, 8)}@newco.example`;
  await request(page, "Example document needing approval", email);
  await page.goto(await linkFrom(email, "/documents/verify?token="));
  await page.getByLabel("I accept this agreement for my organisation").check();
  await page.getByRole("button", { name: "Accept and continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Waiting for approval" })).toBeVisible();
  expect(
    (
      await page.context().request.get(`${base}/api/documents/download/example-approval-document`, { maxRedirects: 0 })
    ).headers().location,
  ).toBe("/documents/notice/no-grant");

  const approver = await browser.newPage();
  const decide = await linkFrom(
    "approver@upkeep.example",
    "/documents/decide?token=",
    new RegExp(email.replace(".", "\\.")),
  );
  await approver.goto(decide);
  await expect(approver.getByText(email)).toBeVisible();
  await approver.getByLabel("Access for (days)").fill("7");
  await approver.getByRole("button", { name: "Approve" }).click();
  await expect(approver.getByRole("heading", { level: 1, name: "Request approved" })).toBeVisible();
  await approver.goto(decide);
  await expect(approver.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();

  // Another browser (the reader's phone): the sign-in link from the approval mail.
  const reader = await browser.newContext();
  const phone = await reader.newPage();
  await phone.goto(await linkFrom(email, "/documents/sign-in?token=", /approved/));
  await phone.getByRole("button", { name: "Sign in" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Signed in" })).toBeVisible();
  const copy = await reader.request.get(`${base}/api/documents/download/example-approval-document`);
  expect(copy.headers()["content-type"]).toBe("application/pdf");
  expect((await PDFDocument.load(await copy.body())).getPageCount()).toBe(3);
  await reader.close();
});

test("Chinese: the request, the mail in Chinese and the NDA in Chinese", async ({ page }) => {
  const email = `cy-${randomUUID().slice(0, 8)}@acme.example`;
  await request(page, "示例文档（需接受保密协议）", email, "zh");
  await expect(page.getByRole("heading", { level: 1, name: "请查收邮件" })).toBeVisible();
  await page.goto(await linkFrom(email, "/zh/documents/verify?token=", /确认/));
  await expect(page.getByRole("heading", { level: 1, name: "保密协议" })).toBeVisible();
});

test("hostile: cross-site posts, unknown and traversing ids, a refused domain, no session", async ({
  page,
  request: api,
}) => {
  const form = { document: "example-nda-document", name: "X", email: "x@acme.example", company: "X", locale: "en" };
  const evil = await api.post(`${base}/api/documents/request`, {
    form,
    headers: { origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(evil.status()).toBe(403);
  for (const id of ["..%2F..%2Fpackage.json", "no-such-document", "example-nda-document%00", "%2e%2e"]) {
    const response = await api.get(`${base}/api/documents/download/${id}`, { maxRedirects: 0 });
    // A clean refusal or a redirect to a page (a "/.." the URL parser folds away), never a file.
    expect(response.status(), id).not.toBe(200);
    expect(response.status(), id).toBeLessThan(500);
    expect(response.headers()["content-type"] ?? "", id).not.toContain("pdf");
  }
  expect(
    (await api.get(`${base}/api/documents/download/example-nda-document`, { maxRedirects: 0 })).headers().location,
  ).toBe("/documents/notice/no-grant");
  await request(page, "Example document under NDA", "someone@gmail.com");
  await expect(
    page.getByRole("heading", { level: 1, name: "We cannot share documents with this address" }),
  ).toBeVisible();
  const forged = await api.post(`${base}/api/documents/accept`, {
    form: { token: "forged", nda: "0".repeat(64), accept: "yes", locale: "en" },
    maxRedirects: 0,
  });
  expect(forged.headers().location).toBe("/documents/notice/link");
});

test("admin: sign-in by mail link, pending list, approve, revoke, CSV; a forged action is refused", async ({
  page,
  request: api,
}) => {
  const email = `dee-${randomUUID().slice(0, 8)}@newco.example`;
  await request(page, "Example document needing approval", email);
  await page.goto(await linkFrom(email, "/documents/verify?token="));
  await page.getByLabel("I accept this agreement for my organisation").check();
  await page.getByRole("button", { name: "Accept and continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Waiting for approval" })).toBeVisible();

  const admin = await page.context().browser()!.newContext();
  const tab = await admin.newPage();
  await tab.goto(`${base}/admin`);
  await tab.getByLabel("Email").fill("approver@upkeep.example");
  await tab.getByRole("button", { name: "Send link" }).click();
  await expect(tab.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await tab.goto(await linkFrom("approver@upkeep.example", "/admin/sign-in?token=", /Sign in/));
  await tab.getByRole("button", { name: "Sign in" }).click();
  await expect(tab.getByRole("heading", { level: 1, name: "Document access" })).toBeVisible();
  const cookie = (await admin.cookies()).find((c) => c.name === "tc_admin");
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: "Strict" });

  // A forged post (no CSRF token) with the admin's cookie does nothing.
  const requestId = await tab.locator("li[data-request]", { hasText: email }).getAttribute("data-request");
  const forged = await admin.request.post(`${base}/api/admin/action`, {
    form: { action: "deny", id: requestId! },
    maxRedirects: 0,
  });
  expect(forged.headers().location).toBe("/documents/notice/csrf");

  const row = tab.locator("li[data-request]", { hasText: email });
  await row.getByLabel("Days").fill("3");
  await row.getByRole("button", { name: "Approve" }).click();
  await expect(tab.locator("li[data-request]", { hasText: email })).toHaveCount(0);
  const grant = tab.locator("tr[data-grant]", { hasText: email });
  await expect(grant).toBeVisible();
  await grant.getByRole("button", { name: "Revoke" }).click();
  await expect(tab.locator("tr[data-grant]", { hasText: email })).toHaveCount(0);

  const csv = await admin.request.get(`${base}/api/admin/log.csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  for (const event of ["request", "verify", "nda", "approve", "revoke"])
    expect(text).toMatch(new RegExp(`,${event},[^\\n]*${email.replace(".", "\\.")}`));
  expect((await api.get(`${base}/api/admin/log.csv`)).status()).toBe(403);
  await admin.close();
});
