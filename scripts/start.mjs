// `npm start`: install what is missing, build, serve on http://localhost:3000.
import { buildEnv, buildSite, ensureDependencies, runOrExit } from "./lib.mjs";

ensureDependencies();
const built = buildSite();
if (built !== 0) process.exit(built);
const port = process.env.PORT ?? "3000";
console.log(`\nServing the trust center at http://localhost:${port}`);
runOrExit("node", ["scripts/serve.mjs", "-p", port], { env: buildEnv() });
