// The gated-documents flow wired for tests: a real store (either engine), a real SMTP server in
// process, the example PDFs in a temp folder, a clock the test moves.
import { createHmac } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { examplePdf } from "../lib/documents/examples";
import type { DocumentInfo, DocumentsDeps, NdaInfo } from "../lib/documents/types";
import { Mailer } from "../lib/mail/mailer";
import { sealKey } from "../lib/mail/seal";
import { smtpTransport } from "../lib/mail/transport";
import type { Store } from "../lib/store/open";
import { SharedRateLimiter } from "../lib/store/rate-limit";

export const DOCS: Record<string, DocumentInfo> = {
  "nda-doc": {
    id: "nda-doc",
    access: "nda",
    version: "1",
    file: "examples/nda-doc.pdf",
    title: { en: "NDA doc", zh: "保密文档" },
  },
  "approval-doc": {
    id: "approval-doc",
    access: "approval",
    version: "1",
    file: "examples/approval-doc.pdf",
    title: { en: "Approval doc", zh: "审批文档" },
  },
  "broken-doc": {
    id: "broken-doc",
    access: "nda",
    version: "1",
    file: "examples/broken-doc.pdf",
    title: { en: "Broken", zh: "损坏" },
  },
  "public-doc": {
    id: "public-doc",
    access: "public",
    version: "1",
    file: "examples/public-doc.pdf",
    title: { en: "Public", zh: "公开" },
  },
};

export type TestFlow = {
  deps: DocumentsDeps & { documentsDir: string };
  clock: { now: number };
  nda: { current: NdaInfo };
  mailer: Mailer;
};

export async function documentsDeps(
  store: Store,
  smtpUrl: string,
  overrides: Partial<DocumentsDeps> = {},
): Promise<TestFlow> {
  const dir = mkdtempSync(path.join(tmpdir(), "documents-"));
  const { mkdirSync } = await import("node:fs");
  mkdirSync(path.join(dir, "examples"));
  writeFileSync(path.join(dir, "examples/nda-doc.pdf"), await examplePdf("NDA doc"));
  writeFileSync(path.join(dir, "examples/approval-doc.pdf"), await examplePdf("Approval doc", 2));
  writeFileSync(path.join(dir, "examples/broken-doc.pdf"), "%PDF-1.7 this is not really a PDF");
  const clock = { now: Date.parse("2026-11-29T10:00:00Z") };
  const now = () => clock.now;
  const nda = { current: { version: "1.0", sha256: "a".repeat(64), locale: "en" } as NdaInfo };
  const mailer = new Mailer({
    store: async () => store,
    transport: smtpTransport(smtpUrl),
    key: sealKey("a test secret of at least 32 characters", "mail outbox"),
    from: "Trust <trust@example.com>",
    retryMs: 1,
    now,
    log: () => {},
  });
  const limiter = (scope: string, perMinute = 1000, burst = 1000) =>
    new SharedRateLimiter(async () => store, { scope, perMinute, burst, now });
  const deps = {
    store: async () => store,
    mailer,
    rules: { allow: ["customer.example"], block: ["rival.example"] },
    approvers: ["approver@upkeep.example", "second@upkeep.example"],
    grantDays: 30,
    siteUrl: "https://trust.example.com",
    document: (id: string) => DOCS[id],
    nda: (locale: "en" | "zh") => ({ ...nda.current, locale }),
    limits: {
      requestsPerClient: limiter("rc"),
      requestsPerAddress: limiter("ra", 5 / 60, 5),
      downloadsPerClient: limiter("dc"),
      downloadsPerViewer: limiter("dv"),
    },
    addressKey: (email: string) => createHmac("sha256", "test").update(email).digest("base64url"),
    now,
    documentsDir: dir,
    ...overrides,
  };
  return { deps, clock, nda, mailer };
}
