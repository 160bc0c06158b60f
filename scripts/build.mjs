import { buildSite, ensureDependencies } from "./lib.mjs";

ensureDependencies();
const built = buildSite();
if (built !== 0) process.exit(built);
