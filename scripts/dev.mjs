// `npm run dev`: Contentlayer watches content/ and regenerates, vite rebuilds browser/, next
// dev compiles pages, and a proxy in front (server/dev-proxy.mjs) serves them without Next's
// runtime, as production does, reloading open pages when anything changes.
import { spawn } from "node:child_process";
import { startDevProxy } from "../server/dev-proxy.mjs";
import { bin, buildEnv, ensureDependencies, freePort, islandsBuild, runOrExit } from "./lib.mjs";

ensureDependencies();
runOrExit(bin("contentlayer2"), ["build"]);
runOrExit(...islandsBuild());
const env = buildEnv();
const port = Number(process.env.PORT ?? 3000);
const nextPort = await freePort();
const children = [
  spawn(bin("contentlayer2"), ["dev"], { stdio: "inherit", env }),
  spawn(...islandsBuild(true), { stdio: "inherit", env }),
  spawn(bin("next"), ["dev", "-p", String(nextPort)], { stdio: "inherit", env: { ...env, PORT: String(nextPort) } }),
];
startDevProxy({
  port,
  target: nextPort,
  watched: [".contentlayer/generated", "public/islands", "app", "components", "lib"],
});
console.log(`\nTrust center (as it ships, without Next's runtime): http://localhost:${port}\n`);
const stop = () => children.forEach((child) => child.kill("SIGTERM"));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
children.forEach((child) =>
  child.on("exit", (code) => {
    stop();
    process.exit(code ?? 0);
  }),
);
