// Flooding the downloads: the route's handler with the limiters wired as lib/documents/service.ts
// wires them (one per client address, one per viewer), on both engines. Past either limit it
// answers 429 with Retry-After and records nothing; under it every copy is stamped and recorded.
import { PDFDocument } from "pdf-lib";
import { afterEach, expect, it } from "vitest";
import { documentsDeps } from "@/test/documents-deps";
import { linksIn, startMailSink, type MailSink } from "@/test/mail-sink";
import { describeEngines } from "@/test/store-engines";
import { SharedRateLimiter } from "@/lib/store/rate-limit";
import { handleDownload } from "./download-handler";
import { VIEWER_COOKIE } from "./http";
import { acceptNda, requestAccess } from "./requests";
import { createSession } from "./sessions";

let sink: MailSink | undefined;
afterEach(async () => {
  await sink?.close();
  sink = undefined;
});

describeEngines("download limits", (engine) => {
  it("limits per address and per viewer with 429 and Retry-After; copies under the limit are stamped", async () => {
    const mail = await startMailSink();
    sink = mail;
    const store = await engine.open();
    const { deps, nda, clock } = await documentsDeps(store, mail.url);
    const limiter = (scope: string, perMinute: number) =>
      new SharedRateLimiter(async () => store, { scope, perMinute, burst: perMinute, now: () => clock.now });
    // Per client address 5 a minute, per viewer 3 (production uses DOCUMENTS_DOWNLOADS_PER_MINUTE for both).
    deps.limits = {
      ...deps.limits,
      downloadsPerClient: limiter("documents-downloads", 5),
      downloadsPerViewer: limiter("documents-viewer", 3),
    };

    const sessions: Record<string, string> = {};
    for (const name of ["ann", "ben", "cat"]) {
      const email = `${name}@acme.example`;
      await requestAccess(deps, { documentId: "nda-doc", name, email, company: "Acme", reason: "", locale: "en" }, "c");
      const m = await mail.waitFor((x) => x.to.includes(email));
      const token = new URL(linksIn(m, "https://trust.example.com/documents/verify?token=")[0]!).searchParams.get(
        "token",
      )!;
      expect(
        (await acceptNda(deps, { token, ndaSha256: nda.current.sha256, ip: "192.0.2.1", userAgent: "t" })).status,
      ).toBe("granted");
      sessions[name] = await createSession(store, "viewer", email, clock.now);
    }
    const download = (name: string, ip: string) =>
      handleDownload(
        new Request("https://trust.example.com/api/documents/download/nda-doc", {
          headers: { cookie: `${VIEWER_COOKIE}=${sessions[name]}`, "x-forwarded-for": ip },
        }),
        "nda-doc",
        deps,
      );
    const stampedFor = async (response: Response) => {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      return (await PDFDocument.load(await response.arrayBuffer())).getSubject();
    };

    // Ann, from one address: three stamped copies, then the viewer's limit.
    for (let i = 0; i < 3; i++)
      expect(await stampedFor(await download("ann", "198.51.100.1"))).toContain("ann@acme.example");
    const limited = await download("ann", "198.51.100.1");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("20");
    expect(await limited.text()).toContain("Too many requests");
    // The viewer's limit follows the address, not the connection: another address does not reset it.
    expect((await download("ann", "203.0.113.50")).status).toBe(429);
    // That address had used 4 of its 5: Ben gets one copy from it, then its limit stops him.
    expect(await stampedFor(await download("ben", "198.51.100.1"))).toContain("ben@acme.example");
    const perAddress = await download("ben", "198.51.100.1");
    expect(perAddress.status).toBe(429);
    expect(Number(perAddress.headers.get("retry-after"))).toBeGreaterThan(0);
    // Cat, from elsewhere, is not held up by either.
    expect(await stampedFor(await download("cat", "203.0.113.99"))).toContain("cat@acme.example");

    // Only the copies handed out were recorded.
    expect(await store.db.selectFrom("document_downloads").select("email").execute()).toHaveLength(5);
    // Once the minute has refilled, Ann may download again.
    clock.now += 20_000;
    expect(await stampedFor(await download("ann", "203.0.113.50"))).toContain("ann@acme.example");
  });
});
