import { execFile } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { buildSnapshot } from "../snapshot";
import { config, facts, rule } from "@/test/status/builders";
import { readSigningKey } from "./keys";
import { signSnapshot } from "./sign";
import { verifySnapshot } from "./verify";

const run = promisify(execFile);
const pair = () => generateKeyPairSync("ed25519");
const pem = (key = pair().privateKey) => key.export({ type: "pkcs8", format: "pem" }).toString();
const snapshot = buildSnapshot(
  config,
  facts([rule("restricted-ssh"), rule("sg-ports"), rule("internal-rule")]),
  [],
  "aws",
);
const dir = mkdtempSync(path.join(tmpdir(), "jws-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("signed snapshots", () => {
  it("read a PKCS#8 PEM or a private JWK, and publish only the public half", async () => {
    const { privateKey } = pair();
    const fromPem = await readSigningKey(pem(privateKey));
    const fromJwk = await readSigningKey(JSON.stringify(privateKey.export({ format: "jwk" })));
    expect(fromPem.publicJwk).toEqual(fromJwk.publicJwk);
    expect(fromPem.publicJwk).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig" });
    expect(fromPem.publicJwk).not.toHaveProperty("d");
    await expect(readSigningKey(pem().replace(/\n/g, "\\n"))).resolves.toBeDefined();
    await expect(
      readSigningKey(
        generateKeyPairSync("ec", { namedCurve: "P-256" })
          .privateKey.export({ type: "pkcs8", format: "pem" })
          .toString(),
      ),
    ).rejects.toThrow(/STATUS_SIGNING_KEY/);
  });

  it("verify with the published key, and not with another or once changed", async () => {
    const key = await readSigningKey(pem());
    const jws = await signSnapshot(snapshot, key);
    expect(jws.split(".")).toHaveLength(3);
    const { snapshot: verified, kid } = await verifySnapshot(jws, { keys: [key.publicJwk] });
    expect(verified.generatedAt).toBe(snapshot.generatedAt);
    expect(verified.controls).toEqual(snapshot.controls);
    expect(kid).toBe(key.publicJwk.kid);
    const other = await readSigningKey(pem());
    await expect(verifySnapshot(jws, { keys: [{ ...other.publicJwk, kid: key.publicJwk.kid }] })).rejects.toThrow(
      /does not verify/,
    );
    const [header, payload, signature] = jws.split(".");
    const forged = Buffer.from(
      JSON.stringify({ ...snapshot, controls: snapshot.controls.map((c) => ({ ...c, state: "failing" })) }),
    ).toString("base64url");
    await expect(verifySnapshot(`${header}.${forged}.${signature}`, { keys: [key.publicJwk] })).rejects.toThrow(
      /does not verify/,
    );
    expect(payload).toBeDefined();
  });

  it("npm run status:verify checks a saved file against a saved key set", async () => {
    const key = await readSigningKey(pem());
    const jwsFile = path.join(dir, "status.jws");
    const jwksFile = path.join(dir, "jwks.json");
    writeFileSync(jwsFile, await signSnapshot(snapshot, key));
    writeFileSync(jwksFile, JSON.stringify({ keys: [key.publicJwk] }));
    const ok = await run("node_modules/.bin/tsx", ["scripts/status-verify.mts", jwsFile, "--jwks", jwksFile]);
    expect(ok.stdout).toContain(`Valid: signed by key ${key.publicJwk.kid}`);
    expect(ok.stdout).toContain("firewalls: passing");
    writeFileSync(
      jwksFile,
      JSON.stringify({ keys: [{ ...(await readSigningKey(pem())).publicJwk, kid: key.publicJwk.kid }] }),
    );
    const bad = await run("node_modules/.bin/tsx", ["scripts/status-verify.mts", jwsFile, "--jwks", jwksFile]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(bad).toMatchObject({ code: 1 });
    expect((bad as { stderr: string }).stderr).toContain("Not valid: the signature does not verify");
  });
});
