import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { expect, test, type Page } from "@playwright/test";
import { SOC2, unsupportedClaims } from "../test/claims";
import { allPages } from "./fixtures";

// What a reader takes in as one statement: each paragraph, cell, heading or label, and each list
// item together with the sentence that introduces its list (where a list's owner is named).
function readingBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
    const blocks = [document.title, document.querySelector('meta[name="description"]')?.getAttribute("content") ?? ""];
    for (const el of document.body.querySelectorAll(
      "p, td, th, dd, dt, h1, h2, h3, h4, summary, figcaption, label, button, a",
    ))
      blocks.push(text(el));
    for (const item of document.body.querySelectorAll("li"))
      blocks.push(`${text(item.closest("ul, ol")?.previousElementSibling)} ${text(item)}`);
    return blocks.filter(Boolean);
  });
}

for (const path of allPages) {
  test(`${path} names no SOC 2 and says whose each certification is`, async ({ page }) => {
    await page.goto(path);
    const blocks = await readingBlocks(page);
    expect(blocks.length).toBeGreaterThan(5);
    expect(unsupportedClaims(blocks)).toEqual([]);
    expect(SOC2.test(await page.content()), "SOC 2 in the page's markup").toBe(false);
  });
}

test("the data files behind the questionnaire and search claim nothing either", async ({ request }) => {
  for (const locale of ["en", "zh"]) {
    for (const url of [`/answers/${locale}.json`, `/search-index/${locale}.json`]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(SOC2.test(await response.text()), url).toBe(false);
    }
    const base = (await (await request.get(`/answers/${locale}.json`)).json()) as {
      entries: { answer: string }[];
      passages: { text: string }[];
    };
    expect(base.passages.length, "the whitepaper's paragraphs ride along").toBeGreaterThan(30);
    expect(
      unsupportedClaims([...base.entries.map((entry) => entry.answer), ...base.passages.map((p) => p.text)]),
    ).toEqual([]);
  }
});

test("an exported questionnaire about certifications keeps them Amazon's and Stripe's", async ({ page }) => {
  await page.goto("/questionnaire");
  await page
    .getByLabel("Paste questions")
    .fill(
      [
        "What certifications do your data centers hold?",
        "Which payment processor do you use?",
        "Is UpKeep ISO 27001 certified?",
        "Do you have a SOC 2 Type II report?",
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Answer questions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "answered from this site" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const csv = readFileSync(await (await download).path(), "utf8").replace(/^\uFEFF/, "");
  const rows = Papa.parse<string[]>(csv).data;
  const answerTo = (question: string) => rows.find((row) => row[0] === question)?.[1] ?? "";
  expect(answerTo("What certifications do your data centers hold?"), "answered, as Amazon's").toMatch(/Amazon/);
  expect(answerTo("Which payment processor do you use?"), "answered, as Stripe's").toMatch(/Stripe/);
  const answers = rows.map((row) => row[1] ?? "");
  expect(unsupportedClaims(answers)).toEqual([]);
});
