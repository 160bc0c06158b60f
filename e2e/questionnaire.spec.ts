import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import readXlsxFile from "read-excel-file/universal";
import Papa from "papaparse";
import { upload } from "./pages/questionnaire";

const FIXTURES = "test/fixtures/questionnaire-io";

test("pasted questions get answers, citations, evidence and honest not-covered rows", async ({ page }) => {
  await page.goto("/questionnaire");
  await page
    .getByLabel("Paste questions")
    .fill("How often are database backups taken?\nDo you perform background checks on employees?");
  await page.getByRole("button", { name: "Answer questions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "answered from this site" })).toHaveText(
    "1 of 2 questions answered from this site.",
  );
  const answered = page.getByTestId("row-1");
  await expect(answered.getByRole("textbox")).toHaveValue(/30 minutes/);
  await expect(answered.getByRole("link", { name: "/security/backups#database-backups" })).toBeVisible();
  await expect(answered.locator("[data-state]")).toHaveText("✓Passing");
  await expect(page.getByTestId("row-2")).toContainText("Not covered on this site. Ask security@example.com.");
});

test("markup in question text is shown as text and never runs", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto("/questionnaire");
  await upload(page.getByLabel("Upload"), `${FIXTURES}/script.csv`);
  await expect(page.getByTestId("row-2")).toContainText("<script>alert(1)</script> Do you back up databases?");
  await expect(page.locator("main img")).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test("an uploaded CSV is answered, edited and exported with its columns and rows kept", async ({ page }) => {
  await page.goto("/questionnaire");
  await upload(page.getByLabel("Upload"), "scripts/bench/questionnaire/sets/mvsp.csv");
  await expect(page.getByRole("status").filter({ hasText: "answered from this site" })).toContainText(
    "of 25 questions",
  );
  // A Chinese spreadsheet saved in GBK, answered on the Chinese page.
  await page.goto("/zh/questionnaire");
  await upload(page.getByLabel("上传问卷文件"), `${FIXTURES}/gbk.csv`);
  await expect(page.getByRole("status").filter({ hasText: "本站可回答" })).toHaveText("共 2 个问题，本站可回答 2 个。");
  const first = page.getByTestId("row-2").getByRole("textbox");
  await first.fill("Edited: snapshots every 30 minutes.");
  await page.getByTestId("row-3").getByRole("button", { name: "清除" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "下载 CSV" }).click();
  const file = await (await download).path();
  const rows = Papa.parse<string[]>(readFileSync(file, "utf8").replace(/^\uFEFF/, "")).data.filter((r) => r.length > 1);
  expect(rows[0]).toEqual(["id", "question", "category", "答案", "出处", "实时证据", "置信度", "状态", "未说明"]);
  expect(rows[1]?.slice(0, 4)).toEqual(["1", "数据库多久备份一次？", "备份", "Edited: snapshots every 30 minutes."]);
  expect(rows[1]?.[4]).toMatch(/^http.*\/zh\/security\/backups#database-backups$/);
  expect(rows[2]?.slice(0, 3)).toEqual(["2", "是否使用防火墙，默认拒绝所有访问？", "网络"]);
  expect(rows[1]?.[7]).toBe("已回答");
  expect(rows[2]?.slice(3)).toEqual(["", "", "", "", "已清除", ""]);
});

test("XLSX export keeps the sheet and neutralises nothing it should not", async ({ page }) => {
  await page.goto("/zh/questionnaire");
  await page.getByLabel("粘贴问题").fill('数据库多久备份一次？\n=HYPERLINK("http://evil.example")');
  await page.getByRole("button", { name: "生成答案" }).click();
  await expect(page.getByRole("status").filter({ hasText: "本站可回答" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "下载 XLSX" }).click();
  const bytes = readFileSync(await (await download).path());
  const [sheet] = await readXlsxFile(new Uint8Array(bytes).buffer);
  expect(sheet?.data[0]?.[0]).toBe("数据库多久备份一次？");
  expect(String(sheet?.data[0]?.[1])).toMatch(/30 分钟/);
  expect(sheet?.data[1]?.[0]).toBe('=HYPERLINK("http://evil.example")');
});

test("a review row shows its suggestion, citation and what is missing; accepting it marks the export reviewed", async ({
  page,
}) => {
  await page.goto("/questionnaire");
  await page
    .getByLabel("Paste questions")
    .fill("Are your server build standards documented?\nWhere is customer data hosted?");
  await page.getByRole("button", { name: "Answer questions" }).click();
  await expect(
    page.getByText("1 to review: a passage on the topic leaves part of the question unstated."),
  ).toBeVisible();
  const review = page.getByTestId("row-1");
  await expect(review).toHaveAttribute("data-status", "review");
  await expect(review).toContainText("Does not state: documented.");
  await expect(review.getByRole("textbox")).toHaveValue(/configuration management/);
  await expect(
    review.getByRole("link", { name: "/security/system-security#system-configuration" }).first(),
  ).toBeVisible();
  await review.getByText("Why this answer").click();
  await expect(review.locator("details li").first()).toContainText("coverage");
  await review.getByRole("button", { name: "Accept" }).click();
  await expect(review).toHaveAttribute("data-status", "reviewed");
  await expect(page.getByTestId("row-2")).toHaveAttribute("data-status", "answered");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const rows = Papa.parse<string[]>(
    readFileSync(await (await download).path(), "utf8").replace(/^\uFEFF/, ""),
  ).data.filter((r) => r.length > 1);
  expect(rows.map((r) => r[5])).toEqual(["Reviewed", "Answered"]);
  expect(rows[0]?.[6]).toBe("documented");
});

test("a zip bomb is refused at once with a clear message", async ({ page }) => {
  const { strToU8, zipSync } = await import("fflate");
  const huge = new Uint8Array(51 * 1024 * 1024).fill(0x20);
  const bomb = zipSync({ "xl/workbook.xml": strToU8("<workbook/>"), "xl/worksheets/sheet1.xml": huge }, { level: 9 });
  await page.goto("/questionnaire");
  await upload(page.getByLabel("Upload"), {
    name: "bomb.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(bomb),
  });
  await expect(page.locator("main").getByRole("alert")).toContainText("expands to more than 50 MB", { timeout: 5000 });
});

test("odd files get a message, never a blank page", async ({ page }) => {
  await page.goto("/questionnaire");
  await upload(page.getByLabel("Upload"), `${FIXTURES}/junk.csv`);
  const alert = page.locator("main").getByRole("alert");
  await expect(alert).toContainText("binary data");
  await upload(page.getByLabel("Upload"), { name: "empty.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) });
  await expect(alert).toContainText("The file is empty.");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a 20,000-row file is matched in a worker and paged", async ({ page }) => {
  test.setTimeout(120_000);
  const lines = [
    "id,question",
    ...Array.from(
      { length: 20_000 },
      (_, i) => `${i},${i % 2 ? "How often are database backups taken?" : "Do you train staff?"}`,
    ),
  ];
  await page.goto("/questionnaire");
  await upload(page.getByLabel("Upload"), {
    name: "big.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(lines.join("\n")),
  });
  await expect(page.getByRole("status").filter({ hasText: "answered from this site" })).toHaveText(
    "10,000 of 20,000 questions answered from this site.",
    { timeout: 90_000 },
  );
  await expect(page.getByText("Rows 1–100 of 20,000")).toBeVisible();
});
