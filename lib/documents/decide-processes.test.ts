// Two approvers' links and an operator deciding one request at the same moment, each in its
// own server process (real Node processes on one database, either engine): exactly one
// decision lands, with one grant, one audit entry and one mail; the others are told "decided".
import { afterEach, expect, it } from "vitest";
import { documentsDeps } from "@/test/documents-deps";
import type { DecideJob } from "@/test/documents-worker.mts";
import { linksIn, startMailSink, type MailSink } from "@/test/mail-sink";
import { describeEngines } from "@/test/store-engines";
import { runWorkers } from "@/test/store-processes";
import { listEvents } from "@/lib/store/audit";
import { openStore } from "@/lib/store/open";
import { acceptNda, requestAccess } from "./requests";

let sink: MailSink | undefined;
afterEach(async () => {
  await sink?.close();
  sink = undefined;
});

const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";

describeEngines("deciding one request from three processes at once", (engine) => {
  it("one approval wins: one grant, one audit entry, one mail; the others get 'decided'", async () => {
    const mail = await startMailSink();
    sink = mail;
    const config = await engine.fresh();
    const store = await openStore(config);
    try {
      const { deps, nda } = await documentsDeps(store, mail.url);
      const email = "di@newco.example";
      await requestAccess(
        deps,
        { documentId: "approval-doc", name: "Di", email, company: "Newco", reason: "audit", locale: "en" },
        "c",
      );
      const verify = await mail.waitFor((m) => m.to.includes(email) && m.subject.startsWith("Confirm"));
      const token = tokenOf(linksIn(verify, "https://trust.example.com/documents/verify?token=")[0]!);
      const accepted = await acceptNda(deps, {
        token,
        ndaSha256: nda.current.sha256,
        ip: "203.0.113.7",
        userAgent: "t",
      });
      expect(accepted.status).toBe("pending");
      const links = await Promise.all(
        deps.approvers.map(async (approver) => {
          const m = await mail.waitFor((x) => x.to.includes(approver));
          return tokenOf(linksIn(m, "https://trust.example.com/documents/decide?token=")[0]!);
        }),
      );
      expect(links).toHaveLength(2);

      const jobs: DecideJob[] = [
        { config, smtpUrl: mail.url, decision: "approve", token: links[0]! },
        { config, smtpUrl: mail.url, decision: "approve", token: links[1]! },
        {
          config,
          smtpUrl: mail.url,
          decision: "approve",
          requestId: accepted.requestId,
          by: "operator@upkeep.example",
        },
      ];
      const outcomes = await runWorkers<string, DecideJob>(jobs, "test/documents-worker.mts");
      expect([...outcomes].sort()).toEqual(["decided", "decided", "ok"]);

      const winner = ["approver@upkeep.example", "second@upkeep.example", "operator@upkeep.example"][
        outcomes.indexOf("ok")
      ];
      const request = await store.db.selectFrom("document_requests").selectAll().executeTakeFirstOrThrow();
      expect(request).toMatchObject({ status: "granted", decided_by: winner });
      const grants = await store.db.selectFrom("document_grants").selectAll().execute();
      expect(grants.map((g) => [g.email, g.approved_by])).toEqual([[email, winner]]);
      const approvals = await listEvents(store, { kind: "approve" });
      expect(approvals.map((e) => e.data.by)).toEqual([winner]);
      // The losers' transactions rolled back whole: their links were not used up either.
      const used = await store.db
        .selectFrom("tokens")
        .select("used_ms")
        .where("purpose", "=", "documents:decide")
        .where("used_ms", "is not", null)
        .execute();
      expect(used).toHaveLength(winner === "operator@upkeep.example" ? 0 : 1);
      await mail.waitFor((m) => m.to.includes(email) && m.subject.includes("approved"));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(mail.received.filter((m) => m.to.includes(email) && m.subject.includes("approved"))).toHaveLength(1);
    } finally {
      await store.close();
    }
  }, 60_000);
});
