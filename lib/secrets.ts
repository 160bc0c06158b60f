import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

export type SecretName = "TOKEN_SIGNING_KEY" | "SESSION_KEY";

const made = new Map<SecretName, string>();

/** A secret the configuration must provide; its message names the variable and holds nothing secret. */
export class MissingSecretError extends Error {
  readonly code = "missing_secret";
}

/**
 * A secret from the environment. The demo (`npm start`, SQLite) may run without: one is made on
 * first use and kept beside the store (.data/secrets/, readable by its owner only), so links and
 * sessions survive a restart. With PostgreSQL (several servers sharing one state) every server
 * must hold the same secret, so a missing one stops the request naming the variable.
 */
export function secret(name: SecretName): string {
  const value = env[name];
  if (value) return value;
  if (env.DATABASE_URL)
    throw new MissingSecretError(
      `${name} must be set when DATABASE_URL is: every server needs the same secret (openssl rand -base64 32)`,
    );
  const cached = made.get(name);
  if (cached) return cached;
  const file = path.join(path.dirname(path.resolve(env.STORE_FILE)), "secrets", name);
  let stored: string;
  try {
    stored = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    stored = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, stored, { mode: 0o600, flag: "wx" });
      console.warn(`secrets: ${name} is not set; made one in ${file} (set it in production, see .env.example)`);
    } catch {
      // Another process made it first: use theirs.
      stored = readFileSync(file, "utf8").trim();
    }
  }
  made.set(name, stored);
  return stored;
}
