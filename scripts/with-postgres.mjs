// Runs a command beside a throwaway PostgreSQL: `node scripts/with-postgres.mjs npx vitest run lib/store`.
// The command gets TEST_DATABASE_URL and STORE_TEST_POSTGRES=required (a missing database is
// then a failure, not a skipped suite); the server is stopped and deleted afterwards.
import { spawnSync } from "node:child_process";
import { ensurePostgres, startPostgres } from "./postgres.mjs";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node scripts/with-postgres.mjs COMMAND [ARGS…]");
  process.exit(2);
}
if (!ensurePostgres()) process.exit(1);
const postgres = await startPostgres();
let status = 1;
try {
  const env = { ...process.env, TEST_DATABASE_URL: postgres.url, STORE_TEST_POSTGRES: "required" };
  status = spawnSync(command, args, { stdio: "inherit", env }).status ?? 1;
} finally {
  postgres.stop();
}
process.exit(status);
