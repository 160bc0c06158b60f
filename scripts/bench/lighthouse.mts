// Lighthouse with its default (mobile) configuration against Debian's Chromium, one route at a time.
// chrome-launcher is Lighthouse's own launcher and comes with it.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";

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
    const lost = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
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

const ATTEMPTS = 2;

/** One Lighthouse run. A failed trace recording (NO_NAVSTART, NO_FCP…) is tried again once, as Lighthouse itself advises. */
async function auditOnce(url: string, port: number): Promise<Report> {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const error = result.lhr.runtimeError;
    if (!error) return result.lhr;
    if (attempt >= ATTEMPTS)
      throw new Error(`Lighthouse could not audit ${url} in ${ATTEMPTS} attempts: ${error.message}`);
    console.warn(`Lighthouse could not audit ${url} (${error.code}); running it again.`);
  }
}

/**
 * Audits each URL `runs` times in one browser and keeps, per URL, Lighthouse's own median run
 * (the run nearest the median FCP and time to interactive): single runs vary a lot on a shared
 * machine. Rounds go over all URLs in turn, so a burst of load elsewhere does not land on one route.
 */
export async function auditUrls(urls: string[], runs = 3): Promise<Map<string, LighthouseResult>> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  const reports = new Map<string, Report[]>(urls.map((url) => [url, []]));
  try {
    for (let round = 0; round < runs; round++) {
      for (const url of urls) reports.get(url)!.push(await auditOnce(url, chrome.port));
    }
  } finally {
    chrome.kill();
  }
  return new Map([...reports].map(([url, lhrs]) => [url, summarise(computeMedianRun(lhrs))]));
}
