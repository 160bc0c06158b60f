import type { Locale } from "@/lib/i18n";
import type { DayState } from "./history/timeline";

// Text of the status history, per locale; a key missing in either is a type error.
const en = {
  historyTitle: "The last 90 days",
  historyLead: "Each bar is one day (UTC), in the worst state AWS Config showed that day. Every pull is kept for 400 days.",
  dayStates: { passing: "passing", failing: "failing", unknown: "unknown", stale: "stale", no_data: "no data" } satisfies Record<DayState, string>,
  legend: "Key",
  listSeparator: ", ",
  dayTitle: (date: string, state: string) => `${date}: ${state}`,
  barLabel: (title: string, counts: string) => `${title}, last 90 days: ${counts}`,
  share: (percent: string) => `passing with evidence ${percent} of the time`,
  shareSince: (percent: string, since: string) => `passing with evidence ${percent} of the time since ${since}`,
  shareNone: "not enough history yet to say how often it passed",
  changesCount: (count: number) => `State changes (${count})`,
  noChanges: "No state changes in this period.",
  change: (from: string, to: string) => `${from} → ${to}`,
  feed: "State changes as an Atom feed",
  historyJson: "The same history, for machines:",
  signed: "A signed copy of the current status (JWS), to archive and verify later:",
  keys: "public key",
};

export type StatusMessages = typeof en;

const zh: StatusMessages = {
  historyTitle: "最近 90 天",
  historyLead: "每个色块代表一天（UTC），显示 AWS Config 当天呈现的最差状态。每次拉取的结果保存 400 天。",
  dayStates: { passing: "通过", failing: "未通过", unknown: "未知", stale: "已过期", no_data: "无数据" },
  legend: "图例",
  listSeparator: "，",
  dayTitle: (date, state) => `${date}：${state}`,
  barLabel: (title, counts) => `${title}，最近 90 天：${counts}`,
  share: (percent) => `有证据表明通过的时间占 ${percent}`,
  shareSince: (percent, since) => `自 ${since} 起，有证据表明通过的时间占 ${percent}`,
  shareNone: "历史记录尚不足以计算通过时间占比",
  changesCount: (count) => `状态变化（${count}）`,
  noChanges: "此期间没有状态变化。",
  change: (from, to) => `${from} → ${to}`,
  feed: "状态变化的 Atom 订阅源",
  historyJson: "供程序读取的同一历史记录：",
  signed: "当前状态的签名副本（JWS），可存档并在日后验证：",
  keys: "公钥",
};

const messages: Record<Locale, StatusMessages> = { en, zh };

export function statusMessages(locale: Locale): StatusMessages {
  return messages[locale];
}
