import { getMessages } from "@/lib/i18n/catalogue";
import { fill, formatDate, plural } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { StatusReason, StatusState } from "./types";

// Status in words, per locale (the catalogue's status texts). Short: these sit next to the
// sentence they support.

/** A duration as the reader counts it: minutes under two hours, hours under two days, then days. */
function span(minutes: number, locale: Locale): string {
  const units = getMessages(locale).status.units;
  if (minutes < 120) return plural(units.minutes, minutes, locale);
  const hours = Math.round((minutes / 60) * 10) / 10;
  if (hours < 48) return plural(units.hours, hours, locale);
  return plural(units.days, Math.round(hours / 24), locale);
}

export function stateLabel(state: StatusState, locale: Locale): string {
  return getMessages(locale).status.states[state];
}

/** One sentence saying why an item has its state. */
export function describeReason(reason: StatusReason, locale: Locale): string {
  const t = getMessages(locale).status;
  const say = (template: string, values: Record<string, string | number> = {}) => fill(template, values, locale);
  const dateTime = (iso: string) => formatDate(iso, locale, "dateTime");
  switch (reason.code) {
    case "rules_compliant":
      return say(t.reasons.rules_compliant, { rules: reason.rules });
    case "rules_non_compliant":
      return say(t.reasons.rules_non_compliant, { rules: reason.rules, failing: reason.failing });
    case "pack_score":
      return say(t.reasons.pack_score, { score: reason.score });
    case "rule_missing":
      return plural(t.reasons.rule_missing, reason.rules, locale);
    case "evaluation_old":
      return say(t.reasons.evaluation_old, { at: dateTime(reason.at) });
    case "recovery_point_fresh":
    case "recovery_point_late":
      return say(t.reasons[reason.code], {
        age: span(reason.ageMinutes, locale),
        max: span(reason.maxAgeMinutes, locale),
      });
    case "weaker_evidence":
    case "rule_contradicts":
      return say(t.reasons[reason.code], {
        verified: span(reason.verifiedMinutes, locale),
        max: span(reason.maxAgeMinutes, locale),
      });
    case "rule_verifies":
      return say(t.reasons.rule_verifies, { verified: span(reason.verifiedMinutes, locale) });
    case "plan_frequency_low":
      return say(t.reasons.plan_frequency_low, { max: span(reason.maxAgeMinutes, locale) });
    case "source_error":
      return say(t.reasons.source_error, {
        error: t.errors[reason.error],
        since: formatDate(reason.since, locale, "time"),
      });
    case "snapshot_stale":
      return say(t.reasons.snapshot_stale, { at: dateTime(reason.generatedAt) });
    case "recorder_gap":
      return say(t.recorder[reason.problem], { type: reason.resourceType });
    case "no_data":
    case "evaluation_error":
    case "no_recovery_point":
    case "not_configured":
      return t.reasons[reason.code];
  }
}
