import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { readDocumentFile } from "./download";
import { DocumentsError } from "./errors";
import { parseRequestForm } from "./input";
import { logCsv, logRows } from "./report";
import { ruleFor } from "./rules";
import { checkDocumentSource, safeDocumentFile } from "./source";

it("rules: block (and free mail) before allow, subdomains count as their domain", () => {
  const rules = { allow: ["customer.example", "rival.example"], block: ["rival.example"] };
  expect(ruleFor("a@eu.customer.example", rules)).toBe("allow");
  expect(ruleFor("a@rival.example", rules)).toBe("block");
  expect(ruleFor("a@GMAIL.com".toLowerCase(), rules)).toBe("block");
  expect(ruleFor("a@qq.com", rules)).toBe("block");
  expect(ruleFor("a@notcustomer.example", rules)).toBe("review");
});

it("document files stay inside the documents folder, whatever the id or path says", async () => {
  for (const bad of ["../secret.pdf", "/etc/passwd.pdf", "a/../../b.pdf", "a\\..\\b.pdf", "x.txt", "a\0.pdf"])
    expect(safeDocumentFile(bad), bad).toBeUndefined();
  expect(safeDocumentFile("examples/./a.pdf")).toBe("examples/a.pdf");
  const dir = mkdtempSync(path.join(tmpdir(), "docs-"));
  writeFileSync(path.join(dir, "a.pdf"), "%PDF");
  expect(Buffer.from(await readDocumentFile(dir, "a.pdf")).toString()).toBe("%PDF");
  await expect(readDocumentFile(path.join(dir, "sub"), "../a.pdf")).rejects.toBeInstanceOf(DocumentsError);
  expect(() =>
    checkDocumentSource("documents/x.yaml", { id: "x", file: "../x.pdf", kind: "memo", access: "open" }),
  ).toThrow(/content\/documents\/x\.yaml: kind "memo".*access "open".*file "\.\.\/x\.pdf"/);
});

it("the request form: a bad field is named, control characters refused, the address lowercased", () => {
  const good = {
    document: "example-nda-document",
    name: "Ada",
    email: " Ada@Acme.Example ",
    company: "Acme",
    reason: "",
    locale: "zh",
  };
  expect(parseRequestForm(good)).toMatchObject({
    email: "ada@acme.example",
    locale: "zh",
    documentId: "example-nda-document",
  });
  const field = (input: Record<string, string>) => {
    try {
      parseRequestForm(input);
      return "ok";
    } catch (error) {
      return error instanceof DocumentsError ? error.detail.field : "other";
    }
  };
  expect(field({ ...good, email: "not an address" })).toBe("email");
  expect(field({ ...good, name: "Ada\u0007" })).toBe("name");
  expect(field({ ...good, document: "../../etc/passwd" })).toBe("document");
  expect(field({ ...good, company: "" })).toBe("company");
  expect(field({ ...good, locale: "fr" })).toBe("locale");
});

it("the log's CSV keeps a name typed as a formula as text, and drops control characters", () => {
  const rows = logRows([
    {
      id: 1,
      at: new Date("2026-11-29T10:00:00Z"),
      kind: "request",
      subject: "r1",
      data: { email: "=cmd@evil.example", company: "Acme\u202e Ltd" },
    },
    { id: 2, at: new Date("2026-11-29T10:01:00Z"), kind: "status-pull", data: {} },
  ]);
  expect(rows).toHaveLength(1);
  const csv = logCsv(rows);
  expect(csv.split("\r\n")[0]).toBe("at,event,request,email,detail");
  expect(csv).toContain("'=cmd@evil.example");
  expect(csv).not.toContain("\u202e");
});
