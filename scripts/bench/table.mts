// Plain-text rendering of the bench results, as Markdown tables so they paste into the README.
import type { BudgetCheck, Floor, RouteMeasurement } from "./budgets.mjs";
import type { LighthouseResult } from "./lighthouse.mjs";

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function routeTable(routes: RouteMeasurement[], floor: Floor): string {
  const row = (label: string, lh: LighthouseResult, firstLoadBytes: number) => [
    label,
    String(lh.scores.performance),
    String(lh.scores.accessibility),
    String(lh.scores["best-practices"]),
    String(lh.scores.seo),
    ms(lh.lcpMs),
    ms(lh.tbtMs),
    lh.cls.toFixed(3),
    kB(lh.transferredBytes),
    kB(firstLoadBytes),
    (firstLoadBytes / floor.firstLoadBytes).toFixed(2),
  ];
  return markdownTable(
    ["route", "perf", "a11y", "best pr.", "SEO", "LCP", "TBT", "CLS", "transferred", "first-load JS (gzip)", "× floor"],
    [
      ...routes.map((r) => row(`\`${r.route}\``, r.lighthouse, r.firstLoadBytes)),
      row("blank App Router page (floor)", floor.lighthouse, floor.firstLoadBytes),
    ],
  );
}

export type PageWeight = {
  route: string;
  htmlBytes: number;
  gzipBytes: number;
  inlineScriptBytes: number;
  textBytes: number;
};

export function htmlTable({ route, htmlBytes, gzipBytes, inlineScriptBytes, textBytes }: PageWeight): string {
  return markdownTable(
    ["page", "HTML", "HTML (gzip)", "of which inline scripts", "visible text", "HTML / text"],
    [
      [
        `\`${route}\``,
        kB(htmlBytes),
        kB(gzipBytes),
        kB(inlineScriptBytes),
        kB(textBytes),
        `${(htmlBytes / textBytes).toFixed(1)} ×`,
      ],
    ],
  );
}

/** The range of Lighthouse's machine speed index over the run: a busy machine measures slower pages. */
export function machineLine(results: LighthouseResult[]): string {
  const indexes = results.map((r) => Math.round(r.benchmarkIndex));
  return `Lighthouse benchmark index of this machine during the run: ${Math.min(...indexes)}–${Math.max(...indexes)} (below 1000 Lighthouse warns that the host is slower than its mobile CPU throttling assumes, which depresses the performance score).`;
}

export function budgetLines(checks: BudgetCheck[]): string {
  const unmet = checks.filter((c) => !c.pass);
  const lines = checks.map((c) => `${c.pass ? "pass" : "FAIL"}  ${c.route}  ${c.budget}: ${c.detail}`);
  lines.push(unmet.length ? `${unmet.length} of ${checks.length} budgets unmet.` : `All ${checks.length} budgets met.`);
  return lines.join("\n");
}
