// Plain-text rendering of the bench results, as Markdown tables so they paste into the README.
import type { BudgetCheck, RouteMeasurement } from "./budgets.mjs";

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function routeTable(routes: RouteMeasurement[], floorBytes: number): string {
  const rows = routes.map(({ route, lighthouse: lh, firstLoadBytes }) => [
    `\`${route}\``,
    String(lh.scores.performance),
    String(lh.scores.accessibility),
    String(lh.scores["best-practices"]),
    String(lh.scores.seo),
    ms(lh.lcpMs),
    ms(lh.tbtMs),
    lh.cls.toFixed(3),
    kB(lh.transferredBytes),
    kB(firstLoadBytes),
    `${(firstLoadBytes / floorBytes).toFixed(2)}`,
  ]);
  rows.push(["blank App Router page (floor)", "", "", "", "", "", "", "", "", kB(floorBytes), "1.00"]);
  return markdownTable(["route", "perf", "a11y", "best pr.", "SEO", "LCP", "TBT", "CLS", "transferred", "first-load JS (gzip)", "× floor"], rows);
}

export function htmlTable(route: string, htmlBytes: number, textBytes: number): string {
  return markdownTable(["page", "HTML", "visible text", "HTML / text"], [[`\`${route}\``, kB(htmlBytes), kB(textBytes), `${(htmlBytes / textBytes).toFixed(1)} ×`]]);
}

export function budgetLines(checks: BudgetCheck[]): string {
  const unmet = checks.filter((c) => !c.pass);
  const lines = checks.map((c) => `${c.pass ? "pass" : "FAIL"}  ${c.route}  ${c.budget}: ${c.detail}`);
  lines.push(unmet.length ? `${unmet.length} of ${checks.length} budgets unmet.` : `All ${checks.length} budgets met.`);
  return lines.join("\n");
}
