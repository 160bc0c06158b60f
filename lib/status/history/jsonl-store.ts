import { closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { type HistoryEntry, parseEntry, retentionStart, serializeEntry } from "./entry";
import { withFileLock } from "./file-lock";
import type { HistoryStore } from "./store";

/**
 * History for static exports: one JSON line per pull, beside the snapshot `npm run status:pull`
 * writes, so it travels with it through a pipeline. Writers take a lock file; an append is one
 * write of one line, flushed to disk before the lock is released; a line torn by a crash is
 * closed off by the next writer and skipped by readers. Entries past the retention are dropped
 * by rewriting the file beside and renaming it into place, which a crash cannot half-do.
 */
export class JsonLinesHistoryStore implements HistoryStore {
  constructor(private readonly file: string) {}

  append(entry: HistoryEntry): void {
    mkdirSync(path.dirname(path.resolve(this.file)), { recursive: true });
    withFileLock(`${this.file}.lock`, () => {
      const fd = openSync(this.file, "a+");
      try {
        const size = fstatSync(fd).size;
        const last = Buffer.alloc(1);
        if (size > 0) readSync(fd, last, 0, 1, size - 1);
        // A writer that died mid-line left no newline: end its fragment so ours stays whole.
        const prefix = size > 0 && last.toString() !== "\n" ? "\n" : "";
        writeSync(fd, `${prefix}${serializeEntry(entry)}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      this.prune(retentionStart(new Date(entry.at)));
    });
  }

  /** Rewrites the file without entries before `before`, only when there are any (at most once a pull). */
  private prune(before: Date): void {
    const lines = readFileSync(this.file, "utf8").split("\n");
    const first = lines.find((line) => parseEntry(line));
    if (!first || Date.parse(parseEntry(first)?.at ?? "") >= before.getTime()) return;
    const kept = lines.filter((line) => {
      const entry = parseEntry(line);
      return entry !== undefined && Date.parse(entry.at) >= before.getTime();
    });
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, kept.map((line) => `${line}\n`).join(""));
    const fd = openSync(temporary, "r");
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, this.file);
  }

  since(from: Date): HistoryEntry[] {
    if (!existsSync(this.file)) return [];
    const entries: HistoryEntry[] = [];
    for (const line of readFileSync(this.file, "utf8").split("\n")) {
      const entry = line ? parseEntry(line) : undefined;
      if (entry && Date.parse(entry.at) >= from.getTime()) entries.push(entry);
    }
    return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  }

  close(): void {}
}

/** The history file beside a snapshot file: status/snapshot.json -> status/snapshot.history.jsonl. */
export const historyFileOf = (snapshotFile: string) => `${snapshotFile.replace(/\.json$/, "")}.history.jsonl`;
