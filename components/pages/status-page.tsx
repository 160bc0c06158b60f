import { ControlList } from "@/components/status/control-list";
import { StatusHistory } from "@/components/status/status-history";
import { env } from "@/lib/env";
import { statusFeedPath, type Locale } from "@/lib/i18n";
import { formatDateTime } from "@/lib/status/describe";
import { readHistoryView } from "@/lib/status/history/view";
import { statusMessages } from "@/lib/status/messages";
import { getStatusView } from "@/lib/status/page-data";
import { loadStatusConfig } from "@/lib/status/config";

export type StatusPageProps = { locale: Locale };

const TEXT = {
  en: {
    title: "Live status",
    lead: "Each item below is checked against AWS Config, and shows what AWS Config reported and when. Nothing is shown as passing without evidence: missing, late, old or unreadable data is shown as such.",
    controls: "Controls",
    backups: "Backup freshness",
    generated: "Status taken",
    expires: "Shown as stale after",
    machine: "The same status, for machines:",
    source: { aws: "Source: AWS Config", demo: "Source: AWS Config, recorded demo data", replay: "Source: AWS Config, a recording replayed", file: "Source: AWS Config, snapshot pulled by the site's pipeline" },
  },
  zh: {
    title: "实时状态",
    lead: "以下每一项都依据 AWS Config 进行检查，并显示 AWS Config 报告的内容及时间。没有证据的项目绝不会显示为通过：数据缺失、延迟、过时或无法读取时，都会如实标明。",
    controls: "控制措施",
    backups: "备份新鲜度",
    generated: "状态获取时间",
    expires: "过期时间",
    machine: "供程序读取的同一状态：",
    source: { aws: "数据来源：AWS Config", demo: "数据来源：AWS Config（演示数据）", replay: "数据来源：AWS Config（回放的录制数据）", file: "数据来源：AWS Config（由发布流水线拉取的快照）" },
  },
};

export async function StatusPage({ locale }: StatusPageProps) {
  const t = TEXT[locale];
  const h = statusMessages(locale);
  const { snapshot, items } = await getStatusView(locale);
  // Read after the snapshot: the pull that made it is already in the history.
  const history = await readHistoryView(loadStatusConfig(), snapshot);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t.lead}</p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">{t.generated}</dt>
        <dd><time dateTime={snapshot.generatedAt}>{formatDateTime(snapshot.generatedAt, locale)}</time></dd>
        <dt className="text-slate-600 dark:text-slate-400">{t.expires}</dt>
        <dd><time dateTime={snapshot.expiresAt}>{formatDateTime(snapshot.expiresAt, locale)}</time></dd>
      </dl>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t.source[snapshot.source.kind]}</p>
      <h2 className="mt-8 text-xl font-semibold">{t.controls}</h2>
      <ControlList locale={locale} snapshot={snapshot} items={items.filter((i) => i.kind === "control")} label={t.controls} />
      <h2 className="mt-8 text-xl font-semibold">{t.backups}</h2>
      <ControlList locale={locale} snapshot={snapshot} items={items.filter((i) => i.kind === "backup")} label={t.backups} />
      <h2 id="history" className="mt-8 text-xl font-semibold">{h.historyTitle}</h2>
      <StatusHistory locale={locale} history={history} />
      <ul className="mt-8 space-y-1 text-sm">
        <li>{t.machine} <a className="underline" href="/status.json">/status.json</a></li>
        <li>{h.historyJson} <a className="underline" href="/status/history.json">/status/history.json</a></li>
        <li><a className="underline" href={statusFeedPath(locale)} type="application/atom+xml">{h.feed}</a></li>
        {env.STATUS_SIGNING_KEY ? (
          <li>{h.signed} <a className="underline" href="/status.jws">/status.jws</a> (<a className="underline" href="/.well-known/jwks.json">{h.keys}</a>)</li>
        ) : null}
      </ul>
    </div>
  );
}
