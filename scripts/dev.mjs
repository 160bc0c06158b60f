// `npm run dev`: Contentlayer watches content/ and regenerates, vite rebuilds lib/islands/;
// next dev reloads the page.
import { spawn } from "node:child_process";
import { bin, buildEnv, ensureDependencies, islandsBuild, runOrExit } from "./lib.mjs";

ensureDependencies();
runOrExit(bin("contentlayer2"), ["build"]);
runOrExit(...islandsBuild());
const env = buildEnv();
const children = [
  spawn(bin("contentlayer2"), ["dev"], { stdio: "inherit", env }),
  spawn(...islandsBuild(true), { stdio: "inherit", env }),
  spawn(bin("next"), ["dev"], { stdio: "inherit", env }),
];
const stop = () => children.forEach((child) => child.kill("SIGTERM"));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
children.forEach((child) => child.on("exit", (code) => { stop(); process.exit(code ?? 0); }));
