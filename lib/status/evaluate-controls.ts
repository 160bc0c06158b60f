import type { ConfigFacts, RuleFacts } from "@/lib/aws-config/types";
import type { ControlConfig } from "./config";
import type { ControlStatus, PublicRule, StatusReason, StatusState } from "./types";

export type EvaluationContext = { facts: ConfigFacts; staleAfterMs: number };

type RuleVerdict = {
  name: string;
  state: StatusState;
  kind: "ok" | "failing" | "missing" | "error" | "no_data" | "stale";
  at: Date | undefined;
};

/** One rule's verdict. A non-compliant rule fails even when old: never softened into green. */
export function ruleVerdict(
  name: string,
  fact: RuleFacts | undefined,
  { facts, staleAfterMs }: EvaluationContext,
): RuleVerdict {
  if (!fact) return { name, state: "unknown", kind: "missing", at: undefined };
  const at = fact.evaluatedAt;
  // A rule that only runs proactively judges templates before deployment, not what is deployed.
  if (!fact.detective) return { name, state: "unknown", kind: "no_data", at };
  if (fact.compliance === "NON_COMPLIANT") return { name, state: "failing", kind: "failing", at };
  if (fact.lastError) return { name, state: "unknown", kind: "error", at };
  if (fact.compliance !== "COMPLIANT" || !at) return { name, state: "unknown", kind: "no_data", at };
  if (facts.takenAt.getTime() - at.getTime() > staleAfterMs) return { name, state: "stale", kind: "stale", at };
  return { name, state: "passing", kind: "ok", at };
}

function oldest(dates: (Date | undefined)[]): string | null {
  const known = dates.filter((d): d is Date => d !== undefined).sort((a, b) => a.getTime() - b.getTime());
  return known[0]?.toISOString() ?? null;
}

function fromRules(control: ControlConfig, ctx: EvaluationContext): ControlStatus {
  const base = { id: control.id };
  const rules = ctx.facts.rules;
  if (!rules.ok) {
    return {
      ...base,
      state: "unknown",
      evidenceAt: null,
      reason: { code: "source_error", error: rules.failure.code, since: ctx.facts.takenAt.toISOString() },
      rules: [],
    };
  }
  const verdicts = control.rules.map((name) => ruleVerdict(name, rules.value.get(name), ctx));
  const count = (kind: RuleVerdict["kind"]) => verdicts.filter((v) => v.kind === kind).length;
  const total = verdicts.length;
  const [state, reason]: [StatusState, StatusReason] = count("failing")
    ? ["failing", { code: "rules_non_compliant", failing: count("failing"), rules: total }]
    : count("missing")
      ? ["unknown", { code: "rule_missing", rules: count("missing") }]
      : count("error")
        ? ["unknown", { code: "evaluation_error", rules: count("error") }]
        : count("no_data")
          ? ["unknown", { code: "no_data", rules: count("no_data") }]
          : count("stale")
            ? ["stale", { code: "evaluation_old", at: oldest(verdicts.map((v) => v.at)) ?? "" }]
            : ["passing", { code: "rules_compliant", rules: total }];
  const publicRules: PublicRule[] = control.publicRuleNames
    ? verdicts.map((v) => ({ name: v.name, state: v.state }))
    : [];
  return { ...base, state, evidenceAt: oldest(verdicts.map((v) => v.at)), reason, rules: publicRules };
}

function fromPack(control: ControlConfig, pack: string, ctx: EvaluationContext): ControlStatus {
  const fetched = ctx.facts.packs.get(pack);
  const at = ctx.facts.takenAt.toISOString();
  if (!fetched || !fetched.ok) {
    const error = fetched && !fetched.ok ? fetched.failure.code : "not_found";
    return {
      id: control.id,
      state: "unknown",
      evidenceAt: null,
      reason: { code: "source_error", error, since: at },
      rules: [],
    };
  }
  const { compliance, score } = fetched.value;
  const state: StatusState =
    compliance === "NON_COMPLIANT" ? "failing" : compliance === "COMPLIANT" ? "passing" : "unknown";
  const reason: StatusReason =
    score !== undefined
      ? { code: "pack_score", score, compliant: state === "passing" }
      : state === "unknown"
        ? { code: "no_data", rules: fetched.value.rules.length }
        : state === "failing"
          ? { code: "rules_non_compliant", failing: 1, rules: 1 }
          : { code: "rules_compliant", rules: fetched.value.rules.length };
  return { id: control.id, state, evidenceAt: at, reason, rules: [] };
}

/** A control with both a pack and rules takes the worse of the two. */
export function controlStatus(control: ControlConfig, ctx: EvaluationContext): ControlStatus {
  const parts = [
    ...(control.rules.length > 0 ? [fromRules(control, ctx)] : []),
    ...(control.conformancePack ? [fromPack(control, control.conformancePack, ctx)] : []),
  ];
  const rank: StatusState[] = ["passing", "stale", "unknown", "failing"];
  return parts.reduce((a, b) =>
    rank.indexOf(b.state) > rank.indexOf(a.state)
      ? { ...b, rules: [...a.rules, ...b.rules] }
      : { ...a, rules: [...a.rules, ...b.rules] },
  );
}
