import { describe, expect, it } from "vitest";
import { describeReason } from "./describe";
import type { RecorderProblem } from "./types";

describe("a recorder gap, as the reader is told it", () => {
  const problems: RecorderProblem[] = ["not_recorded", "stopped", "failing", "no_recorder", "daily"];

  it("names the resource type and the problem, in English and Chinese", () => {
    const reason = (problem: RecorderProblem) =>
      ({ code: "recorder_gap", resourceType: "AWS::Backup::RecoveryPoint", problem }) as const;
    expect(describeReason(reason("not_recorded"), "en")).toBe(
      "AWS Config's recorder does not record AWS::Backup::RecoveryPoint, so it cannot show recent backups",
    );
    expect(describeReason(reason("not_recorded"), "zh")).toBe(
      "AWS Config 的配置记录器未记录 AWS::Backup::RecoveryPoint，因此无法显示近期备份",
    );
    expect(describeReason(reason("stopped"), "zh")).toContain("已停止");
    for (const problem of problems) {
      expect(describeReason(reason(problem), "en")).toContain("AWS::Backup::RecoveryPoint");
      // Chinese text carries no English words but the names it quotes.
      expect(describeReason(reason(problem), "zh").replace(/AWS::Backup::RecoveryPoint|AWS Config/g, "")).not.toMatch(
        /[A-Za-z]{2,}/,
      );
    }
  });
});
