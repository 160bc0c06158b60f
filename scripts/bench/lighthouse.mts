// Lighthouse with its default (mobile) configuration against Debian's Chromium, one route at a time.
// chrome-launcher is Lighthouse's own launcher and comes with it.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Headless without a sandbox (containers, root) and without Chromium's own background traffic,
// which would otherwise show up in the trace and in the transferred bytes.
const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export type LighthouseResult = {
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferredBytes: number;
  /** Lighthouse's measure of this machine's speed at the time; throttled scores fall with it. */
  benchmarkIndex: number;
  /** Per category below 100, the audits that cost points, so the bench can say why. */
  failing: Partial<Record<Category, string[]>>;
};

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

function summarise(lhr: Report): LighthouseResult {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const scores = {} as Record<Category, number>;
  const failing: LighthouseResult["failing"] = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = Math.round((category?.score ?? 0) * 100);
    const lost = (category?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id);
    if (scores[id] < 100 && lost.length) failing[id] = lost;
  }
  return {
    scores,
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    transferredBytes: numeric("total-byte-weight"),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failing,
  };
}

/** Audits each URL in turn in one browser; a fresh tab per run, as Lighthouse does by default. */
export async function auditUrls(urls: string[]): Promise<Map<string, LighthouseResult>> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  const results = new Map<string, LighthouseResult>();
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`);
      results.set(url, summarise(result.lhr));
    }
  } finally {
    chrome.kill();
  }
  return results;
}
