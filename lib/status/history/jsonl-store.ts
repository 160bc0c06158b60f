import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  writeFileSync,
  writeSync,
} from "node:fs";
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

  /** The time of the oldest entry, read from the file's first few kilobytes only. */
  private oldest(): number | undefined {
    const fd = openSync(this.file, "r");
    try {
      const head = Buffer.alloc(16_384);
      const text = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString("utf8");
      const first = text
        .split("\n")
        .map((line) => parseEntry(line))
        .find((entry) => entry !== undefined);
      return first ? Date.parse(first.at) : undefined;
    } finally {
      closeSync(fd);
    }
  }

  /** Rewrites the file without entries before `before`, only when the oldest is (about once a pull interval past 400 days). */
  private prune(before: Date): void {
    const oldest = this.oldest();
    if (oldest === undefined || oldest >= before.getTime()) return;
    const lines = readFileSync(this.file, "utf8").split("\n");
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

  since(from: Date, { runs = false } = {}): HistoryEntry[] {
    if (!existsSync(this.file)) return [];
    const entries: HistoryEntry[] = [];
    let previous: { items: string; entry: HistoryEntry } | undefined;
    for (const line of readFileSync(this.file, "utf8").split("\n")) {
      // Most pulls say what the one before said: reuse its parsed states rather than parse a year of lines.
      const head = HEAD.exec(line);
      const items = head ? line.slice(head[0].length) : undefined;
      const entry =
        head && previous && items === previous.items
          ? { ...previous.entry, at: head[1] ?? "", expiresAt: head[2] ?? "" }
          : line
            ? parseEntry(line)
            : undefined;
      if (!entry) continue;
      if (items !== undefined) previous = { items, entry };
      if (Date.parse(entry.at) >= from.getTime()) entries.push(entry);
    }
    entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return runs ? runBoundaries(entries) : entries;
  }

  close(): void {}
}

// How serializeEntry begins a line: the time, the expiry and the source, then the states.
const HEAD = /^\{"v":1,"at":"([^"]+)","expiresAt":"([^"]+)","source":"(?:aws|demo|replay|file)",/;

/** A run's first and last pull only (see HistoryStore.since). */
function runBoundaries(entries: HistoryEntry[]): HistoryEntry[] {
  const said = entries.map((e) => JSON.stringify(e.items));
  const continues = (i: number) =>
    i > 0 && said[i] === said[i - 1] && (entries[i]?.at ?? "") <= (entries[i - 1]?.expiresAt ?? "");
  const out: HistoryEntry[] = [];
  entries.forEach((entry, i) => {
    if (continues(i) && continues(i + 1)) return; // inside a run
    const previous = out.at(-1);
    out.push(continues(i) && previous ? { ...entry, heldSince: previous.heldSince ?? previous.at } : entry);
  });
  return out;
}

/** The history file beside a snapshot file: status/snapshot.json -> status/snapshot.history.jsonl. */
export const historyFileOf = (snapshotFile: string) => `${snapshotFile.replace(/\.json$/, "")}.history.jsonl`;
