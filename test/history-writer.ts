// A separate process writing the JSON-lines status history, for the tests of concurrent writers
// and crashes (the server's store has its own: test/store-worker.mts):
//   tsx test/history-writer.ts <file> <count> [append|crash-mid-line]
import { openSync, writeSync } from "node:fs";
import { serializeEntry } from "@/lib/status/history/entry";
import { withFileLock } from "@/lib/status/history/file-lock";
import { JsonLinesHistoryStore } from "@/lib/status/history/jsonl-store";
import { writerEntry } from "./history-entries";

const [file = "", count = "1", mode = "append"] = process.argv.slice(2);

if (mode === "crash-mid-line") {
  // Holds the lock, writes half an entry, and dies without a word, as a killed pull would.
  withFileLock(`${file}.lock`, () => {
    const line = serializeEntry(writerEntry(0));
    writeSync(openSync(file, "a"), line.slice(0, line.length / 2));
    process.kill(process.pid, "SIGKILL");
  });
} else {
  const store = new JsonLinesHistoryStore(file);
  for (let i = 0; i < Number(count); i++) store.append(writerEntry(i));
  store.close();
}
