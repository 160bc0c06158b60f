import base from "./playwright.config";
export default { ...base, webServer: undefined, testDir: "e2e", workers: 1 };
