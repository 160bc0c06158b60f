import { z } from "zod";

// Read and validated once; a bad value stops the build or server with the variable's name.
const schema = z.object({
  SITE_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
});

function readEnv() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variable(s):\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

export const env = readEnv();
