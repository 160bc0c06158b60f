// A separate process writing status history, for the tests of concurrent writers and crashes:
//   tsx test/history-writer.ts <jsonl|sqlite> <file> <count> [append|crash-mid-line|crash-in-transaction]
import { openSync, writeSync } from "node:fs";
import Database from "better-sqlite3";
import { serializeEntry, type HistoryEntry } from "@/lib/status/history/entry";
import { withFileLock } from "@/lib/status/history/file-lock";
import { JsonLinesHistoryStore } from "@/lib/status/history/jsonl-store";
import { SqliteHistoryStore } from "@/lib/status/history/sqlite-store";

const [kind, file = "", count = "1", mode = "append"] = process.argv.slice(2);

export function entry(i: number, at = new Date(Date.now() - 60_000 + i)): HistoryEntry {
  return { at: at.toISOString(), expiresAt: new Date(at.getTime() + 7_200_000).toISOString(), source: "aws", items: [{ id: "database-backups", state: "passing", reason: { code: "recovery_point_fresh", ageMinutes: 12, maxAgeMinutes: 30 } }, { id: `writer-${process.pid}`, state: "unknown", reason: { code: "no_data", rules: i } }] };
}

if (mode === "crash-mid-line") {
  // Holds the lock, writes half an entry, and dies without a word, as a killed pull would.
  withFileLock(`${file}.lock`, () => {
    const line = serializeEntry(entry(0));
    writeSync(openSync(file, "a"), line.slice(0, line.length / 2));
    process.kill(process.pid, "SIGKILL");
  });
} else if (mode === "crash-in-transaction") {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec("BEGIN IMMEDIATE");
  const at = new Date().toISOString();
  db.prepare("INSERT INTO status_pulls (at, expires_at, states, entry) VALUES (?, ?, ?, ?)").run(at, at, "torn", serializeEntry(entry(0)).slice(0, 40));
  process.kill(process.pid, "SIGKILL");
} else {
  const store = kind === "sqlite" ? new SqliteHistoryStore(file) : new JsonLinesHistoryStore(file);
  for (let i = 0; i < Number(count); i++) store.append(entry(i));
  store.close();
}
