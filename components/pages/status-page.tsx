import { ControlList } from "@/components/status/control-list";
import { StatusHistory } from "@/components/status/status-history";
import { env } from "@/lib/env";
import { machinePaths, statusFeedPath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { formatDate } from "@/lib/i18n/format";
import { readHistoryView } from "@/lib/status/history/view";
import { getStatusView } from "@/lib/status/page-data";
import { loadStatusConfig } from "@/lib/status/config";

export type StatusPageProps = { locale: Locale };

export async function StatusPage({ locale }: StatusPageProps) {
  const t = getMessages(locale).status;
  const h = t.history;
  const { snapshot, items } = await getStatusView(locale);
  // Read after the snapshot: the pull that made it is already in the history.
  const history = await readHistoryView(loadStatusConfig(), snapshot);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t.lead}</p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">{t.generated}</dt>
        <dd>
          <time dateTime={snapshot.generatedAt}>{formatDate(snapshot.generatedAt, locale, "dateTime")}</time>
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">{t.expires}</dt>
        <dd>
          <time dateTime={snapshot.expiresAt}>{formatDate(snapshot.expiresAt, locale, "dateTime")}</time>
        </dd>
      </dl>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {t.source}: {t.sources[snapshot.source.kind]}
      </p>
      <h2 className="mt-8 text-xl font-semibold">{t.controls}</h2>
      <ControlList
        locale={locale}
        snapshot={snapshot}
        items={items.filter((i) => i.kind === "control")}
        label={t.controls}
      />
      <h2 className="mt-8 text-xl font-semibold">{t.backups}</h2>
      <ControlList
        locale={locale}
        snapshot={snapshot}
        items={items.filter((i) => i.kind === "backup")}
        label={t.backups}
      />
      <h2 id="history" className="mt-8 text-xl font-semibold">
        {h.title}
      </h2>
      <StatusHistory locale={locale} history={history} />
      <ul className="mt-8 space-y-1 text-sm">
        <li>
          {t.machine}{" "}
          <a className="underline" href={machinePaths.statusJson}>
            {machinePaths.statusJson}
          </a>
        </li>
        <li>
          {h.json}{" "}
          <a className="underline" href={machinePaths.historyJson}>
            {machinePaths.historyJson}
          </a>
        </li>
        <li>
          <a className="underline" href={statusFeedPath(locale)} type="application/atom+xml">
            {h.feed}
          </a>
        </li>
        {env.STATUS_SIGNING_KEY ? (
          <li>
            {h.signed}{" "}
            <a className="underline" href={machinePaths.statusJws}>
              {machinePaths.statusJws}
            </a>{" "}
            (
            <a className="underline" href={machinePaths.jwks}>
              {h.keys}
            </a>
            )
          </li>
        ) : null}
      </ul>
    </div>
  );
}
