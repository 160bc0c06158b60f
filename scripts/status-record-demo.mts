// `npm run status:record-demo`: rewrites content/status-demo/ from the demo account
// (test/aws-config-server/accounts/demo.json) and the current content/controls.yaml.
import { rmSync } from "node:fs";
import { recordDemo } from "../test/aws-config-server/record-demo";

const dir = "content/status-demo";
rmSync(dir, { recursive: true, force: true });
await recordDemo(dir);
console.log(`Wrote ${dir}/`);
