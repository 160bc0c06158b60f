// How long 400 days of status history take to read and render: a pull every 5 minutes (the
// default refresh interval), six checks, in the server's store (SQLite, and PostgreSQL when
// DATABASE_URL or TEST_DATABASE_URL names a server) and the JSON-lines file of static exports.
// Part of `npm run bench:status`, run as its own process: rendering with react-dom/server needs
// React's client build, which the pull's react-server condition hides (tsconfig.render.json
// stands in for server-only, as in Vitest).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { StatusHistory } from "../../components/status/status-history";
import { loadStatusConfig } from "../../lib/status/config";
import { DatabaseHistoryStore, fingerprint } from "../../lib/status/history/db-store";
import { type HistoryEntry, RETENTION_DAYS, retentionStart, serializeEntry } from "../../lib/status/history/entry";
import { statusFeed } from "../../lib/status/history/feed";
import { JsonLinesHistoryStore } from "../../lib/status/history/jsonl-store";
import type { HistoryStore } from "../../lib/status/history/store";
import { readFrom } from "../../lib/status/history/timeline";
import { historyView, HISTORY_DAYS } from "../../lib/status/history/view";
import type { Store } from "../../lib/store/open";
import type { StatusSnapshot } from "../../lib/status/types";
import { scratchStore, type ScratchStore } from "./scratch-store.mjs";

const EVERY = 5 * 60_000;

function entries(ids: string[], end: number): HistoryEntry[] {
  const count = Math.floor((RETENTION_DAYS * 86_400_000) / EVERY);
  return Array.from({ length: count }, (_, i) => {
    const at = end - (count - 1 - i) * EVERY;
    // A failing hour every three days or so, and an unreadable pull now and then.
    const failing = Math.floor(at / 3_600_000) % 77 === 0;
    const unknown = i % 997 === 0;
    return {
      at: new Date(at).toISOString(),
      expiresAt: new Date(at + 7_200_000).toISOString(),
      source: "aws",
      items: ids.map((id, j) => ({
        id,
        state: unknown ? "unknown" : failing && j === 4 ? "failing" : "passing",
        reason: unknown
          ? { code: "source_error", error: "throttled", since: new Date(at).toISOString() }
          : failing && j === 4
            ? { code: "recovery_point_late", ageMinutes: 47, maxAgeMinutes: 30 }
            : { code: "rules_compliant", rules: 3 },
      })),
    };
  });
}

const time = async <T,>(run: () => T | Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const value = await run();
  return [value, performance.now() - started];
};

/** A year of pulls into the table at once, as the appends would have left it (bulk, not timed). */
async function fill(store: Store, all: HistoryEntry[]): Promise<void> {
  const rows = all.map((e) => ({
    at_ms: Date.parse(e.at),
    expires_ms: Date.parse(e.expiresAt),
    states: fingerprint(e),
    entry: serializeEntry(e),
  }));
  await store.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 1_000)
      await trx
        .insertInto("status_pulls")
        .values(rows.slice(i, i + 1_000))
        .execute();
  });
}

export async function benchHistory(): Promise<void> {
  const config = loadStatusConfig();
  const ids = [...config.controls, ...config.backups].map((c) => c.id);
  const end = Date.now();
  const all = entries(ids, end);
  const postgresUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  const dir = mkdtempSync(path.join(tmpdir(), "bench-history-"));
  const scratch: ScratchStore[] = [];
  try {
    const stores: [string, HistoryStore][] = [];
    for (const engine of postgresUrl ? (["sqlite", "postgres"] as const) : (["sqlite"] as const)) {
      const s = await scratchStore(engine, postgresUrl);
      scratch.push(s);
      await fill(s.store, all);
      stores.push([
        `server store, ${engine === "sqlite" ? "SQLite" : "PostgreSQL"}`,
        new DatabaseHistoryStore(s.store),
      ]);
    }
    const jsonlFile = path.join(dir, "snapshot.history.jsonl");
    writeFileSync(jsonlFile, all.map((e) => `${serializeEntry(e)}\n`).join(""));
    stores.push(["JSON lines (export)", new JsonLinesHistoryStore(jsonlFile)]);
    const last = all.at(-1);
    const snapshot = { generatedAt: last?.at ?? "", expiresAt: last?.expiresAt ?? "" } as StatusSnapshot;
    const rows: Record<string, string | number>[] = [];
    for (const [name, store] of stores) {
      const [window, read90] = await time(() => store.since(readFrom(new Date(end), HISTORY_DAYS), { runs: true }));
      const [view, compute] = await time(() => historyView(config, snapshot, window));
      const [html, render] = await time(() =>
        ["en", "zh"]
          .map((locale) =>
            renderToStaticMarkup(createElement(StatusHistory, { locale: locale as "en", history: view })),
          )
          .join(""),
      );
      const [kept, read400] = await time(() => store.since(retentionStart(new Date(end)), { runs: true }));
      const [, feed] = await time(() => statusFeed(config, kept, new Date(end), "en"));
      const [, append] = await time(() => store.append({ ...all[0]!, at: new Date(end + 1000).toISOString() }));
      store.close();
      rows.push({
        store: name,
        "read 90 d (ms)": Math.round(read90),
        "rows read": window.length,
        "90-day view (ms)": Math.round(compute),
        "render en+zh (ms)": Math.round(render),
        "HTML (kB)": Math.round(html.length / 1024),
        "read 400 d (ms)": Math.round(read400),
        "feed (ms)": Math.round(feed),
        "one append (ms)": Math.round(append),
      });
    }
    console.log(
      `\nStatus history: ${all.length.toLocaleString("en")} pulls (400 days, one every 5 minutes), ${ids.length} checks${postgresUrl ? "" : " (PostgreSQL: set DATABASE_URL, or run under node scripts/with-postgres.mjs)"}\n`,
    );
    console.table(rows);
  } finally {
    for (const s of scratch) await s.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchHistory();
