import { afterEach, expect, it } from "vitest";
import { Mailer } from "@/lib/mail/mailer";
import { sealKey } from "@/lib/mail/seal";
import { smtpTransport } from "@/lib/mail/transport";
import type { Store } from "@/lib/store/open";
import { SharedRateLimiter } from "@/lib/store/rate-limit";
import { getUpdates, type Update } from "@/lib/updates/updates";
import { startMailSink, type MailSink, type ReceivedMail } from "@/test/mail-sink";
import { describeEngines } from "@/test/store-engines";
import { handleConfirm, handleSubscribe, handleUnsubscribe, type SubscriptionDeps } from "./handle";
import { publishPass } from "./publish";

// A subscription end to end: the form's post, the confirmation mail through a real SMTP server,
// the link, an update published and mailed once, the one-click unsubscribe; on both engines.
const SITE = "https://trust.example.com";
const SECRET = "a test secret of at least 32 characters, random enough";
let sink: MailSink | undefined;
afterEach(async () => {
  await sink?.close();
  sink = undefined;
});

type Clock = { now: number };
function parts(store: Store, sinkUrl: string, clock: Clock, logs: string[], overrides: Partial<SubscriptionDeps> = {}) {
  const mailer = new Mailer({
    store: async () => store,
    transport: smtpTransport(sinkUrl),
    key: sealKey(SECRET, "mail outbox"),
    from: "Trust <trust@example.com>",
    retryMs: 1,
    log: (l) => logs.push(l),
    now: () => clock.now,
  });
  const deps: SubscriptionDeps = {
    store: async () => store,
    mailer: () => mailer,
    clientLimiter: new SharedRateLimiter(async () => store, { scope: "subscribe-client", perMinute: 60, burst: 50 }),
    addressLimiter: new SharedRateLimiter(async () => store, { scope: "subscribe-address", perMinute: 0.05, burst: 3 }),
    secret: () => SECRET,
    siteUrl: SITE,
    ownOrigins: () => [SITE],
    allowedOrigins: ["https://static.example.net"],
    now: () => clock.now,
    log: (l) => logs.push(l),
    ...overrides,
  };
  return { mailer, deps };
}

function form(fields: [string, string][], client = "192.0.2.10", origin = SITE) {
  return new Request(`${SITE}/api/subscribe`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin, "x-forwarded-for": client },
    body: new URLSearchParams(fields).toString(),
  });
}
const subscribe = (address: string, kinds: string[], locale = "en", client?: string) =>
  form([["address", address], ...kinds.map((k): [string, string] => ["kind", k]), ["locale", locale]], client);
const linkIn = (mail: ReceivedMail, path: string) =>
  new RegExp(`https://trust\\.example\\.com${path}\\S+`).exec(mail.text)?.[0] ?? "";

const fakeUpdate = (id: string, kind: string, locale: "en" | "zh"): Update =>
  ({
    ...getUpdates(locale)[0]!,
    id,
    kind,
    title: `${kind} notice ${id}`,
    summary: `Summary of ${id}`,
    markdown: `Body of ${id}`,
    effective: kind === "subprocessor" ? "2027-01-31T00:00:00.000Z" : undefined,
  }) as Update;

