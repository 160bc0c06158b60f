import type { Migration, MigrationProvider } from "kysely";
import type { Engine } from "../config";
import { votes } from "./001-votes";
import { rateLimits } from "./002-rate-limits";
import { audit } from "./003-audit";
import { tokens } from "./004-tokens";
import { ledger } from "./005-ledger";
import { statusHistory } from "./006-status-history";
import { mail } from "./007-mail";
import { documents } from "./008-documents";
import { sessions } from "./009-sessions";
import { subscribers } from "./010-subscribers";

/**
 * Every migration, in code (no folder read at run time, so the Next.js bundle carries them).
 * Names sort in order; a new one gets the next number and is never edited once released,
 * because databases that already ran it will not run it again.
 */
export function migrations(engine: Engine): Record<string, Migration> {
  return {
    "001-votes": votes(engine),
    "002-rate-limits": rateLimits(engine),
    "003-audit": audit(engine),
    "004-tokens": tokens(engine),
    "005-ledger": ledger(engine),
    "006-status-history": statusHistory(engine),
    "007-mail": mail(engine),
    "008-documents": documents(engine),
    "009-sessions": sessions(engine),
    // 008 and 009 are taken by the documents feature (branch docs).
    "010-subscribers": subscribers(engine),
  };
}

export function migrationProvider(engine: Engine): MigrationProvider {
  return { getMigrations: async () => migrations(engine) };
}
