// `npm run status:verify <file or URL> [--jwks <file or URL>]`: checks a signed snapshot
// (/status.jws) against the site's public key. For a URL the key is fetched from the same
// origin's /.well-known/jwks.json; for a file, pass --jwks (a saved copy, or the site's URL).
// Prints what the site said and when; exits 1 when the signature or the payload does not hold.
import { readFile } from "node:fs/promises";
import type { JSONWebKeySet } from "jose";
import { verifySnapshot } from "../lib/status/signing/verify";

const [target, ...rest] = process.argv.slice(2);
const jwksAt = rest.indexOf("--jwks");
const isUrl = (value: string) => /^https?:\/\//.test(value);

async function read(location: string): Promise<string> {
  if (!isUrl(location)) return readFile(location, "utf8");
  const response = await fetch(location);
  if (!response.ok) throw new Error(`${location}: HTTP ${response.status}`);
  return response.text();
}

if (!target) {
  console.error("usage: npm run status:verify -- <file or URL of status.jws> [--jwks <file or URL>]");
  process.exit(2);
}
const keysLocation =
  jwksAt >= 0 ? rest[jwksAt + 1] : isUrl(target) ? new URL("/.well-known/jwks.json", target).href : undefined;
if (!keysLocation) {
  console.error("a file needs --jwks: the site's /.well-known/jwks.json (its URL, or a saved copy)");
  process.exit(2);
}
try {
  const jwks = JSON.parse(await read(keysLocation)) as JSONWebKeySet;
  const { snapshot, kid } = await verifySnapshot(await read(target), jwks);
  console.log(`Valid: signed by key ${kid ?? "(no kid)"} from ${keysLocation}`);
  console.log(
    `Status generated ${snapshot.generatedAt} (expires ${snapshot.expiresAt}), source ${snapshot.source.kind}:`,
  );
  for (const item of [...snapshot.controls, ...snapshot.backups])
    console.log(`  ${item.id}: ${item.state} (evidence ${item.evidenceAt ?? "none"})`);
} catch (error) {
  console.error(`Not valid: ${(error as Error).message}`);
  process.exit(1);
}
