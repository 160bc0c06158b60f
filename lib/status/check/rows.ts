import type { ConfigFacts, RuleFacts } from "@/lib/aws-config";
import type { StatusConfig } from "../config";
import { describeReason } from "../describe";
import { minutes } from "../duration";
import type { StatusSnapshot } from "../types";

// One row per control and backup target: what AWS Config held, the state the site would publish, and why.

export type CheckRow = { id: string; kind: "control" | "backup"; found: string; state: string; why: string };

const age = (from: Date | undefined, at: Date) =>
  from ? `${minutes(at.getTime() - from.getTime())} min ago` : "never";

function ruleText(name: string, facts: ConfigFacts): string {
  if (!facts.rules.ok) return `${name}: unread`;
  const fact: RuleFacts | undefined = facts.rules.value.get(name);
  if (!fact) return `${name}: missing`;
  return `${name}: ${fact.compliance ?? "no result"}, evaluated ${age(fact.evaluatedAt, facts.takenAt)}`;
}

function pointsText(id: string, facts: ConfigFacts): string[] {
  const fetched = facts.recoveryPoints.get(id);
  if (!fetched) return [];
  if (!fetched.ok) return [`recovery points unread (${fetched.failure.operation}: ${fetched.failure.code})`];
  return fetched.value.types.map(
    (t) =>
      `${t.resourceType}: ${t.read} read, newest usable ${t.newest ? `${minutes(facts.takenAt.getTime() - t.newest.createdAt.getTime())} min old` : "none"}`,
  );
}

export function checkRows(config: StatusConfig, facts: ConfigFacts, snapshot: StatusSnapshot): CheckRow[] {
  const controls = config.controls.map((c): CheckRow => {
    const s = snapshot.controls.find((x) => x.id === c.id);
    const found = [
      ...c.rules.map((r) => ruleText(r, facts)),
      ...(c.conformancePack ? [`pack ${c.conformancePack}`] : []),
    ].join("; ");
    return {
      id: c.id,
      kind: "control",
      found,
      state: s?.state ?? "unknown",
      why: s ? describeReason(s.reason, "en") : "",
    };
  });
  const backups = config.backups.map((b): CheckRow => {
    const s = snapshot.backups.find((x) => x.id === b.id);
    const found = [...pointsText(b.id, facts), ...b.rules.map((r) => ruleText(r, facts))].join("; ");
    return {
      id: b.id,
      kind: "backup",
      found,
      state: s?.state ?? "unknown",
      why: s ? describeReason(s.reason, "en") : "",
    };
  });
  return [...controls, ...backups];
}

/** Evidence on every widget: each would show passing or failing, not unknown or stale. */
export const everyWidgetHasEvidence = (rows: CheckRow[]) =>
  rows.every((r) => r.state === "passing" || r.state === "failing");
