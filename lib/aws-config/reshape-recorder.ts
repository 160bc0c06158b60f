import "server-only";
import type { ConfigurationRecorder, ConfigurationRecorderStatus } from "@aws-sdk/client-config-service";
import { parseRow, property } from "./reshape-rows";
import type { RecorderFacts, RecordingState } from "./types";

// AWS Config only knows the recovery points and snapshots its configuration recorder records.
// Recorders (from DescribeConfigurationRecorders/-Status, or the aggregator's rows of
// AWS::Config::ConfigurationRecorder) -> whether each resource type we need is recorded now.

type Recorder = {
  recording: boolean | undefined;
  failing: boolean;
  allSupported: boolean;
  strategy: string | undefined;
  include: string[];
  exclude: string[];
  frequency: string | undefined;
  overrides: { frequency: string | undefined; types: string[] }[];
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

function records(recorder: Recorder, type: string): boolean {
  if (recorder.strategy === "EXCLUSION_BY_RESOURCE_TYPES") return !recorder.exclude.includes(type);
  if (recorder.strategy === "INCLUSION_BY_RESOURCE_TYPES") return recorder.include.includes(type);
  return (
    recorder.allSupported || recorder.strategy === "ALL_SUPPORTED_RESOURCE_TYPES" || recorder.include.includes(type)
  );
}

function stateOf(recorder: Recorder, type: string): RecordingState {
  if (!records(recorder, type)) return "not_recorded";
  if (recorder.recording === false) return "stopped";
  if (recorder.failing) return "failing";
  const override = recorder.overrides.find((o) => o.types.includes(type));
  // Daily recording makes a recovery point visible up to a day late: a "late" one may just be unseen.
  return (override?.frequency ?? recorder.frequency) === "DAILY" ? "daily" : "recorded";
}

// Which state tells the reader most, when accounts or regions differ.
const WORST: RecordingState[] = ["no_recorder", "not_recorded", "stopped", "failing", "daily", "recorded"];

function coverage(found: Recorder[], types: string[]): RecorderFacts {
  return {
    recorders: found.length,
    coverage: types.map((resourceType) => {
      if (found.length === 0) return { resourceType, state: "no_recorder" as const, gaps: 0 };
      const states = found.map((r) => stateOf(r, resourceType));
      const state = WORST.find((s) => states.includes(s)) ?? "recorded";
      return { resourceType, state, gaps: states.filter((s) => s !== "recorded").length };
    }),
  };
}

/** One account and region: its own recorders. Service-linked recorders record for their service only, not for queries. */
export function recordersOfAccount(
  settings: ConfigurationRecorder[],
  status: ConfigurationRecorderStatus[],
  types: string[],
): RecorderFacts {
  const found = settings
    .filter((r) => r.recordingScope !== "INTERNAL" && !r.servicePrincipal)
    .map((r): Recorder => {
      const s = status.find((candidate) => candidate.name === r.name);
      const group = r.recordingGroup;
      return {
        recording: s?.recording,
        failing: s?.lastStatus === "Failure",
        allSupported: group?.allSupported ?? false,
        strategy: group?.recordingStrategy?.useOnly,
        include: group?.resourceTypes ?? [],
        exclude: group?.exclusionByResourceTypes?.resourceTypes ?? [],
        frequency: r.recordingMode?.recordingFrequency,
        overrides: (r.recordingMode?.recordingModeOverrides ?? []).map((o) => ({
          frequency: o.recordingFrequency,
          types: o.resourceTypes ?? [],
        })),
      };
    });
  return coverage(found, types);
}

/**
 * An organisation, from the aggregator's configuration items of every recorder. No row at all
 * says nothing (the recorders may not record themselves), so that is "unknown", not a gap.
 */
export function recordersOfAggregate(rows: string[], types: string[], operation: string): RecorderFacts {
  if (rows.length === 0)
    return {
      recorders: 0,
      coverage: types.map((resourceType) => ({ resourceType, state: "unknown" as const, gaps: 0 })),
    };
  const found = rows.map((text): Recorder => {
    const row = parseRow(text, operation);
    const frequency = property(row, "configuration.RecordingMode.RecordingFrequency");
    const strategy = property(row, "configuration.RecordingGroup.RecordingStrategy.UseOnly");
    const recording = property(row, "configuration.Recording");
    return {
      recording: typeof recording === "boolean" ? recording : undefined,
      failing: false,
      allSupported: property(row, "configuration.RecordingGroup.AllSupported") === true,
      strategy: typeof strategy === "string" ? strategy : undefined,
      include: strings(property(row, "configuration.RecordingGroup.ResourceTypes")),
      exclude: strings(property(row, "configuration.RecordingGroup.ExclusionByResourceTypes.ResourceTypes")),
      frequency: typeof frequency === "string" ? frequency : undefined,
      overrides: [],
    };
  });
  return coverage(found, types);
}
