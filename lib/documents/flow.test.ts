import { PDFDocument } from "pdf-lib";
import { afterEach, expect, it } from "vitest";
import { documentsDeps, type TestFlow } from "@/test/documents-deps";
import { stampedText } from "@/test/pdf-text";
import { linksIn, startMailSink, type MailSink } from "@/test/mail-sink";
import { describeEngines } from "@/test/store-engines";
import { listEvents } from "@/lib/store/audit";
import type { Store } from "@/lib/store/open";
import { decide, openDecideLink, revoke } from "./decisions";
import { downloadFor } from "./download";
import { DocumentsError } from "./errors";
import { activeGrant } from "./grants";
import { acceptNda, openVerifyLink, requestAccess } from "./requests";

let sink: MailSink | undefined;
afterEach(async () => {
  await sink?.close();
  sink = undefined;
});

const person = (email: string, documentId = "nda-doc") => ({
  documentId,
  name: "Ada Reader",
  email,
  company: "Acme Ltd",
  reason: "vendor review",
  locale: "en" as const,
});
const reader = { ip: "203.0.113.7", userAgent: "Mozilla/5.0 test" };
const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";

async function setup(engine: { open(): Promise<Store> }): Promise<TestFlow & { store: Store; sink: MailSink }> {
  sink = await startMailSink();
  const store = await engine.open();
  return { ...(await documentsDeps(store, sink.url)), store, sink };
}

async function verifyLink(s: MailSink, to: string): Promise<string> {
  const mail = await s.waitFor((m) => m.to.includes(to) && m.subject.startsWith("Confirm"));
  const [link] = linksIn(mail, "https://trust.example.com/documents/verify?token=");
  expect(link).toBeDefined();
  return link!;
}

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: unknown) => (e instanceof DocumentsError ? e.code : String(e)),
  );

