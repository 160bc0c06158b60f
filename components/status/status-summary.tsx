import { statusPath, type Locale } from "@/lib/i18n";
import { stateLabel } from "@/lib/status/describe";
import type { StatusSnapshot, StatusState } from "@/lib/status/types";
import { countByState, type StatusItem } from "@/lib/status/view";
import { ControlList } from "./control-list";

export type StatusSummaryProps = { locale: Locale; snapshot: StatusSnapshot; items: StatusItem[] };

const TEXT = {
  en: {
    title: "Live status",
    lead: "What AWS Config reports now about the controls and backups this page describes.",
    all: "Full status and history",
    source: "Source",
    kinds: { aws: "AWS Config", demo: "AWS Config (demo data)", replay: "AWS Config (recording replayed)", file: "AWS Config (pulled snapshot)" },
  },
  zh: {
    title: "实时状态",
    lead: "AWS Config 对本页所述控制措施和备份的最新报告。",
    all: "查看完整状态",
    source: "数据来源",
    kinds: { aws: "AWS Config", demo: "AWS Config（演示数据）", replay: "AWS Config（回放的录制数据）", file: "AWS Config（流水线拉取的快照）" },
  },
};
const ORDER: StatusState[] = ["passing", "failing", "unknown", "stale"];

export function StatusSummary({ locale, snapshot, items }: StatusSummaryProps) {
  const t = TEXT[locale];
  const counts = countByState(items);
  return (
    <>
      <h2 id="live-status" className="text-xl font-semibold">{t.title}</h2>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t.lead}</p>
      <p className="mt-2 text-sm" data-testid="status-counts">
        {ORDER.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${stateLabel(s, locale)}`).join(" · ")}
        <span className="text-slate-600 dark:text-slate-400"> — {t.source}: {t.kinds[snapshot.source.kind]}</span>
      </p>
      <ControlList locale={locale} snapshot={snapshot} items={items} label={t.title} compact />
      <a href={statusPath(locale)} className="text-sm underline">{t.all}</a>
    </>
  );
}
