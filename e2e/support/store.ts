import { allVotes, integrity } from "../../lib/feedback/store";
import type { StoreConfig } from "../../lib/store/config";
import { openStore } from "../../lib/store/open";

/** What a server has stored, read the way `npm run feedback:report` reads it (integrity: SQLite only). */
export async function readStore(config: StoreConfig) {
  const store = await openStore(config);
  try {
    return { votes: await allVotes(store), integrity: await integrity(store) };
  } finally {
    await store.close();
  }
}
