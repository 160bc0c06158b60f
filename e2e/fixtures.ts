import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// What the pages should show, read from the content files themselves.
export type SectionFixture = { id: string; title: string; locale: "en" | "zh"; path: string; updated: string; anchors: string[] };

function frontmatterValue(text: string, key: string): string {
  const match = new RegExp(`^${key}:\\s*(.+)$`, "m").exec(text);
  return (match?.[1] ?? "").trim().replace(/^["']|["']$/g, "");
}

export function sections(locale: "en" | "zh"): SectionFixture[] {
  const dir = path.join("content", locale);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => {
      const text = readFileSync(path.join(dir, name), "utf8");
      const id = frontmatterValue(text, "id");
      return {
        id,
        title: frontmatterValue(text, "title"),
        locale,
        path: `${locale === "en" ? "" : "/zh"}/security/${id}`,
        updated: frontmatterValue(text, "updated"),
        anchors: Array.from(text.matchAll(/^#{2,3} .*\[#([a-z0-9-]+)\]\s*$/gm), (m) => m[1] ?? ""),
        order: Number(frontmatterValue(text, "order")),
      };
    })
    .sort((a, b) => a.order - b.order);
}

export const SITE_URL = process.env.SITE_URL ?? "http://localhost:3000";

export const allPages = [
  "/", "/security", "/status", "/faq", "/questionnaire", "/zh", "/zh/security", "/zh/status", "/zh/faq", "/zh/questionnaire",
  ...sections("en").map((s) => s.path),
  ...sections("zh").map((s) => s.path),
  ...["", "/zh"].flatMap((prefix) => [
    `${prefix}/updates`, `${prefix}/updates/kind/subprocessor`, `${prefix}/updates/kind/incident`, ...updateIds().map((id) => `${prefix}/updates/${id}`),
    `${prefix}/subprocessors`, `${prefix}/changes`, `${prefix}/subscribe/sent`, `${prefix}/subscribe/expired`,
  ]),
];

/** The ids of the published updates (content/updates/en). */
export function updateIds(): string[] {
  return readdirSync(path.join("content", "updates", "en")).filter((n) => n.endsWith(".mdx")).map((n) => n.replace(/\.mdx$/, ""));
}

/**
 * Where the e2e servers keep their store (playwright.config.ts passes it on): the main server
 * uses PostgreSQL when E2E_DATABASE_URL is set (npm test starts one), else SQLite; the
 * status-states server always uses SQLite, so one run covers both engines.
 */
export const STORE = {
  main: process.env.E2E_DATABASE_URL
    ? ({ engine: "postgres", url: process.env.E2E_DATABASE_URL } as const)
    : ({ engine: "sqlite", file: ".cache/e2e/store.sqlite" } as const),
  states: { engine: "sqlite", file: ".cache/e2e/store-states.sqlite" } as const,
};

/** The environment that points a server (scripts/serve.mjs) at one of those stores. */
export function storeEnv(config: (typeof STORE)[keyof typeof STORE]): Record<string, string> {
  return config.engine === "postgres" ? { DATABASE_URL: config.url } : { DATABASE_URL: "", STORE_FILE: config.file };
}

/** Where the demo server keeps its status history; npm test empties it before building. */
export const STATUS_HISTORY_DB = ".cache/e2e/status-history.sqlite";
