import { readdirSync } from "node:fs";
import path from "node:path";
import { readContentRoutes } from "../lib/content/content-routes.cjs";

// What the pages should show: every section with its path and anchors, as the content build
// wrote it (lib/content/content-routes.cjs) from each section's syntax tree.
export type SectionFixture = {
  id: string;
  title: string;
  locale: "en" | "zh";
  path: string;
  updated: string;
  anchors: string[];
};

export function sections(locale: "en" | "zh"): SectionFixture[] {
  return readContentRoutes()
    .sections.filter((s) => s.locale === locale)
    .map((s) => ({ id: s.id, title: s.title, locale, path: s.path, updated: s.updated, anchors: s.anchors }));
}

export const SITE_URL = process.env.SITE_URL ?? "http://localhost:3000";

export const allPages = [
  "/",
  "/security",
  "/status",
  "/faq",
  "/questionnaire",
  "/documents",
  "/zh",
  "/zh/security",
  "/zh/status",
  "/zh/faq",
  "/zh/questionnaire",
  "/zh/documents",
  ...sections("en").map((s) => s.path),
  ...sections("zh").map((s) => s.path),
  ...["", "/zh"].flatMap((prefix) => [
    `${prefix}/updates`,
    `${prefix}/updates/kind/subprocessor`,
    `${prefix}/updates/kind/incident`,
    ...updateIds().map((id) => `${prefix}/updates/${id}`),
    `${prefix}/subprocessors`,
    `${prefix}/changes`,
    `${prefix}/subscribe/sent`,
    `${prefix}/subscribe/expired`,
  ]),
];

/** The ids of the published updates (content/updates/en). */
export function updateIds(): string[] {
  return readdirSync(path.join("content", "updates", "en"))
    .filter((n: string) => n.endsWith(".mdx"))
    .map((n: string) => n.replace(/\.mdx$/, ""));
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
