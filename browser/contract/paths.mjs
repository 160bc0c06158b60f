// @ts-check
// Where the islands (browser/islands/, built by vite.islands.config.mts) are served. Plain JavaScript
// without imports: the server, the build config, the benches and the browser code all read it.

export const ISLANDS_PATH = "/islands/";

/** @param {string} entry a vite entry's name */
export const islandScript = (entry) => `${ISLANDS_PATH}${entry}.js`;
