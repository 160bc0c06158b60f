import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// A recording: every response one pull received, in order, as AWS sent it. The demo is one
// (content/status-demo/), `npm run status:check -- --record DIR` writes one, and
// STATUS_SOURCE=replay STATUS_REPLAY=DIR serves a site from one.
//
//   DIR/recording.json            the index below
//   DIR/0001-DescribeConfigRules.json, …   each response body (AWS JSON 1.1, errors included)
//
// Times in bodies are templates relative to `recordedAt` (template.ts), so a replay shows the
// ages the recording saw. Request inputs are kept to match a replayed request to its response.

export const RECORDING_INDEX = "recording.json";
export const RECORDING_FORMAT = "trust-center/aws-config-recording";

const exchange = z.strictObject({
  operation: z.string().regex(/^[A-Z][A-Za-z]+$/),
  /** The request body (JSON), NextToken and all. */
  input: z.record(z.string(), z.unknown()),
  status: z.number().int(),
  /** File of the response body, beside the index. */
  body: z.string().regex(/^[\w.-]+\.json$/),
});

export const recordingSchema = z.strictObject({
  format: z.literal(RECORDING_FORMAT),
  version: z.literal(1),
  recordedAt: z.iso.datetime({ offset: true }),
  region: z.string(),
  aggregator: z.string().nullable(),
  /** True when account ids, ARNs, resource ids, annotations and tokens were replaced by placeholders. */
  anonymized: z.boolean(),
  exchanges: z.array(exchange),
});

export type Recording = z.infer<typeof recordingSchema>;
export type Exchange = z.infer<typeof exchange>;
/** An exchange with its body text, as captured or as read back. */
export type RecordedExchange = Omit<Exchange, "body"> & { body: string };

export class RecordingError extends Error {
  override name = "RecordingError";
}

export function readRecording(dir: string): { recording: Recording; bodies: Map<string, string> } {
  const indexFile = path.join(dir, RECORDING_INDEX);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(indexFile, "utf8"));
  } catch (error) {
    throw new RecordingError(`${indexFile}: cannot read a recording: ${(error as Error).message}`);
  }
  const parsed = recordingSchema.safeParse(data);
  if (!parsed.success)
    throw new RecordingError(
      `${indexFile} is not a recording: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  const bodies = new Map(parsed.data.exchanges.map((e) => [e.body, readFileSync(path.join(dir, e.body), "utf8")]));
  return { recording: parsed.data, bodies };
}

/** Writes bodies first and the index last (renamed into place), so a reader never sees half a recording. */
export function writeRecording(
  dir: string,
  meta: Omit<Recording, "format" | "version" | "exchanges">,
  exchanges: RecordedExchange[],
): Recording {
  mkdirSync(dir, { recursive: true });
  const index: Recording = { format: RECORDING_FORMAT, version: 1, ...meta, exchanges: [] };
  exchanges.forEach((e, i) => {
    const file = `${String(i + 1).padStart(4, "0")}-${e.operation}.json`;
    writeFileSync(path.join(dir, file), `${pretty(e.body)}\n`);
    index.exchanges.push({ operation: e.operation, input: e.input, status: e.status, body: file });
  });
  const temporary = path.join(dir, `${RECORDING_INDEX}.tmp`);
  writeFileSync(temporary, `${JSON.stringify(index, null, 2)}\n`);
  renameSync(temporary, path.join(dir, RECORDING_INDEX));
  return index;
}

function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** Canonical JSON (sorted keys): the same request matches however its members were ordered. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