describeEngines("gated documents", (engine) => {
  it("NDA document: mail link, acceptance with the text's SHA-256, a copy stamped on every page", async () => {
    const { deps, store, sink, nda } = await setup(engine);
    expect(await requestAccess(deps, person("ada@acme.example"), "client-1")).toBe("check-mail");
    const link = await verifyLink(sink, "ada@acme.example");
    const token = tokenOf(link);
    expect((await openVerifyLink(deps, token))?.email).toBe("ada@acme.example");
    const result = await acceptNda(deps, { token, ndaSha256: nda.current.sha256, ...reader });
    expect(result.status).toBe("granted");
    const acceptance = await store.db.selectFrom("nda_acceptances").selectAll().executeTakeFirstOrThrow();
    expect(acceptance).toMatchObject({
      email: "ada@acme.example",
      nda_version: "1.0",
      nda_sha256: nda.current.sha256,
      ip: reader.ip,
      user_agent: reader.userAgent,
    });

    const copy = await downloadFor(deps, { email: "ada@acme.example", documentId: "nda-doc", client: "client-1" });
    const pdf = await PDFDocument.load(copy.bytes);
    expect(pdf.getPageCount()).toBe(3);
    // Every page shows the stamp.
    const pages = stampedText(pdf);
    expect(pages.filter((text) => text.includes(`download ${copy.downloadId}`))).toHaveLength(3);
    const raw = pages.join("\n");
    for (const part of ["Ada Reader", "Acme Ltd", "ada@acme.example", "2026-11-29", copy.downloadId])
      expect(raw).toContain(part);
    expect(pdf.getSubject()).toContain(copy.downloadId);
    const kinds = (await listEvents(store)).map((e) => e.kind);
    expect(kinds).toEqual(["request", "verify", "nda", "download"]);
    expect(await store.db.selectFrom("document_downloads").select("id").execute()).toEqual([{ id: copy.downloadId }]);
  });

  it("refuses a replayed, expired, tampered or other purpose's link, and keeps a link whose NDA changed unused", async () => {
    const { deps, sink, nda, clock } = await setup(engine);
    await requestAccess(deps, person("bo@acme.example"), "c");
    const token = tokenOf(await verifyLink(sink, "bo@acme.example"));
    expect(
      await codeOf(acceptNda(deps, { token: token.slice(0, -2) + "xx", ndaSha256: nda.current.sha256, ...reader })),
    ).toBe("token");
    expect(await codeOf(acceptNda(deps, { token, ndaSha256: "b".repeat(64), ...reader }))).toBe("nda-changed");
    expect(await codeOf(acceptNda(deps, { token, ndaSha256: nda.current.sha256, ...reader }))).toBe("ok");
    expect(await codeOf(acceptNda(deps, { token, ndaSha256: nda.current.sha256, ...reader }))).toBe("token");
    expect(await codeOf(decide(deps, { decision: "approve", token }))).toBe("token");

    await requestAccess(deps, person("cy@acme.example"), "c");
    const late = tokenOf(await verifyLink(sink, "cy@acme.example"));
    clock.now += 15 * 60_000 + 1;
    expect(await openVerifyLink(deps, late)).toBeUndefined();
    expect(await codeOf(acceptNda(deps, { token: late, ndaSha256: nda.current.sha256, ...reader }))).toBe("token");
  });

  it("approval document: approvers' single-use links, one decision wins, revocation stops downloads", async () => {
    const { deps, sink, nda, store } = await setup(engine);
    await requestAccess(deps, person("di@newco.example", "approval-doc"), "c");
    const token = tokenOf(await verifyLink(sink, "di@newco.example"));
    expect((await acceptNda(deps, { token, ndaSha256: nda.current.sha256, ...reader })).status).toBe("pending");
    expect(
      await codeOf(downloadFor(deps, { email: "di@newco.example", documentId: "approval-doc", client: "c" })),
    ).toBe("no-grant");
    const first = await sink.waitFor((m) => m.to.includes("approver@upkeep.example"));
    const second = await sink.waitFor((m) => m.to.includes("second@upkeep.example"));
    expect(first.text).toContain("di@newco.example");
    const [a, b] = [first, second].map((m) =>
      tokenOf(linksIn(m, "https://trust.example.com/documents/decide?token=")[0]!),
    );
    const opened = await openDecideLink(deps, a!);
    expect(opened?.approver).toBe("approver@upkeep.example");
    // Both approvers at once: exactly one decision lands.
    const outcomes = await Promise.all([
      codeOf(decide(deps, { decision: "approve", days: 10, token: a! })),
      codeOf(decide(deps, { decision: "deny", token: b! })),
    ]);
    expect(outcomes.sort()).toEqual(["decided", "ok"]);
    const status = (await store.db.selectFrom("document_requests").select("status").executeTakeFirstOrThrow()).status;
    const grant = await activeGrant(store, "di@newco.example", "approval", deps.now!());
    expect(status === "granted").toBe(grant !== undefined);
    if (!grant) return;
    expect(grant.expiresMs - deps.now!()).toBe(10 * 86_400_000);
    const approved = await sink.waitFor((m) => m.to.includes("di@newco.example") && m.subject.includes("approved"));
    expect(linksIn(approved, "https://trust.example.com/documents/sign-in?token=")).toHaveLength(1);
    expect(
      await codeOf(downloadFor(deps, { email: "di@newco.example", documentId: "approval-doc", client: "c" })),
    ).toBe("ok");
    // An approval also opens NDA documents.
    expect(await codeOf(downloadFor(deps, { email: "di@newco.example", documentId: "nda-doc", client: "c" }))).toBe(
      "ok",
    );
    expect(await revoke(deps, grant.id, "approver@upkeep.example")).toBe(true);
    expect(await revoke(deps, grant.id, "approver@upkeep.example")).toBe(false);
    expect(
      await codeOf(downloadFor(deps, { email: "di@newco.example", documentId: "approval-doc", client: "c" })),
    ).toBe("no-grant");
    expect((await listEvents(store, { kind: "revoke" })).length).toBe(1);
  });

  it("rules: an allowed domain is approved at once, a blocked or free-mail one refused without mail", async () => {
    const { deps, sink, nda } = await setup(engine);
    await requestAccess(deps, person("ed@eu.customer.example", "approval-doc"), "c");
    const token = tokenOf(await verifyLink(sink, "ed@eu.customer.example"));
    expect((await acceptNda(deps, { token, ndaSha256: nda.current.sha256, ...reader })).status).toBe("granted");
    expect(await requestAccess(deps, person("fay@rival.example", "approval-doc"), "c")).toBe("refused");
    expect(await requestAccess(deps, person("gil@gmail.com"), "c")).toBe("refused");
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.received.filter((m) => m.to.includes("fay@rival.example") || m.to.includes("gil@gmail.com"))).toEqual(
      [],
    );
  });

  it("answers the same for a new address and one with access, and limits requests per address", async () => {
    const { deps, sink, nda } = await setup(engine);
    await requestAccess(deps, person("hal@acme.example"), "c1");
    await acceptNda(deps, {
      token: tokenOf(await verifyLink(sink, "hal@acme.example")),
      ndaSha256: nda.current.sha256,
      ...reader,
    });
    expect(await requestAccess(deps, person("hal@acme.example"), "c2")).toBe("check-mail");
    expect(await requestAccess(deps, person("ivy@acme.example"), "c3")).toBe("check-mail");
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push(await codeOf(requestAccess(deps, person("hal@acme.example"), `c${i + 10}`)));
    expect(codes.filter((c) => c === "limited").length).toBeGreaterThanOrEqual(2);
  });

  it("keeps the request and its mail while SMTP is down, and sends it once the relay is back", async () => {
    const { deps, sink, mailer, clock } = await setup(engine);
    sink.down();
    expect(await requestAccess(deps, person("jo@acme.example"), "c")).toBe("check-mail");
    expect(await mailer.pending()).toEqual({ waiting: 1, stuck: 0 });
    sink.up();
    await new Promise((r) => setTimeout(r, 5));
    clock.now += 1000;
    expect((await mailer.deliverDue()).sent).toBe(1);
    await verifyLink(sink, "jo@acme.example");
  });

  it("a new NDA version needs a new acceptance; a file that cannot be stamped sends nothing", async () => {
    const { deps, sink, nda, store } = await setup(engine);
    await requestAccess(deps, person("kim@acme.example", "broken-doc"), "c");
    await acceptNda(deps, {
      token: tokenOf(await verifyLink(sink, "kim@acme.example")),
      ndaSha256: nda.current.sha256,
      ...reader,
    });
    expect(await codeOf(downloadFor(deps, { email: "kim@acme.example", documentId: "broken-doc", client: "c" }))).toBe(
      "stamp",
    );
    expect(await store.db.selectFrom("document_downloads").selectAll().execute()).toEqual([]);
    expect(await codeOf(downloadFor(deps, { email: "kim@acme.example", documentId: "nda-doc", client: "c" }))).toBe(
      "ok",
    );
    nda.current = { ...nda.current, version: "2.0", sha256: "c".repeat(64) };
    expect(await codeOf(downloadFor(deps, { email: "kim@acme.example", documentId: "nda-doc", client: "c" }))).toBe(
      "no-grant",
    );
  });
});
