// How long 400 days of status history take to read and render: a pull every 5 minutes (the
// default refresh interval), six checks, in both stores. Part of `npm run bench:status`, run as
// its own process: rendering with react-dom/server needs React's client build, which the pull's
// react-server condition hides (tsconfig.render.json stands in for server-only, as in Vitest).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { StatusHistory } from "../../components/status/status-history";
import { loadStatusConfig } from "../../lib/status/config";
import { type HistoryEntry, RETENTION_DAYS, retentionStart, serializeEntry } from "../../lib/status/history/entry";
import { statusFeed } from "../../lib/status/history/feed";
import { JsonLinesHistoryStore } from "../../lib/status/history/jsonl-store";
import { fingerprint, SqliteHistoryStore } from "../../lib/status/history/sqlite-store";
import { readFrom } from "../../lib/status/history/timeline";
import { historyView, HISTORY_DAYS } from "../../lib/status/history/view";
import type { StatusSnapshot } from "../../lib/status/types";

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
        reason: unknown ? { code: "source_error", error: "throttled", since: new Date(at).toISOString() } : failing && j === 4 ? { code: "recovery_point_late", ageMinutes: 47, maxAgeMinutes: 30 } : { code: "rules_compliant", rules: 3 },
      })),
    };
  });
}

const time = <T,>(run: () => T): [T, number] => {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
};

export async function benchHistory(): Promise<void> {
  const config = loadStatusConfig();
  const ids = [...config.controls, ...config.backups].map((c) => c.id);
  const end = Date.now();
  const all = entries(ids, end);
  const dir = mkdtempSync(path.join(tmpdir(), "bench-history-"));
  try {
    const sqliteFile = path.join(dir, "history.sqlite");
    new SqliteHistoryStore(sqliteFile).close();
    const db = new Database(sqliteFile);
    const insert = db.prepare("INSERT INTO status_pulls (at, expires_at, states, entry) VALUES (?, ?, ?, ?)");
    db.transaction(() => all.forEach((e) => insert.run(e.at, e.expiresAt, fingerprint(e), serializeEntry(e))))();
    db.close();
    const jsonlFile = path.join(dir, "snapshot.history.jsonl");
    writeFileSync(jsonlFile, all.map((e) => `${serializeEntry(e)}\n`).join(""));
    const last = all.at(-1);
    const snapshot = { generatedAt: last?.at ?? "", expiresAt: last?.expiresAt ?? "" } as StatusSnapshot;
    const rows: Record<string, string | number>[] = [];
    for (const [name, store] of [["SQLite (server)", new SqliteHistoryStore(sqliteFile)], ["JSON lines (export)", new JsonLinesHistoryStore(jsonlFile)]] as const) {
      const [window, read90] = time(() => store.since(readFrom(new Date(end), HISTORY_DAYS), { runs: true }));
      const [view, compute] = time(() => historyView(config, snapshot, HISTORY_DAYS, window));
      const [html, render] = time(() => ["en", "zh"].map((locale) => renderToStaticMarkup(createElement(StatusHistory, { locale: locale as "en", history: view }))).join(""));
      const [kept, read400] = time(() => store.since(retentionStart(new Date(end)), { runs: true }));
      const [, feed] = time(() => statusFeed(config, kept, new Date(end), "en"));
      const [, append] = time(() => store.append({ ...all[0]!, at: new Date(end + 1000).toISOString() }));
      store.close();
      rows.push({ store: name, "read 90 d (ms)": Math.round(read90), "90-day view (ms)": Math.round(compute), "render en+zh (ms)": Math.round(render), "HTML (kB)": Math.round(html.length / 1024), "read 400 d (ms)": Math.round(read400), "feed (ms)": Math.round(feed), "one append (ms)": Math.round(append) });
    }
    console.log(`\nStatus history: ${all.length.toLocaleString("en")} pulls (400 days, one every 5 minutes), ${ids.length} checks\n`);
    console.table(rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchHistory();
