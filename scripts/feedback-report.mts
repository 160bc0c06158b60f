// `npm run feedback:report`: votes per section or answer, and every comment, from the store
// (DATABASE_URL's PostgreSQL, else STORE_FILE's SQLite).
// Comments are readers' free text: control characters are dropped so none can drive the terminal.
import { existsSync } from "node:fs";
import { readEnv } from "../lib/env";
import { allVotes, integrity, type StoredVote } from "../lib/feedback/store";
import { describeStore, storeConfig } from "../lib/store/config";
import { openStore } from "../lib/store/open";

const config = storeConfig(readEnv());
if (config.engine === "sqlite" && !existsSync(config.file)) {
  console.log(`No feedback yet: ${config.file} does not exist (it is created with the first vote).`);
  process.exit(0);
}
const printable = (text: string) =>
  text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "").replace(/\s+/g, " ");

const store = await openStore(config);
const votes = await allVotes(store);
const bySection = new Map<string, StoredVote[]>();
for (const vote of votes) bySection.set(vote.section, [...(bySection.get(vote.section) ?? []), vote]);

console.log(`Feedback in ${describeStore(config)}: ${votes.length} votes\n`);
const rows = [...bySection]
  .map(([section, list]) => {
    const helpful = list.filter((v) => v.helpful).length;
    return {
      section,
      helpful,
      unhelpful: list.length - helpful,
      share: `${Math.round((helpful / list.length) * 100)}%`,
    };
  })
  .sort((a, b) => b.unhelpful - a.unhelpful || a.section.localeCompare(b.section));
const width = Math.max(7, ...rows.map((r) => r.section.length));
console.log(`${"section".padEnd(width)}  helpful  unhelpful  helpful %`);
for (const r of rows)
  console.log(
    `${r.section.padEnd(width)}  ${String(r.helpful).padStart(7)}  ${String(r.unhelpful).padStart(9)}  ${r.share.padStart(9)}`,
  );

const comments = votes.filter((v) => v.comment);
console.log(`\nComments (${comments.length}):`);
for (const v of comments)
  console.log(
    `- [${v.createdAt}] ${v.section} (${v.locale}, ${v.helpful ? "helpful" : "not helpful"}): ${printable(v.comment!)}`,
  );
const check = await integrity(store);
if (check !== undefined) console.log(`\nIntegrity check: ${check}`);
await store.close();
