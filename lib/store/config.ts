/** Which database the store uses: SQLite in one file (the default) or PostgreSQL (DATABASE_URL). */
export type StoreConfig = { engine: "sqlite"; file: string } | { engine: "postgres"; url: string };
export type Engine = StoreConfig["engine"];

/** From the validated environment (lib/env.ts): DATABASE_URL wins over the SQLite file. */
export function storeConfig(env: { DATABASE_URL?: string | undefined; STORE_FILE: string }): StoreConfig {
  return env.DATABASE_URL ? { engine: "postgres", url: env.DATABASE_URL } : { engine: "sqlite", file: env.STORE_FILE };
}

/** A config for logs and reports: the file, or the database's host and name, never its password. */
export function describeStore(config: StoreConfig): string {
  if (config.engine === "sqlite") return config.file;
  const url = new URL(config.url);
  return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
}
