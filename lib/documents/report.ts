import Papa from "papaparse";
import type { StoredEvent } from "@/lib/store/audit";

// The access log as people read it: one row per event, the same columns in /admin's CSV export
// and `npm run access:report`.

export const DOCUMENT_EVENTS = ["request", "verify", "nda", "approve", "deny", "revoke", "download"] as const;

export type LogRow = { at: string; event: string; request: string; email: string; detail: string };

// Readers' free text (names, companies) can hold control and bidi characters: dropped, so none
// can drive a terminal or reorder a line.
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, " ");

export function logRows(events: StoredEvent[]): LogRow[] {
  return events
    .filter((e) => (DOCUMENT_EVENTS as readonly string[]).includes(e.kind))
    .map((e) => {
      const { email, ...rest } = e.data as { email?: unknown } & Record<string, unknown>;
      const detail = Object.entries(rest)
        .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
        .join(" ");
      return {
        at: e.at.toISOString(),
        event: e.kind,
        request: e.subject ?? "",
        email: typeof email === "string" ? email : "",
        detail: printable(detail),
      };
    });
}

/**
 * CSV by papaparse, with cells that a spreadsheet would run as a formula (=, +, -, @ first)
 * prefixed by an apostrophe: a name typed as "=HYPERLINK(…)" stays text.
 */
export function logCsv(rows: LogRow[]): string {
  const safe = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
  return Papa.unparse(
    rows.map((r) => ({ at: r.at, event: r.event, request: r.request, email: safe(r.email), detail: safe(r.detail) })),
    { columns: ["at", "event", "request", "email", "detail"] },
  );
}
