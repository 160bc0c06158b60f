import { sectionPath, type Locale } from "@/lib/i18n/locales";
import type { StatusConfig } from "./config";
import type { PublicRule, StatusReason, StatusSnapshot, StatusState } from "./types";

// The snapshot joined with the operator's titles and claims, ready for a widget.
export type StatusItem = {
  id: string;
  kind: "control" | "backup";
  title: string;
  /** The whitepaper sentence this evidence supports. */
  claimHref: string | undefined;
  state: StatusState;
  reason: StatusReason;
  evidenceAt: string | null;
  rules: PublicRule[];
  /** A second fact worth saying, such as a Config rule that checks less than the claim. */
  note?: StatusReason;
};

function claimHref(claim: string | undefined, locale: Locale): string | undefined {
  if (!claim) return undefined;
  const [section = "", anchor] = claim.split("#");
  return `${sectionPath(locale, section)}${anchor ? `#${anchor}` : ""}`;
}

export function statusItems(snapshot: StatusSnapshot, config: StatusConfig, locale: Locale): StatusItem[] {
  const controls = config.controls.flatMap((c): StatusItem[] => {
    const s = snapshot.controls.find((x) => x.id === c.id);
    return s
      ? [
          {
            id: c.id,
            kind: "control",
            title: c.title[locale],
            claimHref: claimHref(c.claim, locale),
            state: s.state,
            reason: s.reason,
            evidenceAt: s.evidenceAt,
            rules: s.rules,
          },
        ]
      : [];
  });
  const backups = config.backups.flatMap((b): StatusItem[] => {
    const s = snapshot.backups.find((x) => x.id === b.id);
    if (!s) return [];
    const weaker = s.verifiedWithinMinutes !== null && s.reason.code !== "weaker_evidence";
    const note: StatusReason | undefined = weaker
      ? { code: "weaker_evidence", verifiedMinutes: s.verifiedWithinMinutes ?? 0, maxAgeMinutes: s.maxAgeMinutes }
      : undefined;
    return [
      {
        id: b.id,
        kind: "backup",
        title: b.title[locale],
        claimHref: claimHref(b.claim, locale),
        state: s.state,
        reason: s.reason,
        evidenceAt: s.evidenceAt,
        rules: [],
        ...(note ? { note } : {}),
      },
    ];
  });
  return [...controls, ...backups];
}

export function countByState(items: StatusItem[]): Record<StatusState, number> {
  const counts: Record<StatusState, number> = { passing: 0, failing: 0, unknown: 0, stale: 0 };
  for (const item of items) counts[item.state]++;
  return counts;
}
