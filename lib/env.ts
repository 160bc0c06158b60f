import { z } from "zod";

// Read and validated once; a bad value stops the build or server with the variable's name.
const schema = z.object({
  SITE_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  /** Where the live status comes from: recorded demo data, AWS Config itself, or a pulled file. */
  STATUS_SOURCE: z.enum(["demo", "aws", "file"]).default("demo"),
  /** The snapshot `npm run status:pull` writes and the file source reads. */
  STATUS_FILE: z.string().min(1).default("status/snapshot.json"),
  /** "1": a pull fails on any AWS error instead of publishing unknowns. */
  STATUS_STRICT: z.enum(["0", "1", ""]).default("").transform((v) => v === "1"),
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variable(s):\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

export const env = readEnv();
