import { buildSite, ensureDependencies } from "./lib.mjs";

ensureDependencies();
buildSite();