describeEngines("subscriptions", (engine) => {
  it("takes a subscriber from the form to a subprocessor notice and out again with one click", async () => {
    sink = await startMailSink();
    const store = await engine.open();
    const clock = { now: Date.parse("2027-01-01T10:00:00Z") };
    const logs: string[] = [];
    const { deps } = parts(store, sink.url, clock, logs);

    const answer = await handleSubscribe(subscribe("Buyer@Example.org", ["subprocessor", "incident"], "zh"), deps);
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe("/zh/subscribe/sent");
    const confirmation = await sink.waitFor((m) => m.to[0] === "buyer@example.org");
    expect(confirmation.subject).toContain("确认");
    const confirm = linkIn(confirmation, "/api/subscribe/confirm");
    expect((await handleConfirm(new Request(confirm), deps)).headers.get("location")).toBe("/zh/subscribe/confirmed");
    // The link works once.
    expect((await handleConfirm(new Request(confirm), deps)).headers.get("location")).toBe("/subscribe/expired");

    // Two updates are published an hour later; only the kind chosen is mailed.
    clock.now += 3_600_000;
    const updates = {
      en: [fakeUpdate("new-mailer", "subprocessor", "en"), fakeUpdate("policy-x", "policy", "en")],
      zh: [fakeUpdate("new-mailer", "subprocessor", "zh"), fakeUpdate("policy-x", "policy", "zh")],
    };
    const publish = () => publishPass({ ...deps, updates: (l) => updates[l], noticeDays: 30 });
    expect(await publish()).toEqual({ sent: 1, waiting: 0, failed: 0, skipped: 0 });
    const notice = await sink.waitFor((m) => m.subject.includes("new-mailer"));
    expect(notice.to).toEqual(["buyer@example.org"]);
    expect(notice.text).toContain("Body of new-mailer");
    expect(notice.text).toContain(`${SITE}/zh/updates/new-mailer`);
    // mailparser reads the List-* headers (RFC 2369, RFC 8058) into one structure.
    const list = JSON.parse(notice.headers.list ?? "{}") as {
      unsubscribe?: { url?: string };
      "unsubscribe-post"?: { name?: string };
    };
    expect(list["unsubscribe-post"]?.name).toBe("List-Unsubscribe=One-Click");
    const unsubscribeUrl = list.unsubscribe?.url ?? "";
    expect(unsubscribeUrl).toMatch(/^https:\/\/trust\.example\.com\/api\/subscribe\/unsubscribe\?id=/);
    expect(notice.text).toContain(unsubscribeUrl);

    // Once per subscriber and update: another pass, and a new process (a new mailer), send nothing.
    expect(await publish()).toEqual({ sent: 0, waiting: 0, failed: 0, skipped: 1 });
    const restarted = parts(store, sink.url, clock, logs).deps;
    expect(await publishPass({ ...restarted, updates: (l) => updates[l], noticeDays: 30 })).toMatchObject({
      sent: 0,
      skipped: 1,
    });
    expect(sink.received.filter((m) => m.subject.includes("new-mailer"))).toHaveLength(1);

    // A GET of the link only asks; the mail client's one-click POST unsubscribes (200, no redirect).
    const ask = await handleUnsubscribe(new Request(unsubscribeUrl), deps);
    expect(ask.status).toBe(200);
    expect(await ask.text()).toContain('method="post"');
    const click = await handleUnsubscribe(
      new Request(unsubscribeUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
      deps,
    );
    expect(click.status).toBe(200);
    updates.zh.push(fakeUpdate("another", "subprocessor", "zh"));
    updates.en.push(fakeUpdate("another", "subprocessor", "en"));
    expect((await publish()).sent).toBe(0);
    // A forged unsubscribe link does nothing.
    const forged = unsubscribeUrl.replace(/token=[^&]+/, "token=forged");
    expect((await handleUnsubscribe(new Request(forged, { method: "POST" }), deps)).status).toBe(303);

    expect(logs.join("\n")).not.toMatch(/buyer@example\.org/i);
  });

  it("keeps a notice while SMTP is down and sends it later, once", async () => {
    sink = await startMailSink();
    const store = await engine.open();
    const clock = { now: Date.parse("2027-01-01T10:00:00Z") };
    const { deps, mailer } = parts(store, sink.url, clock, []);
    await handleSubscribe(subscribe("ops@example.org", ["subprocessor"]), deps);
    await handleConfirm(new Request(linkIn(await sink.waitFor(() => true), "/api/subscribe/confirm")), deps);
    sink.down();
    const updates = { en: [fakeUpdate("down", "subprocessor", "en")], zh: [fakeUpdate("down", "subprocessor", "zh")] };
    expect(await publishPass({ ...deps, updates: (l) => updates[l], noticeDays: 30 })).toMatchObject({ waiting: 1 });
    sink.up();
    clock.now += 60_000;
    expect((await mailer.deliverDue()).sent).toBe(1);
    expect(await publishPass({ ...deps, updates: (l) => updates[l], noticeDays: 30 })).toMatchObject({
      sent: 0,
      skipped: 1,
    });
    expect(sink.received.filter((m) => m.subject.includes("down"))).toHaveLength(1);
  });

  it("answers the same for known and unknown addresses, and limits per address and per client", async () => {
    sink = await startMailSink();
    const store = await engine.open();
    const clock = { now: Date.parse("2027-01-01T10:00:00Z") };
    const { deps } = parts(store, sink.url, clock, [], {
      clientLimiter: new SharedRateLimiter(async () => store, { scope: "c", perMinute: 1, burst: 5 }),
    });
    const answers = [];
    for (const address of [
      "known@example.org",
      "known@example.org",
      "new@example.org",
      "known@example.org",
      "known@example.org",
    ]) {
      const r = await handleSubscribe(subscribe(address, ["security"]), deps);
      answers.push([r.status, r.headers.get("location"), await r.text()]);
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    // The address limit (3) held back the fourth confirmation to known@, silently.
    expect(sink.received.filter((m) => m.to[0] === "known@example.org")).toHaveLength(3);
    // The client's sixth request within the minute is turned away.
    expect((await handleSubscribe(subscribe("x@example.org", ["security"]), deps)).headers.get("location")).toBe(
      "/subscribe/busy",
    );
    expect(
      (await handleSubscribe(subscribe("x@example.org", ["security"], "en", "198.51.100.7"), deps)).headers.get(
        "location",
      ),
    ).toBe("/subscribe/sent");
  });

  it("refuses bad input, other sites and unknown kinds", async () => {
    sink = await startMailSink();
    const store = await engine.open();
    const { deps } = parts(store, sink.url, { now: Date.now() }, []);
    for (const request of [
      subscribe("not an address", ["security"]),
      subscribe("a@example.org", []),
      subscribe("a@example.org", ["gossip"]),
      subscribe("a@example.org\r\nBcc: b@example.org", ["security"]),
    ]) {
      expect((await handleSubscribe(request, deps)).headers.get("location")).toBe("/subscribe/invalid");
    }
    expect(
      (
        await handleSubscribe(
          form(
            [
              ["address", "a@example.org"],
              ["kind", "security"],
            ],
            "192.0.2.1",
            "https://evil.example",
          ),
          deps,
        )
      ).status,
    ).toBe(403);
    const fromExport = await handleSubscribe(
      form(
        [
          ["address", "a@example.org"],
          ["kind", "security"],
          ["locale", "en"],
        ],
        "192.0.2.1",
        "https://static.example.net",
      ),
      deps,
    );
    expect(fromExport.headers.get("location")).toBe(`${SITE}/subscribe/sent`);
    expect(fromExport.headers.get("access-control-allow-origin")).toBe("https://static.example.net");
    expect(sink.received).toHaveLength(1);
  });
});
