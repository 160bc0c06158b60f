import type { CheckRow } from "../lib/status/check/rows";

/** A plain-text table, cells wrapped to the terminal's width so long findings stay readable. */
export function printTable(rows: CheckRow[]): void {
  const width = Math.max(100, process.stdout.columns ?? 140);
  const idWidth = Math.max(...rows.map((r) => r.id.length), 5);
  const stateWidth = 8;
  const rest = width - idWidth - stateWidth - 6;
  const wrap = (text: string, size: number) =>
    (text.match(new RegExp(`.{1,${size}}(\\s|$)|\\S+`, "g")) ?? [""]).map((line) => line.trimEnd());
  console.log(`${"check".padEnd(idWidth)}  ${"state".padEnd(stateWidth)}  found / why`);
  console.log(`${"-".repeat(idWidth)}  ${"-".repeat(stateWidth)}  ${"-".repeat(Math.min(rest, 40))}`);
  for (const row of rows) {
    const lines = [...wrap(`found: ${row.found}`, rest), ...wrap(`why: ${row.why}`, rest)];
    lines.forEach((line, i) =>
      console.log(
        `${(i === 0 ? row.id : "").padEnd(idWidth)}  ${(i === 0 ? row.state : "").padEnd(stateWidth)}  ${line}`,
      ),
    );
  }
}
