import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { startMailSink, type MailSink } from "@/test/mail-sink";
import { describeEngines } from "@/test/store-engines";
import { runWorkers } from "@/test/store-processes";
import { openStore } from "@/lib/store/open";
import type { Store } from "@/lib/store/open";
import { Mailer } from "./mailer";
import { sealKey, unseal } from "./seal";
import { outboxTransport, smtpTransport } from "./transport";

const key = sealKey("a test secret of at least 32 characters", "mail outbox");
let sink: MailSink | undefined;
afterEach(async () => {
  await sink?.close();
  sink = undefined;
});

function mailer(store: Store, url: string, logs: string[] = []) {
  return new Mailer({
    store: async () => store,
    transport: smtpTransport(url),
    key,
    from: "Trust Center <trust@example.com>",
    retryMs: 1,
    log: (line) => logs.push(line),
  });
}

const item = (key: string, to = "reader@example.org") => ({
  topic: "test",
  key,
  message: { to, subject: "Bestätigen · 确认", text: `Open https://trust.example.com/verify?t=${key}\n` },
});

describeEngines("mail over SMTP", (engine) => {
  it("delivers a message to a real SMTP server once, in UTF-8, with our Message-ID", async () => {
    sink = await startMailSink();
    const store = await engine.open();
    const m = mailer(store, sink.url);
    expect(await m.send(item("one"))).toBe("sent");
    expect(await m.send(item("one"))).toBe("skipped");
    expect(await m.deliverDue()).toEqual({ sent: 0, waiting: 0, failed: 0, skipped: 0 });
    const mail = await sink.waitFor(() => true);
    expect(sink.received).toHaveLength(1);
    expect(mail.subject).toBe("Bestätigen · 确认");
    expect(mail.to).toEqual(["reader@example.org"]);
    expect(mail.text).toContain("https://trust.example.com/verify?t=one");
    expect(mail.messageId).toMatch(/@example\.com>$/);
  });

  it("keeps a message while the relay is down and sends it on a later pass; nothing sent twice", async () => {
    sink = await startMailSink();
    const store = await engine.open();
    const logs: string[] = [];
    const m = mailer(store, sink.url, logs);
    sink.down();
    expect(await m.send(item("later", "someone@example.org"))).toBe("waiting");
    expect(await m.pending()).toEqual({ waiting: 1, stuck: 0 });
    expect(logs.join("\n")).toMatch(/unavailable .*kept/);
    expect(logs.join("\n")).not.toContain("someone@example.org");
    sink.up();
    await new Promise((r) => setTimeout(r, 5));
    expect((await m.deliverDue()).sent).toBe(1);
    expect((await m.deliverDue()).sent).toBe(0);
    expect(sink.received.map((r) => r.to[0])).toEqual(["someone@example.org"]);
    expect(await m.pending()).toEqual({ waiting: 0, stuck: 0 });
  });

  it("keeps a message when nothing listens at the relay's address at all", async () => {
    const store = await engine.open();
    const m = mailer(store, "smtp://127.0.0.1:9");
    expect(await m.send(item("nobody"))).toBe("waiting");
    const row = await store.db.selectFrom("mail_outbox").selectAll().executeTakeFirstOrThrow();
    expect(row.last_error).toMatch(/ECONNECTION|ESOCKET/);
    expect(row.sealed).not.toBeNull();
  });

  it("stores the waiting message sealed, and nothing of it once sent", async () => {
    sink = await startMailSink();
    const store = await engine.open();
    const m = mailer(store, sink.url);
    sink.down();
    // The key (topic, key) names the message and is stored plainly; the link inside is not.
    await m.send({
      ...item("sealed-one"),
      message: { ...item("sealed-one").message, text: "Open https://trust.example.com/verify?t=secret-link\n" },
    });
    const waiting = await store.db.selectFrom("mail_outbox").selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(waiting)).not.toContain("secret-link");
    expect(JSON.stringify(waiting)).not.toContain("reader@example.org");
    expect(unseal(key, waiting.sealed!)).toContain("secret-link");
    expect(() => unseal(sealKey("another secret of at least 32 characters", "mail outbox"), waiting.sealed!)).toThrow();
    sink.up();
    await new Promise((r) => setTimeout(r, 5));
    await m.deliverDue();
    const sent = await store.db.selectFrom("mail_outbox").selectAll().executeTakeFirstOrThrow();
    expect(sent.sealed).toBeNull();
    expect(sent.sent_ms).not.toBeNull();
  });

  it("sends each message once when three processes run the retry pass at the same time", async () => {
    sink = await startMailSink();
    const config = await engine.fresh();
    const store = await openStore(config);
    const m = mailer(store, "smtp://127.0.0.1:9");
    for (let i = 0; i < 20; i++) await m.enqueue(store.db, item(`k${i}`, `r${i}@example.org`));
    await store.close();
    await runWorkers([
      { config, action: "mail", url: sink.url },
      { config, action: "mail", url: sink.url },
      { config, action: "mail", url: sink.url },
    ]);
    const to = sink.received.map((r) => r.to[0]).sort();
    expect(to).toEqual(Array.from({ length: 20 }, (_, i) => `r${i}@example.org`).sort());
  }, 60_000);
});

it("writes each message as an .eml file in the outbox folder without SMTP", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "outbox-"));
  const transport = outboxTransport(dir);
  await transport.send({
    from: "Trust <trust@example.com>",
    to: "a@example.org",
    subject: "验证您的邮箱",
    text: "https://x.example/v?t=1",
    messageId: "<abc@example.com>",
  });
  const files = readdirSync(dir);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/\.eml$/);
  expect(files[0]).not.toContain("a@example.org");
  const text = readFileSync(path.join(dir, files[0]!), "utf8");
  expect(text).toContain("To: a@example.org");
  expect(text).toContain("Message-ID: <abc@example.com>");
});
