import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import type { FactsRequest, SourceSettings } from "@/lib/aws-config/types";
import { locales, type Locale } from "@/lib/i18n/locales";
import { parseDuration } from "./duration";

// content/controls.yaml: what the live status checks, edited by operators, validated strictly
// so a typo fails loudly instead of silently checking nothing.
const duration = z.string().transform((text, ctx) => {
  const ms = parseDuration(text);
  if (ms === undefined) ctx.addIssue({ code: "custom", message: `"${text}" is not a duration such as 30m, 3h or 1d` });
  return ms ?? 0;
});
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lowercase letters, digits and hyphens");
// A title in every locale the site has (lib/i18n/locales.ts).
const title = z.strictObject(
  Object.fromEntries(locales.map((l) => [l, z.string().min(1)])) as Record<Locale, z.ZodString>,
);
const ruleName = z.string().min(1).max(128);
const anchor = z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'use "section-id" or "section-id#heading-id"');

const control = z
  .strictObject({
    id,
    title,
    claim: anchor.optional(),
    rules: z.array(ruleName).default([]),
    conformancePack: z.string().min(1).optional(),
    publicRuleNames: z.boolean().default(false),
  })
  .refine((c) => c.rules.length > 0 || c.conformancePack, { message: "needs rules or a conformancePack" });

const backup = z.strictObject({
  id,
  title,
  claim: anchor.optional(),
  maxAge: duration,
  rules: z.array(ruleName).default([]),
  recoveryPoints: z
    .strictObject({
      /** AWS Backup resource types of the protected resources, e.g. RDS, Aurora, EBS, S3, DynamoDB. */
      backupResourceTypes: z.array(z.string().min(1)).default([]),
      /** Also count RDS snapshots (AWS::RDS::DBSnapshot, AWS::RDS::DBClusterSnapshot). */
      rdsSnapshots: z.boolean().default(false),
    })
    .optional(),
});

const source = z.strictObject({
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "an AWS region such as us-east-1"),
  aggregator: z.string().min(1).optional(),
  refreshInterval: duration.prefault("5m"),
  staleAfter: duration.prefault("2h"),
  requestTimeout: duration.prefault("10s"),
  maxAttempts: z.number().int().min(1).max(10).default(4),
});

// A dated log of changes to what the live status checks, listed on /changes beside the
// whitepaper's and the subprocessors' changes.
const change = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day such as 2026-11-29"),
  summary: title,
});

export const statusConfigSchema = z.strictObject({
  source,
  controls: z.array(control).default([]),
  backups: z.array(backup).default([]),
  changes: z.array(change).default([]),
});

export type StatusConfig = z.infer<typeof statusConfigSchema>;
export type ControlConfig = StatusConfig["controls"][number];
export type BackupConfig = StatusConfig["backups"][number];

export class StatusConfigError extends Error {
  override name = "StatusConfigError";
}

/** Parses and validates; throws StatusConfigError naming the file, the key path and the problem. */
export function parseStatusConfig(text: string, file = "content/controls.yaml"): StatusConfig {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new StatusConfigError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const result = statusConfigSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const where = issue.path.join(".") || "(top level)";
      const keys = issue.code === "unrecognized_keys" ? ` ${issue.keys.map((k) => `"${k}"`).join(", ")}` : "";
      return `${where}:${keys} ${issue.message}`;
    });
    throw new StatusConfigError(`${file} is invalid:\n  ${problems.join("\n  ")}`);
  }
  const ids = [...result.data.controls, ...result.data.backups].map((item) => item.id);
  const duplicate = ids.find((value, index) => ids.indexOf(value) !== index);
  if (duplicate) throw new StatusConfigError(`${file} is invalid:\n  id "${duplicate}" is used twice`);
  return result.data;
}

let cached: StatusConfig | undefined;

/** The operator config, read once per process. */
export function loadStatusConfig(): StatusConfig {
  cached ??= parseStatusConfig(readFileSync(path.join(process.cwd(), "content", "controls.yaml"), "utf8"));
  return cached;
}

/** What the provider layer is asked for this config. */
export function factsRequestOf(config: StatusConfig): FactsRequest {
  return {
    rules: config.controls.flatMap((c) => c.rules),
    backupRules: config.backups.flatMap((b) => b.rules),
    packs: config.controls.flatMap((c) => c.conformancePack ?? []),
    recoveryPoints: config.backups.flatMap((b) => (b.recoveryPoints ? [{ id: b.id, ...b.recoveryPoints }] : [])),
  };
}

export function sourceSettingsOf({ source }: StatusConfig): SourceSettings {
  return {
    region: source.region,
    aggregator: source.aggregator,
    requestTimeout: source.requestTimeout,
    maxAttempts: source.maxAttempts,
  };
}
