import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { expect, test, type Page } from "@playwright/test";
import { allPages } from "./fixtures";
import { upload } from "./pages/questionnaire";

// A Chinese reader sees Chinese everywhere but in names: products, companies, standards,
// protocols, file types, and the AWS Config rule names the operator chose to publish.
const NAMES = [
  "Amazon Web Services",
  "AWS Config",
  "AWS",
  "Amazon",
  "UpKeep",
  "Stripe",
  "ISO",
  "IEC",
  "PCI DSS",
  "SOC",
  "SSAE",
  "ISAE",
  "SAS 70 Type II",
  "FISMA",
  "Moderate",
  "SOX",
  "DDoS",
  "TCP SYN Cookie",
  "IP",
  "MAC",
  "ARP",
  "UPS",
  "Hypervisor",
  "loopback",
  "localhost",
  "CSV",
  "XLSX",
  "TXT",
  "UTC",
  "MB",
  "PDF",
  "security.txt",
  "English",
  "Atom",
  "JWS",
  "JSON Feed",
  "JSON Schema",
  // AWS resource types, named as AWS names them (a recorder that does not record one says which).
  "AWS::Backup::RecoveryPoint",
  "AWS::RDS::DBSnapshot",
  "AWS::RDS::DBClusterSnapshot",
];
const controls = parse(readFileSync("content/controls.yaml", "utf8")) as {
  controls: { rules?: string[] }[];
  backups: { rules?: string[] }[];
};
const RULE_NAMES = [...controls.controls, ...controls.backups].flatMap((c) => c.rules ?? []);
const ALLOWED = [...RULE_NAMES, ...NAMES].sort((a, b) => b.length - a.length);

/** Latin-script words left once names, addresses and links are taken out. */
function englishWords(text: string): string[] {
  let rest = text.replace(/https?:\/\/\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+|\/[\w/#.-]+/g, " ");
  for (const name of ALLOWED) rest = rest.split(name).join(" ");
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

/**
 * Everything a reader sees or a screen reader says: text, labels, titles, the tab's title. An
 * element that declares another language (the switch to the English page, `lang="en"`, whose
 * hint is for readers of English) is spoken in that language and left out of its labels.
 */
function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const chinese = (el: Element) => (el.closest("[lang]")?.getAttribute("lang") ?? "zh").startsWith("zh");
    const attributes = Array.from(document.querySelectorAll("[aria-label], [title], [placeholder], img[alt]"), (el) =>
      chinese(el)
        ? ["aria-label", "title", "placeholder", "alt"].map((name) => el.getAttribute(name) ?? "").join(" ")
        : "",
    );
    return [
      document.title,
      document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "",
      document.body.innerText,
      ...attributes,
    ].join("\n");
  });
}

for (const path of allPages.filter((p) => p === "/zh" || p.startsWith("/zh/"))) {
  test(`${path} shows no English interface text`, async ({ page }) => {
    await page.goto(path);
    expect(englishWords(await readerText(page))).toEqual([]);
  });
}

test("the Chinese questionnaire explains problems, answers and reviews in Chinese", async ({ page }) => {
  await page.goto("/zh/questionnaire");
  await page.getByRole("button", { name: "生成答案" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("请至少粘贴一个问题");
  await upload(page.getByLabel("或上传问卷文件"), {
    name: "junk.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(Array.from({ length: 512 }, (_, i) => i % 7)),
  });
  await expect(page.locator("main").getByRole("alert")).toContainText("二进制");
  expect(englishWords(await readerText(page))).toEqual([]);
  await page.getByLabel("粘贴问题").fill("数据库多久备份一次？\n贵方是否为员工提供安全意识培训？");
  await page.getByRole("button", { name: "生成答案" }).click();
  await expect(page.getByRole("status").filter({ hasText: "本站可回答" })).toBeVisible();
  expect(englishWords(await readerText(page))).toEqual([]);
});

test("Chinese search results are labelled in Chinese", async ({ page }) => {
  await page.goto("/zh");
  await page.getByRole("button", { name: "搜索" }).click();
  await page.getByRole("searchbox").fill("备份");
  await expect(page.getByRole("dialog").getByRole("link").first()).toBeVisible();
  expect(englishWords(await readerText(page))).toEqual([]);
});

// A URL under /zh that matches no page is a 404 in the Chinese frame: title, navigation, footer.
test("a missing page under /zh is a 404 in Chinese", async ({ page }) => {
  const response = await page.goto("/zh/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page).toHaveTitle(/页面不存在/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
  await expect(page.getByRole("main").getByRole("link", { name: "安全白皮书" })).toHaveAttribute(
    "href",
    "/zh/security",
  );
  expect(englishWords(await readerText(page))).toEqual([]);
});
