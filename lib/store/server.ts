import "server-only";
import { env } from "@/lib/env";
import { setRetention, purgeExpired } from "./audit";
import { storeConfig } from "./config";
import { openStore, type Store } from "./open";
import { purgeTokens } from "./tokens";

let opened: Promise<Store> | undefined;

/**
 * The server's one store, opened and migrated at first use (not at build: a static page never
 * asks for it). If the database cannot be reached the next request tries again, instead of
 * this process keeping the failure for its whole life.
 */
export function getStore(): Promise<Store> {
  opened ??= openStore(storeConfig(env))
    .then(housekeeping)
    .catch((error: unknown) => {
      opened = undefined;
      throw error;
    });
  return opened;
}

// Once per process start: the configured audit retention, and the purges that keep the
// append-only log and the token table from growing forever.
async function housekeeping(store: Store): Promise<Store> {
  // The records of gated documents (NDA acceptances, downloads) are kept as long as the log.
  for (const table of ["audit_events", "nda_acceptances", "document_downloads"] as const) {
    const days = await setRetention(store, table, env.AUDIT_RETENTION_DAYS);
    if (days > env.AUDIT_RETENTION_DAYS) {
      console.warn(
        `store: AUDIT_RETENTION_DAYS=${env.AUDIT_RETENTION_DAYS} is shorter than the ${days} days already in force for ${table}; keeping ${days} (see README, "The store").`,
      );
    }
    await purgeExpired(store, table);
  }
  await purgeTokens(store);
  return store;
}
