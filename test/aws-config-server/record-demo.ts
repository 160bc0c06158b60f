// The demo recording (content/status-demo/) is what a pull of the demo account (accounts/demo.json)
// receives, recorded with its made-up identifiers kept (the e2e leak scan looks for them) and its
// times relative to the recording. `npm run status:record-demo` writes it again after
// content/controls.yaml or the demo account changes; a unit test fails while they disagree.
import { readFileSync } from "node:fs";
import path from "node:path";
import { readConfigFacts, saveRecording } from "@/lib/aws-config";
import { factsRequestOf, parseStatusConfig, sourceSettingsOf } from "@/lib/status/config";
import { loadAccount } from "./account";
import { startAwsConfigServer } from "./server";

/** Any fixed moment: the account's times are rendered against it and made relative to it again. */
export const DEMO_RECORDED_AT = new Date(Date.UTC(2026, 10, 28, 14, 5, 0));

export async function recordDemo(dir: string): Promise<void> {
  const config = parseStatusConfig(readFileSync(path.join(process.cwd(), "content", "controls.yaml"), "utf8"));
  const server = await startAwsConfigServer(loadAccount("demo", DEMO_RECORDED_AT.getTime()));
  const saved = {
    endpoint: process.env.AWS_ENDPOINT_URL_CONFIG_SERVICE,
    key: process.env.AWS_ACCESS_KEY_ID,
    secret: process.env.AWS_SECRET_ACCESS_KEY,
  };
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_CONFIG_SERVICE: server.url,
    AWS_ACCESS_KEY_ID: "AKIDEXAMPLE",
    AWS_SECRET_ACCESS_KEY: "demo",
  });
  try {
    const settings = sourceSettingsOf(config);
    const { exchanges, failures } = await readConfigFacts(
      settings,
      factsRequestOf(config),
      { kind: "aws" },
      { capture: true },
    );
    if (failures.length > 0)
      throw new Error(
        `the demo account does not answer the pull: ${failures.map((f) => `${f.operation}: ${f.code}`).join(", ")}`,
      );
    saveRecording(dir, exchanges, settings, DEMO_RECORDED_AT, { anonymized: false });
  } finally {
    for (const [name, value] of [
      ["AWS_ENDPOINT_URL_CONFIG_SERVICE", saved.endpoint],
      ["AWS_ACCESS_KEY_ID", saved.key],
      ["AWS_SECRET_ACCESS_KEY", saved.secret],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await server.close();
  }
}
