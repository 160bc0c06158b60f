// The database restarted mid-request: every vote the route answered 201 is stored, every other
// answer is a clear 503, and votes are taken again once the database is back. Runs its own
// PostgreSQL (Debian's package), since it restarts it; npm test makes a missing one a failure.
import { describe, expect, it } from "vitest";
import { openStore } from "@/lib/store/open";
import { SharedRateLimiter } from "@/lib/store/rate-limit";
import { postgresBin, startPostgres } from "@/scripts/postgres.mjs";
import { handleFeedback, type FeedbackDeps } from "./handle";
import { allVotes } from "./store";

const available = Boolean(postgresBin()) || process.env.STORE_TEST_POSTGRES === "required";

(available ? describe : describe.skip)("feedback while PostgreSQL restarts [postgres]", () => {
  it("answers 201 only for stored votes, 503 while the database is away, and recovers", async () => {
    const postgres = await startPostgres({ database: "restart_test" });
    const store = await openStore({ engine: "postgres", url: postgres.url });
    try {
      const deps: FeedbackDeps = {
        store: async () => store,
        limiter: new SharedRateLimiter(async () => store, { scope: "feedback", perMinute: 1e6, burst: 1e6 }),
        knownIds: new Set(["backups"]),
        ownOrigins: () => ["https://trust.example.com"],
        allowedOrigins: [],
      };
      const answers = new Map<string, number>();
      let phase: "before" | "during" | "after" = "before";
      const afterRestart: number[] = [];
      let sent = 0;
      const send = async () => {
        const id = `vote-${++sent}`;
        const request = new Request("https://trust.example.com/api/feedback", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: "https://trust.example.com",
            "x-forwarded-for": "192.0.2.9",
          },
          body: JSON.stringify({ section: "backups", locale: "en", helpful: true, comment: id }),
        });
        const status = (await handleFeedback(request, deps)).status;
        answers.set(id, status);
        if (phase === "after") afterRestart.push(status);
      };
      // Four clients post in a loop until ten votes after the restart have been answered 201.
      const clients = Array.from({ length: 4 }, async () => {
        while (afterRestart.filter((s) => s === 201).length < 10 && sent < 5_000) await send();
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      phase = "during";
      await postgres.restart("immediate", 500);
      phase = "after";
      await Promise.all(clients);

      const statuses = [...answers.values()];
      expect(new Set(statuses)).toEqual(new Set([201, 503]));
      const stored = new Set((await allVotes(store)).map((v) => v.comment));
      const acknowledged = [...answers].filter(([, status]) => status === 201).map(([id]) => id);
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    } finally {
      await store.close();
      postgres.stop();
    }
  }, 120_000);
});
