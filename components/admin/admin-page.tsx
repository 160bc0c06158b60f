import { buttonClass, inputClass, secondaryButtonClass } from "@/components/documents/ui";
import type { GrantRow, PendingRequest } from "@/lib/documents/admin";
import type { LogRow } from "@/lib/documents/report";
import { DOCUMENT_EVENTS } from "@/lib/documents/report";

// /admin, for approvers only, in English (the approvers' list does not say what they read).
// Every action is a plain form post carrying the session's CSRF token.

export type AdminPageProps = {
  email: string;
  csrf: string;
  grantDays: number;
  pending: PendingRequest[];
  grants: GrantRow[];
  log: LogRow[];
  kind?: string;
};

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function Action({
  csrf,
  action,
  id,
  children,
}: {
  csrf: string;
  action: string;
  id: string;
  children: React.ReactNode;
}) {
  return (
    <form method="post" action="/api/admin/action" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="id" value={id} />
      {children}
    </form>
  );
}

export function AdminPage({ email, csrf, grantDays, pending, grants, log, kind }: AdminPageProps) {
  return (
    <div className="mx-auto max-w-5xl">
      <h1 className="text-3xl font-bold tracking-tight">Document access</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Signed in as {email}.</p>
      <h2 className="mt-8 text-xl font-semibold">Pending requests ({pending.length})</h2>
      <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800">
        {pending.map((r) => (
          <li key={r.id} className="py-3" data-request={r.id}>
            <p>
              <strong>{r.name}</strong> &lt;{r.email}&gt;, {r.company}: {r.documentId} ({day(r.createdMs)})
            </p>
            {r.reason ? <p className="text-sm">{r.reason}</p> : null}
            <div className="mt-2 flex flex-wrap gap-4">
              <Action csrf={csrf} action="approve" id={r.id}>
                <label className="text-sm">
                  Days
                  <input name="days" type="number" min={1} max={3650} defaultValue={grantDays} className={inputClass} />
                </label>
                <button type="submit" className={buttonClass}>
                  Approve
                </button>
              </Action>
              <Action csrf={csrf} action="deny" id={r.id}>
                <button type="submit" className={secondaryButtonClass}>
                  Deny
                </button>
              </Action>
            </div>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-xl font-semibold">Current grants ({grants.length})</h2>
      <table className="mt-2 w-full text-left text-sm">
        <thead>
          <tr>
            <th>Address</th>
            <th>Company</th>
            <th>Scope</th>
            <th>Until</th>
            <th>By</th>
            <th>
              <span className="sr-only">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {grants.map((g) => (
            <tr key={g.id} data-grant={g.id}>
              <td>{g.email}</td>
              <td>{g.company}</td>
              <td>{g.scope}</td>
              <td>{day(g.expiresMs)}</td>
              <td>{g.approvedBy}</td>
              <td>
                <Action csrf={csrf} action="revoke" id={g.id}>
                  <button type="submit" className={secondaryButtonClass}>
                    Revoke
                  </button>
                </Action>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mt-8 text-xl font-semibold">Log</h2>
      <form method="get" action="/admin" className="mt-2 flex items-end gap-2">
        <label className="text-sm">
          Event
          <select name="kind" defaultValue={kind ?? ""} className={inputClass}>
            <option value="">All</option>
            {DOCUMENT_EVENTS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={secondaryButtonClass}>
          Filter
        </button>
        <a className="underline" href={`/api/admin/log.csv${kind ? `?kind=${kind}` : ""}`}>
          Export CSV
        </a>
      </form>
      <table className="mt-2 w-full text-left text-sm">
        <thead>
          <tr>
            <th>Time (UTC)</th>
            <th>Event</th>
            <th>Address</th>
            <th>Detail</th>
          </tr>
        </thead>
        <tbody>
          {log.map((row, i) => (
            <tr key={`${row.at}-${i}`}>
              <td>{row.at.slice(0, 19).replace("T", " ")}</td>
              <td>{row.event}</td>
              <td>{row.email}</td>
              <td>{row.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AdminSignIn() {
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      <p className="mt-3">Approvers get a sign-in link by email. It works once, for 15 minutes.</p>
      <form method="post" action="/api/admin/sign-in" className="mt-4 grid gap-3">
        <label htmlFor="admin-email" className="text-sm font-medium">
          Email
          <input id="admin-email" name="email" type="email" required autoComplete="email" className={inputClass} />
        </label>
        <div>
          <button type="submit" className={buttonClass}>
            Send link
          </button>
        </div>
      </form>
    </div>
  );
}
