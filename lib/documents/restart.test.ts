// The database restarted mid-request: readers request, accept the NDA and download while
// PostgreSQL restarts. Every step either completes or fails as "unavailable" (the routes then
// show the "try again later" notice), nothing is half-written (no grant without its audit
// entry, no download recorded without a grant and an entry), and the flow works again after.
// Runs its own PostgreSQL, like lib/feedback/restart.test.ts, since it restarts it.
import { describe, expect, it } from "vitest";
import { documentsDeps } from "@/test/documents-deps";
import { linksIn, startMailSink } from "@/test/mail-sink";
import { listEvents } from "@/lib/store/audit";
import { toStoreError } from "@/lib/store/errors";
import { openStore } from "@/lib/store/open";
import { SharedRateLimiter } from "@/lib/store/rate-limit";
import { postgresBin, startPostgres } from "@/scripts/postgres.mjs";
import { downloadFor } from "./download";
import { DocumentsError } from "./errors";
import { noticeFor } from "./http";
import { acceptNda, requestAccess } from "./requests";

const available = Boolean(postgresBin()) || process.env.STORE_TEST_POSTGRES === "required";

/** "ok", or how the step failed: "unavailable" is the one failure a restart may cause. */
function failure(error: unknown): string {
  if (error instanceof DocumentsError)
    return error.code === "unavailable" ? toStoreError(error.cause, "step").code : `documents:${error.code}`;
  return toStoreError(error, "step").code;
}

(available ? describe : describe.skip)("gated documents while PostgreSQL restarts [postgres]", () => {
  it("completes or answers 'unavailable', writes nothing half, and works again after", async () => {
    const postgres = await startPostgres({ database: "documents_restart_test" });
    const store = await openStore({ engine: "postgres", url: postgres.url });
    const sink = await startMailSink();
    const quietError = console.error;
    console.error = () => {};
    try {
      const { deps, nda } = await documentsDeps(store, sink.url);
      const open = (scope: string) => new SharedRateLimiter(async () => store, { scope, perMinute: 1e6, burst: 1e6 });
      deps.limits = {
        requestsPerClient: open("rc"),
        requestsPerAddress: open("ra"),
        downloadsPerClient: open("dc"),
        downloadsPerViewer: open("dv"),
      };
      const outcomes: string[] = [];
      const downloaded: string[] = [];
      let phase: "before" | "during" | "after" = "before";
      let completedAfter = 0;
      let flows = 0;
      const step = async <T>(run: () => Promise<T>): Promise<T | undefined> => {
        try {
          const value = await run();
          outcomes.push("ok");
          return value;
        } catch (error) {
          outcomes.push(failure(error));
          // The page a reader sees for it: "try again later", never an error page.
          expect(noticeFor(error)).toBe("unavailable");
          return undefined;
        }
      };
      const flow = async () => {
        const email = `reader${++flows}@acme.example`;
        const person = {
          documentId: "nda-doc",
          name: "Ada",
          email,
          company: "Acme",
          reason: "",
          locale: "en" as const,
        };
        if ((await step(() => requestAccess(deps, person, "c"))) !== "check-mail") return;
        const mail = await sink.waitFor((m) => m.to.includes(email), 10_000);
        const token = new URL(linksIn(mail, "https://trust.example.com/documents/verify?token=")[0]!).searchParams.get(
          "token",
        )!;
        // The reader tries again (the link still works when the acceptance was not written).
        let accepted;
        for (let i = 0; i < 20 && !accepted; i++) {
          accepted = await step(() =>
            acceptNda(deps, { token, ndaSha256: nda.current.sha256, ip: "192.0.2.1", userAgent: "t" }),
          );
          if (!accepted) await new Promise((r) => setTimeout(r, 100));
        }
        if (accepted?.status !== "granted") return;
        const copy = await step(() => downloadFor(deps, { email, documentId: "nda-doc", client: "c" }));
        if (!copy) return;
        downloaded.push(copy.downloadId);
        if (phase === "after") completedAfter++;
      };
      const clients = Array.from({ length: 3 }, async () => {
        while (completedAfter < 5 && flows < 2_000) await flow();
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      phase = "during";
      await postgres.restart("immediate", 500);
      phase = "after";
      await Promise.all(clients);

      expect(completedAfter).toBeGreaterThanOrEqual(5);
      const counts = Object.fromEntries([...new Set(outcomes)].map((o) => [o, outcomes.filter((x) => x === o).length]));
      expect(Object.keys(counts).sort()).toEqual(["ok", "unavailable"]);

      const events = await listEvents(store);
      const grants = await store.db.selectFrom("document_grants").selectAll().execute();
      const acceptances = await store.db.selectFrom("nda_acceptances").selectAll().execute();
      const downloads = await store.db.selectFrom("document_downloads").selectAll().execute();
      const has = (kind: string, subject: string) => events.some((e) => e.kind === kind && e.subject === subject);
      // No grant without its acceptance and audit entry, and no acceptance without its grant.
      expect(grants.filter((g) => !has("nda", g.request_id))).toEqual([]);
      expect(grants.map((g) => g.request_id).sort()).toEqual(acceptances.map((a) => a.request_id).sort());
      // No download recorded without a grant and its entry; every copy handed out was recorded.
      const grantIds = new Set(grants.map((g) => g.id));
      expect(downloads.filter((d) => !grantIds.has(d.grant_id))).toEqual([]);
      const logged = new Set(events.filter((e) => e.kind === "download").map((e) => e.data.download));
      expect(downloads.filter((d) => !logged.has(d.id))).toEqual([]);
      expect(logged.size).toBe(downloads.length);
      const recorded = new Set(downloads.map((d) => d.id));
      expect(downloaded.filter((id) => !recorded.has(id))).toEqual([]);
    } finally {
      console.error = quietError;
      await sink.close();
      await store.close();
      postgres.stop();
    }
  }, 180_000);
});
