import type { Locale } from "@/lib/i18n";
import type { RecorderProblem, StatusErrorCode, StatusReason, StatusState } from "./types";

// Status in words, per locale. Short: these sit next to the sentence they support.

// Made once per locale: making a formatter costs far more than using it.
const TAG: Record<Locale, string> = { en: "en-GB", zh: "zh-CN" };
const TIME = { en: timeFormat("en"), zh: timeFormat("zh") };
const DATE_TIME = { en: dateTimeFormat("en"), zh: dateTimeFormat("zh") };

function timeFormat(locale: Locale) {
  return new Intl.DateTimeFormat(TAG[locale], { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC" });
}

function dateTimeFormat(locale: Locale) {
  return new Intl.DateTimeFormat(TAG[locale], { dateStyle: "medium", timeStyle: "short", hour12: false, timeZone: "UTC" });
}

export function formatTime(iso: string, locale: Locale): string {
  return `${TIME[locale].format(new Date(iso))} UTC`;
}

export function formatDateTime(iso: string, locale: Locale): string {
  return `${DATE_TIME[locale].format(new Date(iso))} UTC`;
}

function span(minutes: number, locale: Locale): string {
  if (minutes < 120) return locale === "zh" ? `${minutes} 分钟` : `${minutes} min`;
  const hours = Math.round((minutes / 60) * 10) / 10;
  if (hours < 48) return locale === "zh" ? `${hours} 小时` : `${hours} h`;
  const days = Math.round(hours / 24);
  return locale === "zh" ? `${days} 天` : `${days} days`;
}

const STATE: Record<Locale, Record<StatusState, string>> = {
  en: { passing: "Passing", failing: "Failing", unknown: "Unknown", stale: "Stale" },
  zh: { passing: "通过", failing: "未通过", unknown: "未知", stale: "已过期" },
};

export function stateLabel(state: StatusState, locale: Locale): string {
  return STATE[locale][state];
}

const ERROR: Record<Locale, Record<StatusErrorCode, string>> = {
  en: {
    throttled: "AWS Config throttled our requests", denied: "access to AWS Config was denied", timeout: "AWS Config did not answer in time",
    unreachable: "the status source was unreachable", server: "AWS Config returned an error", malformed: "AWS Config sent an unreadable answer",
    not_found: "the rule or aggregator was not found", incomplete: "AWS Config's answer was incomplete", invalid: "the status data was invalid",
  },
  zh: {
    throttled: "AWS Config 限制了请求频率", denied: "无权访问 AWS Config", timeout: "AWS Config 未能及时响应",
    unreachable: "无法连接状态数据源", server: "AWS Config 返回错误", malformed: "AWS Config 返回的数据无法解析",
    not_found: "找不到对应的规则或聚合器", incomplete: "AWS Config 返回的数据不完整", invalid: "状态数据无效",
  },
};

const RECORDER: Record<Locale, Record<RecorderProblem, (type: string) => string>> = {
  en: {
    not_recorded: (type) => `AWS Config's recorder does not record ${type}, so it cannot show recent backups`,
    stopped: (type) => `AWS Config's recorder is stopped, so it cannot show recent ${type} backups`,
    failing: (type) => `AWS Config's recorder is failing, so it cannot show recent ${type} backups`,
    no_recorder: (type) => `AWS Config has no configuration recorder, so it cannot show ${type} backups`,
    daily: (type) => `AWS Config records ${type} only daily, so a recent backup may not be visible yet`,
  },
  zh: {
    not_recorded: (type) => `AWS Config 的配置记录器未记录 ${type}，因此无法显示近期备份`,
    stopped: (type) => `AWS Config 的配置记录器已停止，因此无法显示近期的 ${type} 备份`,
    failing: (type) => `AWS Config 的配置记录器运行出错，因此无法显示近期的 ${type} 备份`,
    no_recorder: (type) => `AWS Config 没有配置记录器，因此无法显示 ${type} 备份`,
    daily: (type) => `AWS Config 每天只记录一次 ${type}，近期的备份可能尚未显示`,
  },
};

/** One sentence saying why an item has its state. */
export function describeReason(reason: StatusReason, locale: Locale): string {
  const zh = locale === "zh";
  switch (reason.code) {
    case "rules_compliant": return zh ? `${reason.rules} 条 AWS Config 规则均合规` : `${reason.rules} of ${reason.rules} AWS Config rules compliant`;
    case "rules_non_compliant": return zh ? `${reason.rules} 条规则中有 ${reason.failing} 条不合规` : `${reason.failing} of ${reason.rules} rules non-compliant`;
    case "pack_score": return zh ? `一致性包合规得分 ${reason.score}%` : `conformance pack score ${reason.score}%`;
    case "no_data": return zh ? `AWS Config 尚无评估结果` : `AWS Config has no evaluation result yet`;
    case "rule_missing": return zh ? `${reason.rules} 条规则在 AWS Config 中不存在` : `${reason.rules} rule${reason.rules > 1 ? "s" : ""} not found in AWS Config`;
    case "evaluation_error": return zh ? `规则评估出错` : `the rule's last evaluation failed`;
    case "evaluation_old": return zh ? `最近一次评估于 ${formatDateTime(reason.at, locale)}，已过时` : `last evaluated ${formatDateTime(reason.at, locale)}, too long ago`;
    case "recovery_point_fresh": return zh ? `最新恢复点距检查时 ${span(reason.ageMinutes, locale)}（承诺不超过 ${span(reason.maxAgeMinutes, locale)}）` : `newest recovery point ${span(reason.ageMinutes, locale)} old (promised ${span(reason.maxAgeMinutes, locale)})`;
    case "recovery_point_late": return zh ? `延迟：最新恢复点已有 ${span(reason.ageMinutes, locale)}（承诺不超过 ${span(reason.maxAgeMinutes, locale)}）` : `late: newest recovery point ${span(reason.ageMinutes, locale)} old (promised ${span(reason.maxAgeMinutes, locale)})`;
    case "no_recovery_point": return zh ? `AWS Config 中没有记录到恢复点` : `AWS Config has recorded no recovery point`;
    case "weaker_evidence": return zh ? `AWS Config 仅能确认 ${span(reason.verifiedMinutes, locale)} 内有恢复点，不足以证明 ${span(reason.maxAgeMinutes, locale)} 的承诺` : `AWS Config confirms a recovery point within ${span(reason.verifiedMinutes, locale)} only, not the promised ${span(reason.maxAgeMinutes, locale)}`;
    case "rule_verifies": return zh ? `AWS Config 确认 ${span(reason.verifiedMinutes, locale)} 内有恢复点` : `AWS Config confirms a recovery point within ${span(reason.verifiedMinutes, locale)}`;
    case "rule_contradicts": return zh ? `延迟：${span(reason.verifiedMinutes, locale)} 内没有恢复点（承诺 ${span(reason.maxAgeMinutes, locale)}）` : `late: no recovery point within ${span(reason.verifiedMinutes, locale)} (promised ${span(reason.maxAgeMinutes, locale)})`;
    case "plan_frequency_low": return zh ? `备份计划的频率低于承诺的 ${span(reason.maxAgeMinutes, locale)}` : `the backup plan runs less often than the promised ${span(reason.maxAgeMinutes, locale)}`;
    case "source_error": return zh ? `${ERROR.zh[reason.error]}（自 ${formatTime(reason.since, locale)} 起）` : `${ERROR.en[reason.error]} since ${formatTime(reason.since, locale)}`;
    case "snapshot_stale": return zh ? `状态数据生成于 ${formatDateTime(reason.generatedAt, locale)}，已过期` : `status from ${formatDateTime(reason.generatedAt, locale)} is out of date`;
    case "not_configured": return zh ? `未配置证据来源` : `no evidence source configured`;
    case "recorder_gap": return RECORDER[locale][reason.problem](reason.resourceType);
  }
}
