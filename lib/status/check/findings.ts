import { iamAction, type ConfigFacts, type QueryFailure, type RecordingState } from "@/lib/aws-config";
import type { StatusConfig } from "../config";

// What stands between the operator's account and evidence on every widget, each with its fix in
// one line. For the operator only (it names rules, resource types and error codes, never ids).

export type Finding = {
  kind: "permission" | "source" | "rule" | "recorder" | "aggregator";
  problem: string;
  fix: string;
};

const SOURCE_FIX: Record<QueryFailure["code"], string> = {
  denied: "", // named per operation below
  throttled: "AWS Config throttled the pull: run it again later, or raise source.maxAttempts in content/controls.yaml",
  timeout: "AWS Config did not answer in time: check the network path, or raise source.requestTimeout",
  unreachable:
    "the AWS Config endpoint cannot be reached: check AWS_REGION, AWS_ENDPOINT_URL_CONFIG_SERVICE and the network",
  server: "AWS Config answered with a server error: run the pull again",
  malformed:
    "AWS Config's answer could not be read: run the pull again; if it persists, record it (--record) and report it",
  not_found: "",
  incomplete: "a listing broke off half-way (invalid NextToken): run the pull again",
  invalid: "AWS Config rejected the request: record it (--record) and report it",
};

function failureFinding(f: QueryFailure, config: StatusConfig): Finding {
  if (f.code === "denied")
    return {
      kind: "permission",
      problem: `${f.operation} was denied`,
      fix: `allow ${iamAction(f.operation)} in the site's IAM policy (README: "Running against a real account")`,
    };
  if (f.code === "not_found" && config.source.aggregator && /Aggregate|Aggregator/.test(f.operation)) {
    return {
      kind: "aggregator",
      problem: `the configuration aggregator "${config.source.aggregator}" does not exist here`,
      fix: `create it in ${config.source.region}, or correct source.aggregator in content/controls.yaml`,
    };
  }
  return { kind: "source", problem: `${f.operation}: ${f.code}`, fix: SOURCE_FIX[f.code] || "run the pull again" };
}

const RECORDER_FIX: Record<
  Exclude<RecordingState, "recorded" | "unknown">,
  (type: string, region: string) => string
> = {
  not_recorded: (type) =>
    `add ${type} to the configuration recorder's recording group (or record all supported resource types)`,
  stopped: (_type, region) =>
    `start the configuration recorder: aws configservice start-configuration-recorder --configuration-recorder-name <name> --region ${region}`,
  failing: () =>
    "the recorder's last status is Failure: check its IAM role and delivery channel (aws configservice describe-configuration-recorder-status)",
  no_recorder: (_type, region) => `set up AWS Config with a configuration recorder in ${region}`,
  daily: (type) => `record ${type} continuously (remove the DAILY recording mode override)`,
};

function ruleFindings(config: StatusConfig, facts: ConfigFacts): Finding[] {
  if (!facts.rules.ok) return [];
  const rules = facts.rules.value;
  const names = Array.from(
    new Set([...config.controls.flatMap((c) => c.rules), ...config.backups.flatMap((b) => b.rules)]),
  );
  return names.flatMap((name): Finding[] => {
    const fact = rules.get(name);
    if (!fact)
      return [
        {
          kind: "rule",
          problem: `rule ${name} does not exist`,
          fix: `create the AWS Config rule ${name}, or remove it from content/controls.yaml`,
        },
      ];
    if (!fact.detective)
      return [
        {
          kind: "rule",
          problem: `rule ${name} only evaluates proactively`,
          fix: `turn on the DETECTIVE evaluation mode of ${name}`,
        },
      ];
    if (fact.lastError)
      return [
        {
          kind: "rule",
          problem: `rule ${name}'s last evaluation failed (${fact.lastError})`,
          fix: `fix the rule's permissions or function, then re-evaluate it (aws configservice start-config-rules-evaluation --config-rule-names ${name})`,
        },
      ];
    if (!fact.evaluatedAt || fact.compliance === "INSUFFICIENT_DATA" || fact.compliance === undefined)
      return [
        {
          kind: "rule",
          problem: `rule ${name} has no evaluation result yet`,
          fix: `check the rule's scope matches recorded resources, then re-evaluate it`,
        },
      ];
    return [];
  });
}

export function findings(config: StatusConfig, facts: ConfigFacts, failures: QueryFailure[]): Finding[] {
  const out = failures.map((f) => failureFinding(f, config));
  out.push(...ruleFindings(config, facts));
  if (facts.recorder.ok) {
    for (const c of facts.recorder.value.coverage) {
      if (c.state === "recorded" || c.state === "unknown") continue;
      const where = c.gaps > 1 ? ` in ${c.gaps} accounts or regions` : "";
      out.push({
        kind: "recorder",
        problem: `${c.resourceType}: ${c.state.replace("_", " ")}${where}`,
        fix: RECORDER_FIX[c.state](c.resourceType, config.source.region),
      });
    }
  }
  if (facts.aggregator?.ok) {
    const { failed, outdated, sources, errors } = facts.aggregator.value;
    if (failed > 0)
      out.push({
        kind: "aggregator",
        problem: `${failed} of ${sources} aggregator sources failed to report${errors.length ? ` (${errors.join(", ")})` : ""}`,
        fix: "authorise the aggregator in those accounts and regions (or use an organisation aggregator)",
      });
    if (outdated > 0)
      out.push({
        kind: "aggregator",
        problem: `${outdated} of ${sources} aggregator sources are outdated`,
        fix: "wait for the next aggregation, or check the sources' AWS Config recorders",
      });
  }
  return out;
}
